import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GetIncidentController } from './get-incident/get-incident.controller.js';
import { GetIncidentHandler } from './get-incident/get-incident.handler.js';
import { Incident } from './incident/incident.entity.js';
import { ReportIncidentController } from './report-incident/report-incident.controller.js';
import { ReportIncidentHandler } from './report-incident/report-incident.handler.js';

@Module({
  imports: [TypeOrmModule.forFeature([Incident])],
  controllers: [ReportIncidentController, GetIncidentController],
  providers: [ReportIncidentHandler, GetIncidentHandler],
})
export class IncidentsModule {}
