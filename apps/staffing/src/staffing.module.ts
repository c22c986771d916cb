import { Module } from '@nestjs/common';
import { AssignmentsModule } from './assignments/assignments.module.js';
import { HiringModule } from './hiring/hiring.module.js';
import { OnCallModule } from './on-call/on-call.module.js';
import { StaffModule } from './staff/staff.module.js';

/** The roster, joint hiring, campus assignments and the on-call schedule, one feature module each. */
@Module({
  imports: [StaffModule, HiringModule, AssignmentsModule, OnCallModule],
})
export class StaffingModule {}
