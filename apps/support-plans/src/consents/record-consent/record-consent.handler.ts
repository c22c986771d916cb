import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ConsentGrantedEvent } from '#contracts';
import {
  formProblems,
  missingPart2Elements,
  signerProblems,
  timeProblems,
  type Consent,
  type Part2Element,
  type RecordClass,
} from '#consent';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { ConsentGate } from '../../consent-gate/data/consent-gate.js';
import { consentOf, part2Of } from '../../consent-gate/data/facts.js';
import { recipientRefs } from '../../consent-gate/api/recipient-ref.dto.js';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import { Student } from '../../students/data/student.entity.js';
import { ConsentRecord, type StoredPart2 } from '../data/consent.entity.js';
import type { RecordConsentDto } from './record-consent.dto.js';

/** Classes a clinical consent cannot release, and why (policy choices of libs/consent). */
const NOT_RELEASABLE: Partial<Record<RecordClass, string>> = {
  'PSY-NOTE': 'no consent releases psychotherapy notes (policy, R3)',
  LE: 'law-enforcement unit records are not released by a clinical consent (R1)',
  DIRECTORY: 'directory information needs no consent',
};

@Injectable()
export class RecordConsentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly gate: ConsentGate,
    private readonly police: PolicePublisher,
  ) {}

  execute(dto: RecordConsentDto, by: Principal, now: Date): Promise<ConsentRecord> {
    return this.dataSource.transaction(async (em) => {
      const { refs, problems: refProblems } = recipientRefs(dto.recipients);
      const row = em.create(ConsentRecord, {
        studentId: dto.studentId,
        signerRole: dto.signer.role,
        signerId: dto.signer.id,
        signedAt: new Date(dto.signer.signedAt),
        classes: [...new Set(dto.classes)],
        purposes: [...new Set(dto.purposes)],
        recipients: refs,
        effectiveFrom: new Date(dto.effectiveFrom),
        expiresAt: new Date(dto.expiresAt),
        minorConsentBasis: dto.minorConsentBasis ?? null,
        part2: (dto.part2 ? JSON.parse(JSON.stringify(dto.part2)) : null) as StoredPart2 | null,
        revokedAt: null,
        revokedBy: null,
        revocationReason: null,
        recordedBy: by.sub,
        recordedAt: now,
      });
      await this.validate(em, { ...consentOf(row), id: 'new', part2: part2Of(row.part2) }, refProblems, now);
      const consent = await em.save(row);
      await this.outbox.add(em, ConsentGrantedEvent, {
        consentId: consent.id,
        effectiveFrom: consent.effectiveFrom.toISOString(),
        expiresAt: consent.expiresAt.toISOString(),
        grantedAt: now.toISOString(),
      });
      // A consent naming the police unit lets projections flow from now on (R3a).
      await this.police.reprojectStudent(em, consent.studentId, now);
      return consent;
    });
  }

  /** R4 (form, time, signer) and R5 (Part 2) through libs/consent; 422 listing every problem. */
  private async validate(em: EntityManager, consent: Consent, refProblems: string[], now: Date): Promise<void> {
    const problems = [...refProblems, ...formProblems(consent)];
    for (const cls of consent.classes) if (NOT_RELEASABLE[cls]) problems.push(`${cls}: ${NOT_RELEASABLE[cls]}`);
    if (consent.expiresAt && consent.expiresAt.getTime() <= consent.effectiveFrom.getTime()) problems.push('expires before it starts');
    // A consent that starts later is fine; one signed in the future or already over is not.
    problems.push(...timeProblems(consent, now).filter((p) => !p.startsWith('not in force before')));
    const student = await em.findOneBy(Student, { studentId: consent.studentId });
    if (!student) {
      problems.push('the student is not registered by the SIS, so the signer cannot be checked (PUT /students/{id})');
    } else if (!problems.some((p) => p === 'not signed and dated')) {
      const facts = { studentId: student.studentId, dateOfBirth: student.dateOfBirth, guardianIds: student.guardianIds };
      for (const cls of consent.classes) problems.push(...signerProblems(consent, cls, facts, undefined, now, this.gate.policy).map((p) => `${cls}: ${p}`));
    }
    let missing: Part2Element[] = [];
    if (consent.classes.includes('SUD')) {
      missing = missingPart2Elements(consent);
      if (missing.length) problems.push(`SUD needs a complete 42 CFR Part 2 consent; missing: ${missing.join(', ')}`);
    }
    if (problems.length) {
      throw new Problem(422, 'CONSENT.INVALID', problems.join('; '), {
        problems: [...new Set(problems)],
        ruleIds: consent.classes.includes('SUD') ? ['R4', 'R5'] : ['R4'],
        ...(missing.length ? { missingPart2Elements: missing } : {}),
      });
    }
  }
}
