import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '#platform';
import type { ClinicalNoteResponse } from '../api/clinical-note.response.js';
import { ClinicalNoteReader } from '../data/clinical-note-reader.js';

@Injectable()
export class GetClinicalNoteHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ClinicalNoteReader,
  ) {}

  execute(id: string, by: Principal, actingRole: string | undefined, now: Date): Promise<ClinicalNoteResponse> {
    return this.dataSource.transaction(async (em) => this.reader.read(em, id, await ClinicalNoteReader.load(em, id), by, actingRole, now));
  }
}
