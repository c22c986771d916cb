import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { overlappingShiftIds, type PublishedShift } from '../data/on-call-records.js';
import { OnCallShiftRecord } from '../data/on-call-shift.entity.js';

@Injectable()
export class GetOnCallShiftHandler {
  constructor(private readonly dataSource: DataSource) {}

  /** A cancelled shift overlaps nothing. */
  async execute(id: string): Promise<PublishedShift> {
    const em = this.dataSource.manager;
    const shift = await em.findOneBy(OnCallShiftRecord, { id });
    if (!shift) throw Problem.notFound('ON_CALL.SHIFT_NOT_FOUND', `No on-call shift ${id}`);
    return { shift, overlappingShiftIds: shift.cancelled ? [] : await overlappingShiftIds(em, shift) };
  }
}
