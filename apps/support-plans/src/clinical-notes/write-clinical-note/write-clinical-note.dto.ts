import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class WriteClinicalNoteDto {
  @ApiProperty({ example: 'Session impressions (synthetic psychotherapy note).', description: 'PSY-NOTE: you and clinical supervisors only' })
  @IsString()
  @Length(1, 20_000)
  body: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The student's support plan the session belongs to" })
  @IsOptional()
  @IsUUID()
  supportPlanId?: string;
}
