import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BreakGlassEndedEvent } from '#contracts';
import type { RecipientRole } from '#consent';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { requesterOf } from '../../consent-gate/api/requester.js';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import { BreakGlassGrantRecord } from '../data/break-glass-grant.entity.js';
import type { EndBreakGlassDto } from './end-break-glass.dto.js';

/** Clinical supervisors review every grant (R6); administrators audit them. Both may end one. */
const SUPERVISING_ROLES: readonly RecipientRole[] = ['bh-director', 'admin'];

/**
 * The role in which `by` may end this grant: a supervising role, or the role of the person who
 * broke the glass. Undefined for anyone else. With `x-acting-role`, only that role counts.
 */
export function endingRole(grant: Pick<BreakGlassGrantRecord, 'grantee'>, by: Principal, actingRole: string | undefined): RecipientRole | undefined {
  const requester = requesterOf(by, actingRole);
  const roles: readonly string[] = actingRole ? [actingRole] : by.roles;
  const supervising = SUPERVISING_ROLES.find((r) => roles.includes(r));
  if (supervising) return supervising;
  return requester && requester.id === grant.grantee ? requester.role : undefined;
}

@Injectable()
export class EndBreakGlassHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly police: PolicePublisher,
  ) {}

  /**
   * Effective now: decide() honours revokedAt from this instant, so reads under the grant are
   * denied like a missing record (R10). In the same transaction: support.break-glass.ended for the
   * supervisors, and the student's police projection rebuilt without the grant (withdrawn where
   * nothing else allows it). Someone who may not end it is told the grant does not exist.
   */
  execute(id: string, dto: EndBreakGlassDto, by: Principal, actingRole: string | undefined, now: Date): Promise<BreakGlassGrantRecord> {
    // A bad x-acting-role is refused before the grant is looked up, so the answer says nothing about it.
    requesterOf(by, actingRole);
    return this.dataSource.transaction(async (em) => {
      const grant = await em.findOne(BreakGlassGrantRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const role = grant ? endingRole(grant, by, actingRole) : undefined;
      if (!grant || !role) throw Problem.notFound('BREAK_GLASS.NOT_FOUND', 'No such break-the-glass grant');
      if (grant.revokedAt) throw Problem.conflict('BREAK_GLASS.ALREADY_ENDED', `The grant was ended at ${grant.revokedAt.toISOString()}`);
      if (now.getTime() >= grant.expiresAt.getTime()) throw Problem.conflict('BREAK_GLASS.EXPIRED', `The grant expired at ${grant.expiresAt.toISOString()}`);

      grant.revokedAt = now;
      grant.endedBy = by.sub;
      grant.endedByRole = role;
      grant.endReason = dto.reason;
      await em.save(grant);
      await this.outbox.add(em, BreakGlassEndedEvent, {
        grantId: grant.id,
        studentId: grant.studentId,
        endedBy: by.sub,
        endedByRole: role,
        reason: dto.reason,
        endedAt: now.toISOString(),
        expiresAt: grant.expiresAt.toISOString(),
      });
      await this.police.reprojectStudent(em, grant.studentId, now);
      return grant;
    });
  }
}
