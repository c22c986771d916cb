import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { PSYCH_RESULTS, type PsychResult } from '#consent';
import { IsCalendarDate } from '#platform';

export class RecordDeclarationDto {
  @ApiProperty({ format: 'uuid', description: "Staffing's candidate id" })
  @IsUUID()
  candidateId: string;

  @ApiProperty({ enum: PSYCH_RESULTS, example: 'fit' })
  @IsIn(PSYCH_RESULTS)
  result: PsychResult;

  @ApiProperty({ format: 'date', example: '2026-11-30', description: 'Date of the declaration (the L-3 form date)' })
  @IsCalendarDate()
  declaredOn: string;
}
