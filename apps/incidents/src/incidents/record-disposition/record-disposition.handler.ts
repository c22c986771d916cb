import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AnalyticsDispositionRecordedEvent, IncidentDispositionRecordedEvent, ReferralRequestedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { insertUnique, Problem, type Principal } from '#platform';
import { StudentGroupFacts } from '../../analytics/data/student-group-facts.js';
import { AnalyticIds } from '../../analytics/domain/analytic-ids.js';
import { Pseudonymizer } from '../../analytics/domain/pseudonymizer.js';
import { CriticalIncidentPublisher } from '../data/critical-incident.publisher.js';
import { IncidentDisposition } from '../data/disposition.entity.js';
import { IncidentChanges } from '../data/incident-changes.js';
import type { IncidentStatus } from '../data/incident.entity.js';
import type { IncidentResponse } from '../api/incident.response.js';
import { stepTime, wrongStatus } from '../data/transition.js';
import { IncidentUseOfForce } from '../data/use-of-force.entity.js';
import type { RecordDispositionDto } from './record-disposition.dto.js';
import { isReferral, referralRequestFor } from '../domain/referral-request.js';

/** A disposition is decided once the responders met the student: on scene or after clearing. */
const DISPOSITION_STATUSES: readonly IncidentStatus[] = ['on-scene', 'cleared'];

@Injectable()
export class RecordDispositionHandler {
  private readonly logger = new Logger('RecordDisposition');

  constructor(
    private readonly changes: IncidentChanges,
    private readonly outbox: Outbox,
    private readonly pseudonymizer: Pseudonymizer,
    private readonly analyticIds: AnalyticIds,
    private readonly groups: StudentGroupFacts,
    private readonly critical: CriticalIncidentPublisher,
  ) {}

  execute(id: string, dto: RecordDispositionDto, by: Principal, now: Date): Promise<IncidentResponse> {
    return this.changes.apply(id, async (em, incident) => {
      if (!DISPOSITION_STATUSES.includes(incident.status)) throw wrongStatus(id, incident.status, DISPOSITION_STATUSES, 'a disposition');
      if (!incident.studentIds.includes(dto.studentId)) {
        throw new Problem(422, 'DISPOSITION.STUDENT_NOT_INVOLVED', `${dto.studentId} is not a student of incident ${id}`);
      }
      const recordedAt = stepTime(dto.at, now, { label: 'on scene', at: incident.onSceneAt });
      const referral = isReferral(dto.disposition)
        ? referralRequestFor(incident, {
            referralRequestId: randomUUID(),
            studentId: dto.studentId,
            disposition: dto.disposition,
            requestedAt: recordedAt,
            forceUsed: (await em.countBy(IncidentUseOfForce, { incidentId: id })) > 0,
            now,
          })
        : null;
      if (isReferral(dto.disposition) && !referral) this.logger.warn({ incidentId: id }, 'libs/consent let no referral facts cross: no referral request published');
      const disposition = await insertUnique(
        em.getRepository(IncidentDisposition),
        { incidentId: id, studentId: dto.studentId, disposition: dto.disposition, recordedAt, recordedBy: by.sub, referralRequestId: referral?.referralRequestId ?? null },
        () => Problem.conflict('DISPOSITION.ALREADY_RECORDED', `${dto.studentId} already has a disposition on incident ${id}`),
      );
      await this.outbox.add(em, IncidentDispositionRecordedEvent, {
        incidentId: id,
        dispositionId: disposition.id,
        disposition: disposition.disposition,
        recordedAt: recordedAt.toISOString(),
      });
      if (referral) await this.outbox.add(em, ReferralRequestedEvent, referral);
      await this.outbox.add(em, AnalyticsDispositionRecordedEvent, {
        analyticIncidentId: this.analyticIds.of('incident', id),
        analyticDispositionId: this.analyticIds.of('disposition', disposition.id),
        campusId: incident.campusId,
        recordedOn: recordedAt.toISOString().slice(0, 10),
        incidentType: incident.type,
        mentalHealthCrisis: incident.mentalHealthCrisis,
        disposition: disposition.disposition,
        studentPseudonym: this.pseudonymizer.pseudonym(dto.studentId),
        pseudonymKeyId: this.pseudonymizer.keyId,
        analyticKeyId: this.analyticIds.keyId,
      });
      // The referral dispositions are the diversions the outcome reports count.
      const measure = disposition.disposition === 'arrest' ? 'arrest' : isReferral(disposition.disposition) ? 'diversion' : null;
      if (measure) await this.outbox.addEach(em, await this.groups.entries(em, measure, disposition.id, [dto.studentId], recordedAt));
      // W6: an emergency detention is a critical incident for the responders (staff ids only, never the student).
      if (disposition.disposition === 'emergency-detention') await this.critical.publish(em, incident, { emergencyDetention: true }, now);
      return incident;
    });
  }
}
