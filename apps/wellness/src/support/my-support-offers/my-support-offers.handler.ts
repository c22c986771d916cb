import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayActOnOffer } from '#consent';
import { Problem } from '#platform';
import { SupportOfferResponse } from '../api/support.responses.js';
import { Escalation } from '../data/escalation.entity.js';
import { SupportOffer } from '../data/support-offer.entity.js';
import { asUuid } from '../domain/roster-id.js';

/** W1, W7, W10: a staff member's own offers and sessions, with their escalation log (W9); nobody else's, whatever their rank. */
@Injectable()
export class MySupportOffersHandler {
  constructor(private readonly dataSource: DataSource) {}

  async list(staffSub: string): Promise<SupportOfferResponse[]> {
    const em = this.dataSource.manager;
    const offers = await em.find(SupportOffer, { where: { staffId: asUuid(staffSub) }, order: { offeredAt: 'DESC' } });
    const escalations = await em.find(Escalation, { where: { staffId: asUuid(staffSub) }, order: { at: 'ASC' } });
    const now = new Date();
    return offers.map((o) => SupportOfferResponse.from(o, now, escalations));
  }

  async get(id: string, staffSub: string): Promise<SupportOfferResponse> {
    const em = this.dataSource.manager;
    const offer = await em.findOneBy(SupportOffer, { id });
    if (!mayActOnOffer(staffSub, offer).allow || !offer) throw Problem.notFound('SUPPORT.NOT_FOUND', `No support offer ${id}`);
    return SupportOfferResponse.from(offer, new Date(), await em.findBy(Escalation, { offerId: id }));
  }
}
