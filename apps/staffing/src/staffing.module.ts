import { Module } from '@nestjs/common';
import { AssignmentsModule } from './assignments/assignments.module.js';
import { DistrictsModule } from './districts/districts.module.js';
import { HiringModule } from './hiring/hiring.module.js';
import { OnCallModule } from './on-call/on-call.module.js';
import { SharingAgreementsModule } from './sharing-agreements/sharing-agreements.module.js';
import { StaffModule } from './staff/staff.module.js';

/** The roster, joint hiring, campus assignments, the on-call schedule, the district registry and sharing agreements between districts, one feature module each. */
@Module({
  imports: [StaffModule, HiringModule, AssignmentsModule, OnCallModule, DistrictsModule, SharingAgreementsModule],
})
export class StaffingModule {}
