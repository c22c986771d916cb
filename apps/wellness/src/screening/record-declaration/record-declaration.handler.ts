import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PsychDeclarationRecordedEvent } from '#contracts';
import { declarationCrossing, localDate, outboundProblems } from '#consent';
import { Outbox } from '#messaging';
import { districtTimeZone, Problem } from '#platform';
import { PsychDeclaration } from '../data/psych-declaration.entity.js';
import type { RecordDeclarationDto } from './record-declaration.dto.js';

/** Stores the L-3 declaration and, in the same transaction, the one event that leaves wellness (W3). */
@Injectable()
export class RecordDeclarationHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(dto: RecordDeclarationDto, bySub: string, license: string, now = new Date()): Promise<PsychDeclaration> {
    // The L-3 form date is a district calendar date; one after the district's today would unblock nothing yet (W4).
    const today = localDate(now, districtTimeZone());
    if (dto.declaredOn > today) {
      throw new Problem(422, 'DECLARATION.DATE_IN_FUTURE', `declaredOn ${dto.declaredOn} is after today in the district (${today})`);
    }
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(PsychDeclaration);
      const saved = await repo.save(repo.create({ ...dto, evaluatorLicense: license, declaredBy: bySub }));
      // declarationCrossing copies the five allowed fields and nothing else; outboundProblems double-checks (W1, W3).
      const payload = declarationCrossing({ ...saved, declarationId: saved.id });
      const problems = outboundProblems(PsychDeclarationRecordedEvent.type, payload);
      if (problems.length) throw new Error(`refusing to publish: ${problems.join('; ')}`);
      await this.outbox.add(em, PsychDeclarationRecordedEvent, payload as never);
      return saved;
    });
  }
}
