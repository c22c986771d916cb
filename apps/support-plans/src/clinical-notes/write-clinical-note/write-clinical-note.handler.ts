import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem, type Principal } from '#platform';
import { Student } from '../../students/data/student.entity.js';
import { SupportPlan } from '../../support-plans/data/support-plan.entity.js';
import { ClinicalNote, clinicalNoteView } from '../data/clinical-note.entity.js';
import type { ClinicalNoteResponse } from '../api/clinical-note.response.js';
import type { WriteClinicalNoteDto } from './write-clinical-note.dto.js';

/** Deliberately no outbox event: a psychotherapy note never reaches a topic (PSY-NOTE). */
@Injectable()
export class WriteClinicalNoteHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(studentId: string, dto: WriteClinicalNoteDto, by: Principal, now: Date): Promise<ClinicalNoteResponse> {
    return this.dataSource.transaction(async (em) => {
      // A note about a student the SIS never registered could not be governed by R4 (age, guardians).
      if (!(await em.existsBy(Student, { studentId }))) throw Problem.notFound('STUDENT.NOT_FOUND', `No student ${studentId} registered`);
      if (dto.supportPlanId) {
        const plan = await em.findOneBy(SupportPlan, { id: dto.supportPlanId });
        if (!plan || plan.studentId !== studentId) {
          throw new Problem(422, 'CLINICAL_NOTE.UNKNOWN_PLAN', `Student ${studentId} has no support plan ${dto.supportPlanId}`);
        }
      }
      const note = await em.save(
        em.create(ClinicalNote, { studentId, authorId: by.sub, body: dto.body, supportPlanId: dto.supportPlanId ?? null, writtenAt: now }),
      );
      return clinicalNoteView(note);
    });
  }
}
