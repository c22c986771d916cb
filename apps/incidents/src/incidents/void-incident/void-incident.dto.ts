import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { VOID_REASON_VALUES, type VoidReasonValue } from '#contracts';
import { StepTimeDto } from '../api/step-time.dto.js';

export class VoidIncidentDto extends StepTimeDto {
  @ApiProperty({ enum: VOID_REASON_VALUES, example: 'duplicate' })
  @IsIn(VOID_REASON_VALUES)
  reason: VoidReasonValue;

  @ApiPropertyOptional({ maxLength: 500, example: 'Same call as incident 0b7a4c1e (synthetic).', description: 'Kept on the record; never on any topic' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}
