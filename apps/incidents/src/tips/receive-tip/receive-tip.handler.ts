import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TipReceivedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { currentDistrictId, RequestContext } from '#platform';
import { TipReporter } from '../data/tip-reporter.entity.js';
import { Tip } from '../data/tip.entity.js';
import type { ReceiveTipDto } from './receive-tip.dto.js';

const MINUTE_MS = 60_000;

/**
 * Stores a tip. Takes no principal on purpose: an anonymous tip must keep nothing of its sender
 * (no caller id, no address, and a receive time coarse enough not to match an access log line).
 * Its event gets a fresh correlation id too: the caller's could name a device or a session.
 */
@Injectable()
export class ReceiveTipHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(dto: ReceiveTipDto, now: Date): Promise<Tip> {
    const anonymous = !dto.reporter;
    const receivedAt = anonymous ? new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS) : now;
    // A fresh trace for an anonymous tip; its district (and the district's calendar) stay the request's.
    const district = { districtId: currentDistrictId(), timeZone: RequestContext.current()?.timeZone };
    return anonymous ? RequestContext.run({ correlationId: randomUUID(), ...district }, () => this.store(dto, anonymous, receivedAt)) : this.store(dto, anonymous, receivedAt);
  }

  private store(dto: ReceiveTipDto, anonymous: boolean, receivedAt: Date): Promise<Tip> {
    return this.dataSource.transaction(async (em) => {
      const tip = await em.save(
        em.create(Tip, {
          campusId: dto.campusId,
          category: dto.category,
          studentIds: [...new Set(dto.studentIds ?? [])],
          body: dto.text,
          anonymous,
          receivedAt,
        }),
      );
      if (dto.reporter) {
        await em.insert(TipReporter, {
          tipId: tip.id,
          employeeId: dto.reporter.employeeId,
          displayName: dto.reporter.displayName,
          contact: dto.reporter.contact ?? null,
        });
      }
      await this.outbox.add(em, TipReceivedEvent, {
        tipId: tip.id,
        campusId: tip.campusId,
        category: tip.category,
        studentIds: tip.studentIds,
        anonymous,
        receivedAt: receivedAt.toISOString(),
      });
      return tip;
    });
  }
}
