import { Module } from '@nestjs/common';
import { ServiceConfig } from '#platform';
import { StudentGroupFacts } from './data/student-group-facts.js';
import { AnalyticIds } from './domain/analytic-ids.js';
import { Pseudonymizer } from './domain/pseudonymizer.js';
import { StudentDemographicsController } from './student-demographics/student-demographics.controller.js';
import { StudentDemographicsHandler } from './student-demographics/student-demographics.handler.js';

/** The data teams' stream (R12): its keys, the SIS's demographic categories, and the group counts built from them. */
@Module({
  controllers: [StudentDemographicsController],
  providers: [
    { provide: Pseudonymizer, useFactory: Pseudonymizer.fromConfig, inject: [ServiceConfig] },
    { provide: AnalyticIds, useFactory: AnalyticIds.fromConfig, inject: [ServiceConfig] },
    StudentGroupFacts,
    StudentDemographicsHandler,
  ],
  exports: [Pseudonymizer, AnalyticIds, StudentGroupFacts],
})
export class AnalyticsModule {}
