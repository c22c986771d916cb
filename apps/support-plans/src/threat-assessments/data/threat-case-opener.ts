import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ThreatCaseOpenedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import type { CaseOrigin } from '../domain/threat-case.js';
import { ThreatCase } from './threat-case.entity.js';
import { threatCaseRecord } from './threat-case.projection.js';

export interface CaseToOpen {
  studentId: string;
  campusId: string;
  origin: CaseOrigin;
  incidentId: string | null;
  tipId: string | null;
  anonymousReport: boolean;
  openedBy: string;
  openedAt: Date;
}

/**
 * Opens one case per student per tip or incident. The unique indexes make it idempotent under
 * redelivery and concurrent opens: a second attempt finds the first case instead of a new one.
 */
@Injectable()
export class ThreatCaseOpener {
  constructor(
    private readonly outbox: Outbox,
    private readonly police: PolicePublisher,
  ) {}

  async open(em: EntityManager, c: CaseToOpen): Promise<{ threatCase: ThreatCase; opened: boolean }> {
    const rows = (await em.query(
      `INSERT INTO threat_case (student_id, campus_id, origin, incident_id, tip_id, anonymous_report, opened_by, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [c.studentId, c.campusId, c.origin, c.incidentId, c.tipId, c.anonymousReport, c.openedBy, c.openedAt],
    )) as { id: string }[];
    if (!rows.length) {
      const existing = await em.findOneByOrFail(ThreatCase, c.tipId ? { tipId: c.tipId, studentId: c.studentId } : { incidentId: c.incidentId!, studentId: c.studentId });
      return { threatCase: existing, opened: false };
    }
    const threatCase = await em.findOneByOrFail(ThreatCase, { id: rows[0].id });
    await this.outbox.add(em, ThreatCaseOpenedEvent, {
      caseId: threatCase.id,
      studentId: threatCase.studentId,
      campusId: threatCase.campusId,
      origin: threatCase.origin,
      incidentId: threatCase.incidentId,
      tipId: threatCase.tipId,
      openedAt: threatCase.openedAt.toISOString(),
    });
    await this.police.publishRecord(em, await threatCaseRecord(em, threatCase.id), c.openedAt);
    return { threatCase, opened: true };
  }
}
