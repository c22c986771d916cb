import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnalyticsIncidentReportedEvent, IncidentReportedEvent } from '#contracts';
import { Outbox } from '#messaging';
import type { Principal } from '#platform';
import { AnalyticIds } from '../analytics/analytic-ids.js';
import { Pseudonymizer } from '../analytics/pseudonymizer.js';
import { Incident } from '../incident/incident.entity.js';
import type { ReportIncidentDto } from './report-incident.dto.js';

@Injectable()
export class ReportIncidentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly pseudonymizer: Pseudonymizer,
    private readonly analyticIds: AnalyticIds,
  ) {}

  execute(dto: ReportIncidentDto, by: Principal): Promise<Incident> {
    return this.dataSource.transaction(async (em) => {
      const incident = await em.save(
        em.create(Incident, {
          campusId: dto.campusId,
          location: dto.location,
          occurredAt: new Date(dto.occurredAt),
          type: dto.type,
          studentIds: [...new Set(dto.studentIds ?? [])],
          narrative: dto.narrative,
          mentalHealthCrisis: dto.mentalHealthCrisis ?? false,
          status: 'reported',
          reportedBy: by.sub,
        }),
      );
      await this.outbox.add(em, IncidentReportedEvent, {
        incidentId: incident.id,
        campusId: incident.campusId,
        occurredAt: incident.occurredAt.toISOString(),
        type: incident.type,
        studentIds: incident.studentIds,
        mentalHealthCrisis: incident.mentalHealthCrisis,
      });
      await this.outbox.add(em, AnalyticsIncidentReportedEvent, {
        analyticIncidentId: this.analyticIds.of('incident', incident.id),
        campusId: incident.campusId,
        occurredOn: incident.occurredAt.toISOString().slice(0, 10),
        type: incident.type,
        mentalHealthCrisis: incident.mentalHealthCrisis,
        // Sorted: the source's order of students must not line up with the pseudonyms (R12).
        studentPseudonyms: incident.studentIds.map((id) => this.pseudonymizer.pseudonym(id)).sort(),
        pseudonymKeyId: this.pseudonymizer.keyId,
        analyticKeyId: this.analyticIds.keyId,
      });
      return incident;
    });
  }
}
