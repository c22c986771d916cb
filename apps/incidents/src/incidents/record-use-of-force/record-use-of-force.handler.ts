import { Injectable } from '@nestjs/common';
import { AnalyticsUseOfForceRecordedEvent, IncidentUseOfForceRecordedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { AnalyticIds } from '../../analytics/domain/analytic-ids.js';
import { Pseudonymizer } from '../../analytics/domain/pseudonymizer.js';
import { StudentGroupFacts } from '../../analytics/data/student-group-facts.js';
import { CriticalIncidentPublisher } from '../data/critical-incident.publisher.js';
import { IncidentChanges } from '../data/incident-changes.js';
import type { IncidentStatus } from '../data/incident.entity.js';
import type { IncidentResponse } from '../api/incident.response.js';
import { stepTime, wrongStatus } from '../data/transition.js';
import { IncidentUseOfForce } from '../data/use-of-force.entity.js';
import type { RecordUseOfForceDto } from './record-use-of-force.dto.js';

/** Force is used on scene; the report may be written then or after clearing. */
const USE_OF_FORCE_STATUSES: readonly IncidentStatus[] = ['on-scene', 'cleared'];

@Injectable()
export class RecordUseOfForceHandler {
  constructor(
    private readonly changes: IncidentChanges,
    private readonly outbox: Outbox,
    private readonly pseudonymizer: Pseudonymizer,
    private readonly analyticIds: AnalyticIds,
    private readonly groups: StudentGroupFacts,
    private readonly critical: CriticalIncidentPublisher,
  ) {}

  execute(id: string, dto: RecordUseOfForceDto, by: Principal, now: Date): Promise<IncidentResponse> {
    return this.changes.apply(id, async (em, incident) => {
      if (!USE_OF_FORCE_STATUSES.includes(incident.status)) throw wrongStatus(id, incident.status, USE_OF_FORCE_STATUSES, 'a use-of-force report');
      if (dto.studentId && !incident.studentIds.includes(dto.studentId)) {
        throw new Problem(422, 'USE_OF_FORCE.STUDENT_NOT_INVOLVED', `${dto.studentId} is not a student of incident ${id}`);
      }
      const usedAt = stepTime(dto.at, now, { label: 'dispatched', at: incident.dispatchedAt });
      const use = await em.save(
        em.create(IncidentUseOfForce, {
          incidentId: id,
          studentId: dto.studentId ?? null,
          forceType: dto.forceType,
          subjectInjury: dto.subjectInjury,
          officerInjury: dto.officerInjury,
          clinicianPresent: dto.clinicianPresent,
          description: dto.description ?? null,
          usedAt,
          recordedBy: by.sub,
          recordedAt: now,
        }),
      );
      const categories = {
        forceType: use.forceType,
        subjectInjury: use.subjectInjury,
        officerInjury: use.officerInjury,
        clinicianPresent: use.clinicianPresent,
      };
      await this.outbox.add(em, IncidentUseOfForceRecordedEvent, { incidentId: id, useOfForceId: use.id, ...categories, recordedAt: now.toISOString() });
      await this.outbox.add(em, AnalyticsUseOfForceRecordedEvent, {
        analyticIncidentId: this.analyticIds.of('incident', id),
        analyticUseOfForceId: this.analyticIds.of('use-of-force', use.id),
        campusId: incident.campusId,
        recordedOn: usedAt.toISOString().slice(0, 10),
        ...categories,
        studentPseudonym: use.studentId ? this.pseudonymizer.pseudonym(use.studentId) : null,
        pseudonymKeyId: this.pseudonymizer.keyId,
        analyticKeyId: this.analyticIds.keyId,
      });
      if (use.studentId) await this.outbox.addEach(em, await this.groups.entries(em, 'use-of-force', use.id, [use.studentId], usedAt));
      // W6: the staff involved are offered a confidential debrief by wellness (staff ids only).
      const alsoInvolved = dto.officerStaffId ? [dto.officerStaffId] : [];
      await this.critical.publish(em, incident, { useOfForce: { forceType: use.forceType, officerInjury: use.officerInjury }, alsoInvolved }, now);
      return incident;
    });
  }
}
