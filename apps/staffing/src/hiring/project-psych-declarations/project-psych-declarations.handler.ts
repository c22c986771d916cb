import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { PsychDeclarationRecordedEvent, type CloudEvent, type PsychDeclarationRecorded } from '#contracts';
import { InboxConsumer, InboxContext } from '#messaging';

/** Keeps every L-3 declaration wellness publishes (W3); the latest by date decides the candidate's status (W5). */
@InboxConsumer('staffing.psych-declarations')
export class ProjectPsychDeclarationsHandler {
  @EventPattern<string>(PsychDeclarationRecordedEvent.type)
  async declarationRecorded(@Payload() event: CloudEvent<PsychDeclarationRecorded>, @Ctx() { em }: InboxContext): Promise<void> {
    const d = event.data;
    await em.query(
      `INSERT INTO psych_declaration (declaration_id, candidate_id, result, declared_on, evaluator_license)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (district_id, declaration_id) DO NOTHING`,
      [d.declarationId, d.candidateId, d.result, d.declaredOn, d.evaluatorLicense],
    );
  }
}
