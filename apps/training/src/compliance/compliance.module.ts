import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TrainingMessaging } from '../training.messaging.js';
import { OfficerProficiency } from './data/officer-proficiency.entity.js';
import { Person } from './data/person.entity.js';
import { ProjectRosterHandler } from './project-roster/project-roster.handler.js';
import { RecordProficiencyController } from './record-proficiency/record-proficiency.controller.js';
import { RecordProficiencyHandler } from './record-proficiency/record-proficiency.handler.js';
import { StaffComplianceController } from './staff-compliance/staff-compliance.controller.js';
import { StaffComplianceHandler } from './staff-compliance/staff-compliance.handler.js';
import { UnitComplianceController } from './unit-compliance/unit-compliance.controller.js';
import { UnitComplianceHandler } from './unit-compliance/unit-compliance.handler.js';

/** TCOLE and license compliance of the people staffing's roster events name (their projection lives here). */
@Module({
  imports: [TypeOrmModule.forFeature([Person, OfficerProficiency]), TrainingMessaging],
  controllers: [
    // Event handler (@InboxConsumer): Nest binds it to the inbox transport.
    ProjectRosterHandler,
    RecordProficiencyController,
    StaffComplianceController,
    UnitComplianceController,
  ],
  providers: [RecordProficiencyHandler, StaffComplianceHandler, UnitComplianceHandler],
})
export class ComplianceModule {}
