import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AddStaffMemberController } from './add-staff-member/add-staff-member.controller.js';
import { AddStaffMemberHandler } from './add-staff-member/add-staff-member.handler.js';
import { GetStaffMemberController } from './get-staff-member/get-staff-member.controller.js';
import { GetStaffMemberHandler } from './get-staff-member/get-staff-member.handler.js';
import { StaffMember } from './staff/staff-member.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([StaffMember])],
  controllers: [AddStaffMemberController, GetStaffMemberController],
  providers: [AddStaffMemberHandler, GetStaffMemberHandler],
})
export class StaffingModule {}
