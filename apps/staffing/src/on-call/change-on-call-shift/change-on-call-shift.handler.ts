import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OnCallShiftChangedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem } from '#platform';
import { assertShiftPeriod, lockShift, onCallClinician, resolveCampuses, saveAndPublishShift, type PublishedShift } from '../data/on-call-records.js';
import type { ChangeOnCallShiftDto } from './change-on-call-shift.dto.js';

@Injectable()
export class ChangeOnCallShiftHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(id: string, dto: ChangeOnCallShiftDto): Promise<PublishedShift> {
    return this.dataSource.transaction(async (em) => {
      const shift = await lockShift(em, id);
      if (shift.cancelled) throw Problem.conflict('ON_CALL.SHIFT_CANCELLED', `Shift ${id} was cancelled`);
      if (dto.staffId !== undefined && dto.staffId !== shift.staffId) {
        await onCallClinician(em, dto.staffId);
        shift.staffId = dto.staffId;
      }
      if (dto.campusGroup !== undefined || dto.campusIds !== undefined) {
        Object.assign(shift, await resolveCampuses(em, dto.campusGroup, dto.campusIds));
      }
      if (dto.startsAt !== undefined) shift.startsAt = new Date(dto.startsAt);
      if (dto.endsAt !== undefined) shift.endsAt = new Date(dto.endsAt);
      assertShiftPeriod(shift.startsAt, shift.endsAt);
      return saveAndPublishShift(em, this.outbox, OnCallShiftChangedEvent, shift);
    });
  }
}
