import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BreakGlassGrantedEvent } from '#contracts';
import { issueBreakGlass } from '#consent';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { ConsentGate } from '../../consent-gate/data/consent-gate.js';
import { describeRef, recipientRefs } from '../../consent-gate/api/recipient-ref.dto.js';
import { requesterOf } from '../../consent-gate/api/requester.js';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import { BreakGlassGrantRecord } from '../data/break-glass-grant.entity.js';
import type { IssueBreakGlassDto } from './issue-break-glass.dto.js';

@Injectable()
export class IssueBreakGlassHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly gate: ConsentGate,
    private readonly police: PolicePublisher,
  ) {}

  /**
   * R6: libs/consent checks the threat and justification and time-boxes the grant (policy default
   * 24 h). Stored with its threat and recipients, announced to clinical supervisors, and what the
   * police unit sees is projected again (a grant naming the unit opens its topic too).
   */
  execute(studentId: string, dto: IssueBreakGlassDto, by: Principal, actingRole: string | undefined, now: Date): Promise<BreakGlassGrantRecord> {
    const requester = requesterOf(by, actingRole);
    if (!requester) throw new Problem(403, 'AUTH.FORBIDDEN', 'A district system cannot break the glass: a person must');
    const { refs, problems: refProblems } = recipientRefs(dto.recipients);
    const issued = issueBreakGlass(
      {
        id: randomUUID(),
        studentId,
        grantee: requester.id,
        threat: dto.threat,
        justification: dto.justification,
        recipients: refs,
        issuedAt: now,
        ...(dto.durationMinutes !== undefined ? { durationMs: dto.durationMinutes * 60_000 } : {}),
      },
      this.gate.policy,
    );
    const problems = [...refProblems, ...(issued.ok ? [] : issued.problems)];
    if (!issued.ok || problems.length) throw new Problem(422, 'BREAK_GLASS.INVALID', problems.join('; '), { problems, ruleIds: ['R6'] });

    const g = issued.grant;
    return this.dataSource.transaction(async (em) => {
      const grant = await em.save(
        em.create(BreakGlassGrantRecord, {
          id: g.id,
          studentId: g.studentId,
          grantee: g.grantee,
          granteeRole: requester.role,
          threat: g.threat,
          justification: g.justification,
          recipients: [...g.recipients],
          issuedAt: g.issuedAt,
          expiresAt: g.expiresAt,
          revokedAt: null,
          endedBy: null,
          endedByRole: null,
          endReason: null,
        }),
      );
      await this.outbox.add(em, BreakGlassGrantedEvent, {
        grantId: grant.id,
        studentId: grant.studentId,
        grantee: grant.grantee,
        granteeRole: grant.granteeRole,
        recipients: [`person:${grant.grantee}`, ...grant.recipients.map(describeRef)],
        threat: grant.threat,
        justification: grant.justification,
        issuedAt: grant.issuedAt.toISOString(),
        expiresAt: grant.expiresAt.toISOString(),
      });
      await this.police.reprojectStudent(em, studentId, now);
      return grant;
    });
  }
}
