import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { RecipientRefDto } from '../../consent-gate/api/recipient-ref.dto.js';

export class IssueBreakGlassDto {
  @ApiProperty({ example: 'Student posted a specific threat to bring a weapon to campus today.', description: 'The articulable and significant threat (R6)' })
  @IsString()
  @Length(1, 2000)
  threat: string;

  @ApiProperty({ example: 'Responding officers need the safety plan to de-escalate safely.', description: 'Why these parties need these records now' })
  @IsString()
  @Length(1, 2000)
  justification: string;

  @ApiProperty({ type: [RecipientRefDto], description: 'The appropriate parties besides you (people, roles or a unit)' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RecipientRefDto)
  recipients: RecipientRefDto[];

  @ApiPropertyOptional({ example: 240, description: 'Shorter than the policy default (24 h) when the emergency is known to be brief; at most 72 h' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  durationMinutes?: number;
}
