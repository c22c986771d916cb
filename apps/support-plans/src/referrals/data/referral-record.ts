import { projectable, type ProjectableRecord, type ProjectionSource } from '../../share-with-police/data/projection-source.js';
import { Referral } from './referral.entity.js';

/** A referral as libs/consent sees it: every labelled field (null ones too), dates as ISO strings. */
export function referralRecord(r: Referral): ProjectableRecord {
  // Instants as ISO strings: what an event payload and a digest of it hold.
  const plain = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])) as { id: string; studentId: string };
  return projectable('referral', plain, { authorId: r.createdBy, ...(r.sudMinorConsentBasis ? { minorTreatmentBasis: r.sudMinorConsentBasis } : {}) });
}

export const referralSource: ProjectionSource = {
  recordType: 'referral',
  async forStudent(em, studentId) {
    return (await em.find(Referral, { where: { studentId }, order: { createdAt: 'ASC' } })).map(referralRecord);
  },
};
