import type { EntityManager } from 'typeorm';
import { mayActOnOffer, mayReadWellbeingRecord } from '#consent';
import { Problem } from '#platform';
import { SupportOffer } from './support-offer.entity.js';

/**
 * W1, W10: loads an offer for its staff member or its assigned supporter, row-locked; anyone else
 * (whatever their rank) gets the same 404 as for a missing one.
 */
export async function offerFor(em: EntityManager, id: string, caller: string, as: 'staff' | 'supporter'): Promise<SupportOffer> {
  const offer = await em.findOne(SupportOffer, { where: { id }, lock: { mode: 'pessimistic_write' } });
  const decision = as === 'staff' ? mayActOnOffer(caller, offer) : mayReadWellbeingRecord({ staffId: caller }, offer && { staffId: offer.staffId, assignedTo: offer.assignedTo });
  const ownRole = offer && (as === 'staff' ? offer.staffId === caller : offer.assignedTo === caller);
  if (!decision.allow || !offer || !ownRole) throw Problem.notFound('SUPPORT.NOT_FOUND', `No support offer ${id}`);
  return offer;
}
