import { Injectable } from '@nestjs/common';
import type { Principal } from '#platform';
import { GatedReads } from '../../consent-gate/data/gated-reads.js';
import type { ClinicalNoteResponse } from '../api/clinical-note.response.js';
import { ClinicalNoteReader } from '../data/clinical-note-reader.js';

@Injectable()
export class GetClinicalNoteHandler {
  constructor(
    private readonly reads: GatedReads,
    private readonly reader: ClinicalNoteReader,
  ) {}

  execute(id: string, by: Principal, actingRole: string | undefined, now: Date): Promise<ClinicalNoteResponse> {
    return this.reads.transaction(async (em) => this.reader.read(em, id, await ClinicalNoteReader.load(em, id), by, actingRole, now));
  }
}
