import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DISPOSITIONS, type Disposition } from '../data/disposition.entity.js';
import { StepTimeDto } from '../api/step-time.dto.js';
import { IsStudentId } from '#platform';

export class RecordDispositionDto extends StepTimeDto {
  @ApiProperty({ example: 'S1000001', description: 'One of the students of the incident' })
  @IsStudentId()
  studentId: string;

  @ApiProperty({
    enum: DISPOSITIONS,
    example: 'diversion-program',
    description: 'referred-to-behavioral-health and diversion-program also send a consent-projected referral request to behavioral health',
  })
  @IsIn(DISPOSITIONS)
  disposition: Disposition;
}
