import { Module } from '@nestjs/common';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { DispatchModule } from './dispatch/dispatch.module.js';
import { IncidentsModule } from './incidents/incidents.module.js';
import { RegionalModule } from './regional/regional.module.js';
import { SupportDisclosuresModule } from './support-disclosures/support-disclosures.module.js';
import { TipsModule } from './tips/tips.module.js';

/** The incidents service: its feature modules, each wiring its own controllers, handlers and entities. */
@Module({
  imports: [IncidentsModule, DispatchModule, TipsModule, SupportDisclosuresModule, AnalyticsModule, RegionalModule],
})
export class IncidentsServiceModule {}
