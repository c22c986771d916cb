import { Module } from '@nestjs/common';
import { ConsentGateModule } from '../consent-gate/consent-gate.module.js';
import { ClinicalNoteReader } from './data/clinical-note-reader.js';
import { ClinicalNote } from './data/clinical-note.entity.js';
import { GetClinicalNoteController } from './get-clinical-note/get-clinical-note.controller.js';
import { GetClinicalNoteHandler } from './get-clinical-note/get-clinical-note.handler.js';
import { ListClinicalNotesController } from './list-clinical-notes/list-clinical-notes.controller.js';
import { ListClinicalNotesHandler } from './list-clinical-notes/list-clinical-notes.handler.js';
import { WriteClinicalNoteController } from './write-clinical-note/write-clinical-note.controller.js';
import { WriteClinicalNoteHandler } from './write-clinical-note/write-clinical-note.handler.js';

/** Psychotherapy notes (PSY-NOTE): their author and clinical supervisors only; never on any topic. */
export const CLINICAL_NOTE_ENTITIES = [ClinicalNote];

@Module({
  imports: [ConsentGateModule],
  controllers: [WriteClinicalNoteController, ListClinicalNotesController, GetClinicalNoteController],
  providers: [ClinicalNoteReader, WriteClinicalNoteHandler, ListClinicalNotesHandler, GetClinicalNoteHandler],
})
export class ClinicalNotesModule {}
