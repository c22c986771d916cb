import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';

export class MarkCriticalIncidentDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Staff involved besides the dispatched officer and clinician (roster staff ids); each is offered a confidential debrief',
  })
  @IsOptional()
  @ArrayMaxSize(18)
  @IsUUID('4', { each: true })
  alsoInvolved?: string[];
}
