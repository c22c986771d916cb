import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnalyticsIncidentReportedEvent, IncidentReportedEvent } from '#contracts';
import { Outbox, outboxEntry } from '#messaging';
import type { Principal } from '#platform';
import { AnalyticIds } from '../../analytics/domain/analytic-ids.js';
import { Pseudonymizer } from '../../analytics/domain/pseudonymizer.js';
import { StudentGroupFacts } from '../../analytics/data/student-group-facts.js';
import { Incident } from '../data/incident.entity.js';
import type { ReportIncidentDto } from './report-incident.dto.js';

/**
 * The incident, its students and both its events in one statement (Outbox.writeWith): one round trip instead of
 * TypeORM's entity save inside BEGIN … COMMIT, which was five round trips and the largest share of
 * this route's CPU in the issue 16 profile. The id is made here so the events can carry it.
 */
const INSERT_INCIDENT = `INSERT INTO incident (id, campus_id, location, occurred_at, type, student_ids, narrative, mental_health_crisis, status, reported_by)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'reported', $9) RETURNING created_at`;
/** A student's history is looked up here, not through student_ids (no GIN index under row-level security). */
const INSERT_STUDENTS = `INSERT INTO incident_student (student_id, occurred_at, incident_id) SELECT s, $4, $1 FROM unnest($6::text[]) AS s`;

@Injectable()
export class ReportIncidentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly pseudonymizer: Pseudonymizer,
    private readonly analyticIds: AnalyticIds,
    private readonly groups: StudentGroupFacts,
  ) {}

  async execute(dto: ReportIncidentDto, by: Principal): Promise<Incident> {
    const incident = reported(dto, by);
    // The SIS's categories are read first (one query, none without students): the write stays one statement.
    const groupFacts = await this.groups.entries(this.dataSource.manager, 'involved', incident.id, incident.studentIds, incident.occurredAt);
    const { rows } = await this.outbox.writeWith<{ created_at: Date }>(
      this.dataSource.manager,
      {
        sql: INSERT_INCIDENT,
        also: [INSERT_STUDENTS],
        params: [incident.id, incident.campusId, incident.location, incident.occurredAt, incident.type, incident.studentIds, incident.narrative, incident.mentalHealthCrisis, incident.reportedBy],
      },
      [
        outboxEntry(IncidentReportedEvent, {
          incidentId: incident.id,
          campusId: incident.campusId,
          occurredAt: incident.occurredAt.toISOString(),
          type: incident.type,
          studentIds: incident.studentIds,
          mentalHealthCrisis: incident.mentalHealthCrisis,
        }),
        outboxEntry(AnalyticsIncidentReportedEvent, {
          analyticIncidentId: this.analyticIds.of('incident', incident.id),
          campusId: incident.campusId,
          occurredOn: incident.occurredAt.toISOString().slice(0, 10),
          type: incident.type,
          mentalHealthCrisis: incident.mentalHealthCrisis,
          // Sorted: the source's order of students must not line up with the pseudonyms (R12).
          studentPseudonyms: incident.studentIds.map((id) => this.pseudonymizer.pseudonym(id)).sort(),
          pseudonymKeyId: this.pseudonymizer.keyId,
          analyticKeyId: this.analyticIds.keyId,
        }),
        ...groupFacts,
      ],
    );
    incident.createdAt = rows[0].created_at;
    return incident;
  }
}

/** The new incident as the INSERT writes it (created_at comes back from the database). */
function reported(dto: ReportIncidentDto, by: Principal): Incident {
  return Object.assign(new Incident(), {
    id: randomUUID(),
    campusId: dto.campusId,
    location: dto.location,
    occurredAt: new Date(dto.occurredAt),
    type: dto.type,
    studentIds: [...new Set(dto.studentIds ?? [])],
    narrative: dto.narrative,
    mentalHealthCrisis: dto.mentalHealthCrisis ?? false,
    status: 'reported',
    reportedBy: by.sub,
    priority: null,
    coResponseIndicated: null,
    triagedAt: null,
    coResponse: null,
    officerStaffId: null,
    clinicianStaffId: null,
    officerMatch: null,
    officerDistrictId: null,
    clinicianDistrictId: null,
    sharingAgreementId: null,
    dispatchedAt: null,
    onSceneAt: null,
    clearedAt: null,
    closedAt: null,
  });
}
