import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffingMessaging } from '../staffing.messaging.js';
import { CancelOnCallShiftController } from './cancel-on-call-shift/cancel-on-call-shift.controller.js';
import { CancelOnCallShiftHandler } from './cancel-on-call-shift/cancel-on-call-shift.handler.js';
import { ChangeOnCallShiftController } from './change-on-call-shift/change-on-call-shift.controller.js';
import { ChangeOnCallShiftHandler } from './change-on-call-shift/change-on-call-shift.handler.js';
import { CreateCampusGroupController } from './create-campus-group/create-campus-group.controller.js';
import { CreateCampusGroupHandler } from './create-campus-group/create-campus-group.handler.js';
import { CampusGroup } from './data/campus-group.entity.js';
import { OnCallShiftRecord } from './data/on-call-shift.entity.js';
import { GetCampusGroupController } from './get-campus-group/get-campus-group.controller.js';
import { GetCampusGroupHandler } from './get-campus-group/get-campus-group.handler.js';
import { GetOnCallShiftController } from './get-on-call-shift/get-on-call-shift.controller.js';
import { GetOnCallShiftHandler } from './get-on-call-shift/get-on-call-shift.handler.js';
import { OnCallCoverageController } from './on-call-coverage/on-call-coverage.controller.js';
import { OnCallCoverageHandler } from './on-call-coverage/on-call-coverage.handler.js';
import { PublishOnCallShiftController } from './publish-on-call-shift/publish-on-call-shift.controller.js';
import { PublishOnCallShiftHandler } from './publish-on-call-shift/publish-on-call-shift.handler.js';
import { WhoIsOnCallController } from './who-is-on-call/who-is-on-call.controller.js';
import { WhoIsOnCallHandler } from './who-is-on-call/who-is-on-call.handler.js';

/** The on-call clinician schedule: campus groups and shifts (staffing.on-call-shift.*). */
export const ON_CALL_ENTITIES = [CampusGroup, OnCallShiftRecord];

@Module({
  imports: [TypeOrmModule.forFeature(ON_CALL_ENTITIES), StaffingMessaging],
  controllers: [
    CreateCampusGroupController,
    GetCampusGroupController,
    WhoIsOnCallController,
    OnCallCoverageController,
    PublishOnCallShiftController,
    GetOnCallShiftController,
    ChangeOnCallShiftController,
    CancelOnCallShiftController,
  ],
  providers: [
    CreateCampusGroupHandler,
    GetCampusGroupHandler,
    PublishOnCallShiftHandler,
    GetOnCallShiftHandler,
    ChangeOnCallShiftHandler,
    CancelOnCallShiftHandler,
    WhoIsOnCallHandler,
    OnCallCoverageHandler,
  ],
})
export class OnCallModule {}
