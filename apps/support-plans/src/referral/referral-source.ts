import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { fieldsOf } from '#consent';
import type { ProjectableRecord, ProjectionSource } from '../share-with-police/projection-source.js';
import { Referral } from './referral.entity.js';

const LABELLED = fieldsOf('referral');

/** A referral as libs/consent sees it: every labelled field (null ones too), dates as ISO strings. */
export function referralRecord(r: Referral): ProjectableRecord {
  // Instants as ISO strings: what an event payload and a digest of it hold.
  const plain: Record<string, unknown> = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
  const data = Object.fromEntries(LABELLED.map((f) => [f, plain[f] ?? null]));
  return {
    recordType: 'referral',
    recordId: r.id,
    studentId: r.studentId,
    data,
    record: { authorId: r.createdBy, ...(r.sudMinorConsentBasis ? { minorTreatmentBasis: r.sudMinorConsentBasis } : {}) },
  };
}

@Injectable()
export class ReferralProjectionSource implements ProjectionSource {
  readonly recordType = 'referral' as const;

  async forStudent(em: EntityManager, studentId: string): Promise<ProjectableRecord[]> {
    return (await em.find(Referral, { where: { studentId }, order: { createdAt: 'ASC' } })).map(referralRecord);
  }
}
