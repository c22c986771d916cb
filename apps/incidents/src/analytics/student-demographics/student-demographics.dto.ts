import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  EMERGENT_BILINGUAL_VALUES, GRADE_BAND_VALUES, RACE_ETHNICITY_VALUES, SEX_VALUES, SPECIAL_EDUCATION_VALUES,
  type EmergentBilingualValue, type GradeBandValue, type RaceEthnicityValue, type SexValue, type SpecialEducationValue,
} from '#contracts';
import { IsStudentId } from '#platform';

export class StudentDemographicsParams {
  @ApiProperty({ example: 'S1000001' })
  @IsStudentId()
  studentId: string;
}

/** The SIS's coded categories (PEIMS-like), closed vocabularies only: nothing free-form is taken. */
export class StudentDemographicsDto {
  @ApiProperty({ enum: GRADE_BAND_VALUES, example: '9-12' })
  @IsIn(GRADE_BAND_VALUES)
  gradeBand: GradeBandValue;

  @ApiProperty({ enum: SEX_VALUES, example: 'female' })
  @IsIn(SEX_VALUES)
  sex: SexValue;

  @ApiProperty({ enum: RACE_ETHNICITY_VALUES, example: 'hispanic-latino', description: 'Federal race/ethnicity reporting category' })
  @IsIn(RACE_ETHNICITY_VALUES)
  raceEthnicity: RaceEthnicityValue;

  @ApiProperty({ enum: SPECIAL_EDUCATION_VALUES, example: 'none', description: 'IEP, Section 504 plan, or neither' })
  @IsIn(SPECIAL_EDUCATION_VALUES)
  specialEducation: SpecialEducationValue;

  @ApiProperty({ enum: EMERGENT_BILINGUAL_VALUES, example: 'no' })
  @IsIn(EMERGENT_BILINGUAL_VALUES)
  emergentBilingual: EmergentBilingualValue;
}
