import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClinicianLicense } from './data/clinician-license.entity.js';
import { ListLicensesController } from './list-licenses/list-licenses.controller.js';
import { ListLicensesHandler } from './list-licenses/list-licenses.handler.js';
import { RecordLicenseController } from './record-license/record-license.controller.js';
import { RecordLicenseHandler } from './record-license/record-license.handler.js';

/** Clinician licenses (a renewal is a new record); their CEU rules live in domain/, their expiry in the certification expiry job. */
@Module({
  imports: [TypeOrmModule.forFeature([ClinicianLicense])],
  controllers: [RecordLicenseController, ListLicensesController],
  providers: [RecordLicenseHandler, ListLicensesHandler],
})
export class LicensesModule {}
