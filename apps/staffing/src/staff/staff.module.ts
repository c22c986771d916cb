import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffingMessaging } from '../staffing.messaging.js';
import { AddStaffMemberController } from './add-staff-member/add-staff-member.controller.js';
import { AddStaffMemberHandler } from './add-staff-member/add-staff-member.handler.js';
import { StaffCertification } from './data/staff-certification.entity.js';
import { StaffEligibility } from './data/staff-eligibility.entity.js';
import { StaffMember } from './data/staff-member.entity.js';
import { DeactivateStaffMemberController } from './deactivate-staff-member/deactivate-staff-member.controller.js';
import { DeactivateStaffMemberHandler } from './deactivate-staff-member/deactivate-staff-member.handler.js';
import { GetStaffEligibilityController } from './get-staff-eligibility/get-staff-eligibility.controller.js';
import { GetStaffEligibilityHandler } from './get-staff-eligibility/get-staff-eligibility.handler.js';
import { GetStaffMemberController } from './get-staff-member/get-staff-member.controller.js';
import { GetStaffMemberHandler } from './get-staff-member/get-staff-member.handler.js';
import { ListStaffCertificationsController } from './list-staff-certifications/list-staff-certifications.controller.js';
import { ListStaffCertificationsHandler } from './list-staff-certifications/list-staff-certifications.handler.js';
import { ListStaffController } from './list-staff/list-staff.controller.js';
import { ListStaffHandler } from './list-staff/list-staff.handler.js';
import { ProjectCertificationsHandler } from './project-certifications/project-certifications.handler.js';
import { ProjectEligibilityHandler } from './project-eligibility/project-eligibility.handler.js';

/** The roster, with training's certifications and co-responder eligibility projected beside it. */
export const STAFF_ENTITIES = [StaffMember, StaffCertification, StaffEligibility];

@Module({
  imports: [TypeOrmModule.forFeature(STAFF_ENTITIES), StaffingMessaging],
  controllers: [
    // Event handlers (@InboxConsumer): Nest binds them to the inbox transport.
    ProjectCertificationsHandler,
    ProjectEligibilityHandler,
    ListStaffController,
    AddStaffMemberController,
    GetStaffMemberController,
    DeactivateStaffMemberController,
    ListStaffCertificationsController,
    GetStaffEligibilityController,
  ],
  providers: [
    ListStaffHandler,
    AddStaffMemberHandler,
    GetStaffMemberHandler,
    DeactivateStaffMemberHandler,
    ListStaffCertificationsHandler,
    GetStaffEligibilityHandler,
  ],
})
export class StaffModule {}
