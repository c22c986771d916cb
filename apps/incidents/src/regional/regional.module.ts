import { Module } from '@nestjs/common';
import { RegionalIncidentCountsController } from './regional-incident-counts/regional-incident-counts.controller.js';
import { RegionalIncidentCountsHandler } from './regional-incident-counts/regional-incident-counts.handler.js';

/** Regional roles (issue 19): suppressed counts across a region's districts, never a record. */
@Module({
  controllers: [RegionalIncidentCountsController],
  providers: [RegionalIncidentCountsHandler],
})
export class RegionalModule {}
