import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StudentDemographicsDto } from './student-demographics.dto.js';

/** Replaces a student's categories (the SIS is the source of truth). Nothing here is ever read back by a route. */
@Injectable()
export class StudentDemographicsHandler {
  constructor(private readonly dataSource: DataSource) {}

  async put(studentId: string, dto: StudentDemographicsDto, by: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO student_demographics (student_id, grade_band, sex, race_ethnicity, special_education, emergent_bilingual, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (district_id, student_id) DO UPDATE SET grade_band = EXCLUDED.grade_band, sex = EXCLUDED.sex, race_ethnicity = EXCLUDED.race_ethnicity,
         special_education = EXCLUDED.special_education, emergent_bilingual = EXCLUDED.emergent_bilingual, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [studentId, dto.gradeBand, dto.sex, dto.raceEthnicity, dto.specialEducation, dto.emergentBilingual, by],
    );
  }
}
