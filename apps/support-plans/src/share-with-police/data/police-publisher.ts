import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PoliceProjectionPublishedEvent, PoliceProjectionWithdrawnEvent, POLICE_PROJECTION_RECORD_TYPES, type PoliceProjectionPublished } from '#contracts';
import { decideFor, disclosureEntry, project, UNIT_PURPOSES, type Decision, type Party, type Purpose } from '#consent';
import { Outbox } from '#messaging';
import { ConsentGate, type LoadedFacts } from '../../consent-gate/data/consent-gate.js';
import { canonicalJson } from '../../disclosures/domain/chain.js';
import { DisclosureLog } from '../../disclosures/data/disclosure-log.js';
import { PROJECTION_SOURCES, type ProjectableRecord, type ProjectionSource } from './projection-source.js';
import { validUntil } from '../domain/valid-until.js';

/** The police unit as the reader of a topic: only unit-wide bases apply (R3). */
const POLICE: Party = { id: 'unit:police', unit: 'police' };
const PURPOSES: readonly Purpose[] = UNIT_PURPOSES.police;

interface ProjectionRow {
  projection_id: string;
  purpose: Purpose;
  digest: string | null;
  active: boolean;
}

/**
 * The only way clinical records reach a police-readable topic: each record is projected through
 * libs/consent project() for the police unit, per purpose, BEFORE the outbox write (R1, R3). What
 * crosses carries redisclosure=prohibited (R8) and the consents it was built under (R9), and is
 * logged in the record of disclosures (R7). When nothing may cross any more, the projection is
 * withdrawn. Runs in the caller's transaction, serialized per student.
 */
@Injectable()
export class PolicePublisher {
  constructor(
    private readonly gate: ConsentGate,
    private readonly disclosures: DisclosureLog,
    private readonly outbox: Outbox,
    @Inject(PROJECTION_SOURCES) private readonly sources: ProjectionSource[],
  ) {}

  /** After a record changed. */
  async publishRecord(em: EntityManager, rec: ProjectableRecord, now: Date): Promise<void> {
    await this.lockStudent(em, rec.studentId);
    const facts = await this.gate.loadFacts(em, rec.studentId, now);
    await this.projectOne(em, rec, facts, now);
  }

  /** After the student's bases changed (a consent granted or revoked, a grant issued): every record again. */
  async reprojectStudent(em: EntityManager, studentId: string, now: Date): Promise<void> {
    await this.lockStudent(em, studentId);
    const facts = await this.gate.loadFacts(em, studentId, now);
    for (const source of this.sources) {
      for (const rec of await source.forStudent(em, studentId)) await this.projectOne(em, rec, facts, now);
    }
  }

  /**
   * One student's projections change one transaction at a time, so the facts each one reads are
   * those the previous one committed, and the outbox holds its events in that order.
   */
  private async lockStudent(em: EntityManager, studentId: string): Promise<void> {
    const key = createHash('sha256').update(`police-projection:${studentId}`).digest().readBigInt64BE(0).toString();
    await em.query('SELECT pg_advisory_xact_lock($1::bigint)', [key]);
  }

  private async projectOne(em: EntityManager, rec: ProjectableRecord, facts: LoadedFacts, now: Date): Promise<void> {
    if (!(POLICE_PROJECTION_RECORD_TYPES as readonly string[]).includes(rec.recordType)) return;
    const rows = (await em.query(
      `SELECT projection_id, purpose, digest, active FROM police_projection WHERE record_type = $1 AND record_id = $2`,
      [rec.recordType, rec.recordId],
    )) as ProjectionRow[];
    const { teamMemberships: _personScoped, ...unitFacts } = facts;
    for (const purpose of PURPOSES) {
      const existing = rows.find((r) => r.purpose === purpose);
      const projected = project({ recordType: rec.recordType, studentId: rec.studentId, data: rec.data, record: rec.record }, { unit: 'police', purpose }, unitFacts, now);
      // The same judgement as project(), kept for its bases: what the record of disclosures needs (R7).
      const decision = projected && this.decision(rec, Object.keys(projected.data), purpose, facts, now);
      const until = decision && validUntil(decision.bases ?? {}, facts.consents, facts.grants, facts.student);
      if (!projected || !decision || !until || Number.isNaN(until.getTime())) {
        if (existing?.active) await this.withdraw(em, existing.projection_id, now);
        continue;
      }
      const grantIds = [...new Set(Object.values(decision.bases ?? {}).flatMap((b) => (b.kind === 'emergency' && b.id ? [b.id] : [])))];
      const content = { data: projected.data, consentIds: projected.consentIds, grantIds, notices: projected.notices ?? [], validUntil: until.toISOString() };
      const digest = createHash('sha256').update(canonicalJson(content)).digest('hex');
      if (existing?.active && existing.digest === digest) continue;

      const [row] = (await em.query(
        `INSERT INTO police_projection (record_type, record_id, student_id, purpose, digest, active, consent_ids, changed_at)
         VALUES ($1, $2, $3, $4, $5, true, $6, $7)
         ON CONFLICT (district_id, record_type, record_id, purpose) DO UPDATE
           SET digest = EXCLUDED.digest, active = true, consent_ids = EXCLUDED.consent_ids, changed_at = EXCLUDED.changed_at
         RETURNING projection_id`,
        [rec.recordType, rec.recordId, rec.studentId, purpose, digest, projected.consentIds, now],
      )) as { projection_id: string }[];
      const event: PoliceProjectionPublished = {
        projectionId: row.projection_id,
        recordType: rec.recordType as PoliceProjectionPublished['recordType'],
        studentId: rec.studentId,
        purpose,
        ...content,
        redisclosure: 'prohibited',
        projectedAt: now.toISOString(),
      };
      await this.outbox.add(em, PoliceProjectionPublishedEvent, event);
      await this.logDisclosure(em, rec, purpose, decision, now);
    }
  }

  /** Over the fields that actually cross (the purpose's minimum), so the log names no class that stayed behind. */
  private decision(rec: ProjectableRecord, fields: string[], purpose: Purpose, facts: LoadedFacts, now: Date): Decision {
    return decideFor(
      POLICE,
      { studentId: rec.studentId, recordType: rec.recordType, purpose, fields },
      { ...facts, teamMemberships: [], record: { ...rec.record, studentId: rec.studentId } },
      now,
    );
  }

  private async withdraw(em: EntityManager, projectionId: string, now: Date): Promise<void> {
    await em.query(`UPDATE police_projection SET active = false, digest = NULL, consent_ids = '{}', changed_at = $2 WHERE projection_id = $1`, [projectionId, now]);
    await this.outbox.add(em, PoliceProjectionWithdrawnEvent, { projectionId, withdrawnAt: now.toISOString() });
  }

  /** To the police unit as a whole: any police role stands for the unit in disclosureEntry(); the entry names the unit. */
  private async logDisclosure(em: EntityManager, rec: ProjectableRecord, purpose: Purpose, decision: Decision, now: Date): Promise<void> {
    const entry = disclosureEntry(
      decision,
      { requester: { id: POLICE.id, role: 'officer' }, studentId: rec.studentId, recordType: rec.recordType, purpose },
      now,
      this.gate.policy,
    );
    if (!entry) return;
    await this.disclosures.append(em, { ...entry, toWhom: { id: POLICE.id, unit: 'police' }, recordId: rec.recordId, channel: 'event' });
  }
}
