import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OnCallShiftChangedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem } from '#platform';
import type { OnCallShiftRecord } from '../data/on-call-shift.entity.js';
import { lockShift, onCallShiftEvent } from '../data/on-call-records.js';

@Injectable()
export class CancelOnCallShiftHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(id: string): Promise<OnCallShiftRecord> {
    return this.dataSource.transaction(async (em) => {
      const shift = await lockShift(em, id);
      if (shift.cancelled) throw Problem.conflict('ON_CALL.SHIFT_CANCELLED', `Shift ${id} was cancelled already`);
      shift.cancelled = true;
      const saved = await em.save(shift);
      await this.outbox.add(em, OnCallShiftChangedEvent, onCallShiftEvent(saved));
      return saved;
    });
  }
}
