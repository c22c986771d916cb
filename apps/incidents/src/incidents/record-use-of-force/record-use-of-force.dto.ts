import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { ForceTypeValue, InjuryValue } from '#contracts';
import { FORCE_TYPES, INJURIES } from '../data/use-of-force.entity.js';
import { IsStrictDateTime, IsStudentId } from '#platform';

export class RecordUseOfForceDto {
  @ApiProperty({ enum: FORCE_TYPES, example: 'physical-control' })
  @IsIn(FORCE_TYPES)
  forceType: ForceTypeValue;

  @ApiPropertyOptional({ example: 'S1000001', description: 'The student force was used on, if one of the incident' })
  @IsOptional()
  @IsStudentId()
  studentId?: string;

  @ApiProperty({ enum: INJURIES, example: 'none', description: 'Injury to the person force was used on' })
  @IsIn(INJURIES)
  subjectInjury: InjuryValue;

  @ApiProperty({ enum: INJURIES, example: 'none' })
  @IsIn(INJURIES)
  officerInjury: InjuryValue;

  @ApiProperty({ example: true, description: 'A clinician was present when force was used' })
  @IsBoolean()
  clinicianPresent: boolean;

  @ApiPropertyOptional({ example: 'Held the student’s arms for about a minute to stop him hitting the wall.', description: 'Officer narrative (stays in this service)' })
  @IsOptional()
  @IsString()
  @Length(1, 20_000)
  description?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Roster id of the officer who used force, when not the dispatched officer; offered a confidential debrief like the responders (W6)',
  })
  @IsOptional()
  @IsUUID()
  officerStaffId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When force was used (default: now); not before dispatch' })
  @IsOptional()
  @IsStrictDateTime()
  at?: string;
}
