import { Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { TipReceivedEvent, type CloudEvent, type TipReceived } from '#contracts';
import { InboxConsumer, InboxContext } from '#messaging';
import { ThreatCaseOpener } from '../data/threat-case-opener.js';

/** Tip categories that open a threat assessment on their own (TEC 37.115). */
export const CASE_OPENING_TIP_CATEGORIES: ReadonlySet<TipReceived['category']> = new Set(['threat', 'weapon']);

/**
 * Threat and weapon tips open one case per student they name, idempotently per tip: the inbox
 * drops a redelivered event, and the (tip, student) unique index a tip published twice.
 * A tip naming nobody opens nothing: there is no student to assess until someone is identified,
 * and then a clinician opens the case from the tip id.
 */
@InboxConsumer('support-plans.threat-case-intake')
export class OpenCaseFromTipHandler {
  private readonly logger = new Logger('ThreatCaseIntake');

  constructor(private readonly opener: ThreatCaseOpener) {}

  @EventPattern<string>(TipReceivedEvent.type)
  async tipReceived(@Payload() event: CloudEvent<TipReceived>, @Ctx() { em }: InboxContext): Promise<void> {
    const tip = event.data;
    if (!CASE_OPENING_TIP_CATEGORIES.has(tip.category)) return;
    if (!tip.studentIds.length) {
      this.logger.log({ tipId: tip.tipId }, 'threat tip names no student: no case opened');
      return;
    }
    const openedAt = new Date();
    for (const studentId of new Set(tip.studentIds)) {
      await this.opener.open(em, {
        studentId,
        campusId: tip.campusId,
        origin: 'tip',
        incidentId: null,
        tipId: tip.tipId,
        anonymousReport: tip.anonymous,
        openedBy: `system:${event.source}`,
        openedAt,
      });
    }
  }
}
