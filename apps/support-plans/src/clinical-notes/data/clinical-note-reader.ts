import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '#platform';
import { ConsentGate } from '../../consent-gate/data/consent-gate.js';
import { ClinicalNote, clinicalNoteView } from './clinical-note.entity.js';
import type { ClinicalNoteResponse } from '../api/clinical-note.response.js';

export const noteNotFound = (id: string) => ({ code: 'CLINICAL_NOTE.NOT_FOUND', detail: `No clinical note ${id}` });

/**
 * decide() for purpose treatment: the author and clinical supervisors (bh-director) read a note;
 * another clinician, any police role or an administrator gets what a missing note gets (R3, R10).
 */
@Injectable()
export class ClinicalNoteReader {
  constructor(private readonly gate: ConsentGate) {}

  async read(em: EntityManager, id: string, note: ClinicalNote | null, by: Principal, actingRole: string | undefined, now: Date): Promise<ClinicalNoteResponse> {
    const read = await this.gate.read(
      em,
      {
        recordType: 'clinical-note',
        record: note && clinicalNoteView(note),
        recordFacts: note ? { studentId: note.studentId, authorId: note.authorId } : { studentId: '' },
        recordId: id,
        requester: by,
        actingRole,
        purpose: 'treatment',
        notFound: noteNotFound(id),
      },
      now,
    );
    return read.data as ClinicalNoteResponse;
  }

  static async load(em: EntityManager, id: string): Promise<ClinicalNote | null> {
    return em.findOneBy(ClinicalNote, { id });
  }
}
