import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OnCallShiftPublishedEvent } from '#contracts';
import { Outbox } from '#messaging';
import type { Principal } from '#platform';
import { OnCallShiftRecord } from '../data/on-call-shift.entity.js';
import { assertShiftPeriod, onCallClinician, resolveCampuses, saveAndPublishShift, type PublishedShift } from '../data/on-call-records.js';
import type { PublishOnCallShiftDto } from './publish-on-call-shift.dto.js';

@Injectable()
export class PublishOnCallShiftHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(dto: PublishOnCallShiftDto, by: Principal): Promise<PublishedShift> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    assertShiftPeriod(startsAt, endsAt);
    return this.dataSource.transaction(async (em) => {
      await onCallClinician(em, dto.staffId);
      const campuses = await resolveCampuses(em, dto.campusGroup, dto.campusIds);
      const shift = em.create(OnCallShiftRecord, { staffId: dto.staffId, ...campuses, startsAt, endsAt, cancelled: false, publishedBy: by.sub });
      return saveAndPublishShift(em, this.outbox, OnCallShiftPublishedEvent, shift);
    });
  }
}
