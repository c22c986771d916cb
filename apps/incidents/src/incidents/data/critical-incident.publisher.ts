import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CriticalIncidentRecordedEvent } from '#contracts';
import { Outbox } from '#messaging';
import type { Incident } from './incident.entity.js';
import { criticalIncident, type CriticalFacts } from '../domain/critical-incident-facts.js';

/** Tells wellness, in the caller's transaction, which staff were involved in a critical incident (W6). */
@Injectable()
export class CriticalIncidentPublisher {
  constructor(private readonly outbox: Outbox) {}

  async publish(em: EntityManager, incident: Incident, facts: Omit<CriticalFacts, 'incidentType' | 'officerStaffId' | 'clinicianStaffId'>, at: Date): Promise<boolean> {
    const { kinds, staffIds } = criticalIncident({
      ...facts,
      incidentType: incident.type,
      officerStaffId: incident.officerStaffId,
      clinicianStaffId: incident.clinicianStaffId,
    });
    if (kinds.length === 0 || staffIds.length === 0) return false;
    await this.outbox.add(em, CriticalIncidentRecordedEvent, {
      criticalIncidentId: randomUUID(),
      incidentId: incident.id,
      kinds,
      staffIds,
      recordedAt: at.toISOString(),
    });
    return true;
  }
}
