import type { EntityManager } from 'typeorm';
import { ConsentRecord } from './consent.entity.js';

/** A student's consents, revoked and expired ones included, oldest first. */
export function consentHistory(em: EntityManager, studentId: string): Promise<ConsentRecord[]> {
  return em.find(ConsentRecord, { where: { studentId }, order: { recordedAt: 'ASC', id: 'ASC' } });
}
