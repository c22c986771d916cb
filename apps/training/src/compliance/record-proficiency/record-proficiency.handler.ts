import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { OfficerProficiency } from '../data/officer-proficiency.entity.js';
import { Person } from '../data/person.entity.js';
import type { RecordProficiencyDto } from './record-proficiency.dto.js';

/** An officer's current proficiency certificate; a new one replaces the last. */
@Injectable()
export class RecordProficiencyHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(staffId: string, dto: RecordProficiencyDto, recordedBy: string): Promise<void> {
    // Only people training knows from staffing's roster events: a typo must not create a phantom officer.
    if (!(await this.dataSource.getRepository(Person).existsBy({ staffId }))) {
      throw Problem.notFound('COMPLIANCE.UNKNOWN_STAFF', `Staff member ${staffId} is not on the roster training knows`);
    }
    await this.dataSource.getRepository(OfficerProficiency).upsert({ staffId, level: dto.level, since: dto.since, recordedBy }, ['districtId', 'staffId']);
  }
}
