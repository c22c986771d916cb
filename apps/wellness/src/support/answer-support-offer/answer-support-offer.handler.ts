import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { answerProblem, type OfferAnswer } from '#consent';
import { Problem } from '#platform';
import { SupportOfferResponse } from '../api/support.responses.js';
import { AssignSupporter } from '../data/assign-supporter.js';
import { Escalation } from '../data/escalation.entity.js';
import { offerFor } from '../data/support-records.js';
import type { SupporterKind } from '../domain/support-kinds.js';

/** W7: the staff member accepts (a supporter is assigned, the debrief falls due) or declines their own open offer. */
@Injectable()
export class AnswerSupportOfferHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assign: AssignSupporter,
  ) {}

  execute(id: string, staffId: string, answer: OfferAnswer, supporter: SupporterKind, now: Date): Promise<SupportOfferResponse> {
    return this.dataSource.transaction(async (em) => {
      const offer = await offerFor(em, id, staffId, 'staff');
      const problem = answerProblem(offer, now);
      if (problem) throw Problem.conflict('SUPPORT.OFFER_CLOSED', `This offer can no longer be answered: ${problem}; you can ask for support again at any time`);
      Object.assign(offer, { answer, answeredAt: now });
      if (answer === 'accepted') await this.assign.assign(em, offer, supporter, now);
      await em.save(offer);
      return SupportOfferResponse.from(offer, now, await em.findBy(Escalation, { offerId: id }));
    });
  }
}
