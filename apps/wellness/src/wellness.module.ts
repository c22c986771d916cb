import { Module } from '@nestjs/common';
import { ReportsModule } from './reports/reports.module.js';
import { RosterModule } from './roster/roster.module.js';
import { ScreeningModule } from './screening/screening.module.js';
import { SupportModule } from './support/support.module.js';

/** Staff well-being, one module per feature (each with its own use cases, data and api). */
@Module({
  imports: [ScreeningModule, SupportModule, RosterModule, ReportsModule],
})
export class WellnessModule {}
