import { Module } from '@nestjs/common';
import { WellnessPolicyModule } from '../policy/policy.module.js';
import { ProjectWellbeingTrainingHandler } from './project-wellbeing-training/project-wellbeing-training.handler.js';
import { WellbeingTrainingReportController } from './wellbeing-training-report/wellbeing-training-report.controller.js';
import { WellbeingTrainingReportHandler } from './wellbeing-training-report/wellbeing-training-report.handler.js';
import { WellnessReportsController } from './wellness-reports/wellness-reports.controller.js';
import { WellnessReportsHandler } from './wellness-reports/wellness-reports.handler.js';

/**
 * What command sees (W11, W13): counts only, small cells suppressed. It reads the other features'
 * tables by SQL aggregates only, and keeps the well-being course completions it counts (no entity).
 */
@Module({
  imports: [WellnessPolicyModule],
  controllers: [
    // @InboxConsumer (W13): stress-management and resilience completions.
    ProjectWellbeingTrainingHandler,
    WellbeingTrainingReportController,
    WellnessReportsController,
  ],
  providers: [WellbeingTrainingReportHandler, WellnessReportsHandler],
})
export class ReportsModule {}
