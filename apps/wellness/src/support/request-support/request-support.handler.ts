import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SupportOfferResponse } from '../api/support.responses.js';
import { AssignSupporter } from '../data/assign-supporter.js';
import { SupportOffer } from '../data/support-offer.entity.js';
import type { RequestSupportDto } from './request-support.dto.js';

/** W7, W8: a staff member's own request, accepted at once and matched with a supporter. */
@Injectable()
export class RequestSupportHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assign: AssignSupporter,
  ) {}

  execute(staffId: string, dto: RequestSupportDto, now: Date): Promise<SupportOfferResponse> {
    return this.dataSource.transaction(async (em) => {
      const offer = em.create(SupportOffer, {
        staffId,
        kind: dto.kind,
        source: 'self-request',
        criticalIncidentId: null,
        reason: dto.reason ?? null,
        offeredAt: now,
        expiresAt: now,
        answer: 'accepted',
        answeredAt: now,
        heldAt: null,
        heldBy: null,
      });
      await this.assign.assign(em, offer, dto.supporter ?? 'peer', now);
      return SupportOfferResponse.from(await em.save(offer), now);
    });
  }
}
