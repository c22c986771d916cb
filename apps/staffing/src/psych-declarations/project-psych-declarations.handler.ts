import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PsychDeclarationRecordedEvent, type CloudEvent, type PsychDeclarationRecorded } from '#contracts';
import type { EventHandler } from '#messaging';

/** Keeps every L-3 declaration wellness publishes (W3); the latest by date decides the candidate's status (W5). */
@Injectable()
export class ProjectPsychDeclarationsHandler implements EventHandler {
  readonly consumer = 'staffing.psych-declarations';
  readonly handles = [PsychDeclarationRecordedEvent];

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    const d = event.data as PsychDeclarationRecorded;
    await em.query(
      `INSERT INTO psych_declaration (declaration_id, candidate_id, result, declared_on, evaluator_license)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (declaration_id) DO NOTHING`,
      [d.declarationId, d.candidateId, d.result, d.declaredOn, d.evaluatorLicense],
    );
  }
}
