import { Injectable } from '@nestjs/common';
import { Problem, type Principal } from '#platform';
import { GatedReads } from '../../consent-gate/data/gated-reads.js';
import { ClinicalNote } from '../data/clinical-note.entity.js';
import type { ClinicalNoteResponse } from '../api/clinical-note.response.js';
import { ClinicalNoteReader } from '../data/clinical-note-reader.js';

/** The student's notes the caller may read (own notes; all of them for a supervisor), each judged by decide(). */
@Injectable()
export class ListClinicalNotesHandler {
  constructor(
    private readonly reads: GatedReads,
    private readonly reader: ClinicalNoteReader,
  ) {}

  execute(studentId: string, by: Principal, actingRole: string | undefined, now: Date): Promise<ClinicalNoteResponse[]> {
    return this.reads.transaction(async (em) => {
      const notes = await em.find(ClinicalNote, { where: { studentId }, order: { writtenAt: 'ASC', id: 'ASC' } });
      const visible: ClinicalNoteResponse[] = [];
      for (const note of notes) {
        try {
          visible.push(await this.reader.read(em, note.id, note, by, actingRole, now));
        } catch (err) {
          if (!(err instanceof Problem && err.status === 404)) throw err;
        }
      }
      return visible;
    });
  }
}
