import { Module } from '@nestjs/common';
import { StaffingMessaging } from '../staffing.messaging.js';
import { GetDistrictController } from './get-district/get-district.controller.js';
import { GetDistrictHandler } from './get-district/get-district.handler.js';
import { ListDistrictsController } from './list-districts/list-districts.controller.js';
import { ListDistrictsHandler } from './list-districts/list-districts.handler.js';
import { RegisterDistrictController } from './register-district/register-district.controller.js';
import { RegisterDistrictHandler } from './register-district/register-district.handler.js';
import { UpdateDistrictController } from './update-district/update-district.controller.js';
import { UpdateDistrictHandler } from './update-district/update-district.handler.js';

/**
 * The district registry (issue 19): platform data, managed by the platform-admin, published on
 * staffing.district.v1, stored in the platform's district_directory (no entity of its own).
 */
@Module({
  imports: [StaffingMessaging],
  controllers: [ListDistrictsController, RegisterDistrictController, GetDistrictController, UpdateDistrictController],
  providers: [ListDistrictsHandler, RegisterDistrictHandler, GetDistrictHandler, UpdateDistrictHandler],
})
export class DistrictsModule {}
