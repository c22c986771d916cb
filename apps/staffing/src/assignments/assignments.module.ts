import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffingMessaging } from '../staffing.messaging.js';
import { CancelAssignmentController } from './cancel-assignment/cancel-assignment.controller.js';
import { CancelAssignmentHandler } from './cancel-assignment/cancel-assignment.handler.js';
import { CreateAssignmentController } from './create-assignment/create-assignment.controller.js';
import { CreateAssignmentHandler } from './create-assignment/create-assignment.handler.js';
import { CampusAssignment } from './data/campus-assignment.entity.js';
import { EndAssignmentController } from './end-assignment/end-assignment.controller.js';
import { EndAssignmentHandler } from './end-assignment/end-assignment.handler.js';
import { ListAssignmentsController } from './list-assignments/list-assignments.controller.js';
import { ListAssignmentsHandler } from './list-assignments/list-assignments.handler.js';

/** Staff members' campus assignments (staffing.assignment.changed). */
export const ASSIGNMENT_ENTITIES = [CampusAssignment];

@Module({
  imports: [TypeOrmModule.forFeature(ASSIGNMENT_ENTITIES), StaffingMessaging],
  controllers: [CreateAssignmentController, EndAssignmentController, CancelAssignmentController, ListAssignmentsController],
  providers: [CreateAssignmentHandler, EndAssignmentHandler, CancelAssignmentHandler, ListAssignmentsHandler],
})
export class AssignmentsModule {}
