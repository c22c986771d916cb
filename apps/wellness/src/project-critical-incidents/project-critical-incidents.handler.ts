import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CriticalIncidentRecordedEvent, type CloudEvent, type CriticalIncidentRecorded } from '#contracts';
import { debriefRecipients, offerExpiry } from '#consent';
import type { EventHandler } from '#messaging';
import { WellnessPolicyProvider } from '../policy/wellness-policy.js';

/** W6: one confidential debrief offer per staff member involved (once per critical fact, even if redelivered). */
@Injectable()
export class ProjectCriticalIncidentsHandler implements EventHandler {
  readonly consumer = 'wellness.critical-incidents';
  readonly handles = [CriticalIncidentRecordedEvent];

  constructor(private readonly policy: WellnessPolicyProvider) {}

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    const fact = event.data as CriticalIncidentRecorded;
    const offeredAt = new Date(fact.recordedAt);
    const expiresAt = offerExpiry(offeredAt, this.policy.policy);
    for (const staffId of debriefRecipients(fact)) {
      await em.query(
        `INSERT INTO support_offer (staff_id, kind, source, critical_incident_id, offered_at, expires_at)
         VALUES ($1, 'debrief', 'critical-incident', $2, $3, $4) ON CONFLICT (staff_id, critical_incident_id) DO NOTHING`,
        [staffId, fact.criticalIncidentId, offeredAt, expiresAt],
      );
    }
  }
}
