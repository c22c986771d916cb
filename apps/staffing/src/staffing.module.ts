import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '#messaging';
import { AddStaffMemberController } from './add-staff-member/add-staff-member.controller.js';
import { AddStaffMemberHandler } from './add-staff-member/add-staff-member.handler.js';
import { GetStaffMemberController } from './get-staff-member/get-staff-member.controller.js';
import { GetStaffMemberHandler } from './get-staff-member/get-staff-member.handler.js';
import { ListStaffCertificationsController } from './list-staff-certifications/list-staff-certifications.controller.js';
import { ListStaffCertificationsHandler } from './list-staff-certifications/list-staff-certifications.handler.js';
import { ProjectCertificationsHandler } from './project-certifications/project-certifications.handler.js';
import { StaffCertification } from './staff/staff-certification.entity.js';
import { StaffMember } from './staff/staff-member.entity.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([StaffMember, StaffCertification]),
    MessagingModule.forService({ handlers: [ProjectCertificationsHandler] }),
  ],
  controllers: [AddStaffMemberController, GetStaffMemberController, ListStaffCertificationsController],
  providers: [AddStaffMemberHandler, GetStaffMemberHandler, ListStaffCertificationsHandler, ProjectCertificationsHandler],
})
export class StaffingModule {}
