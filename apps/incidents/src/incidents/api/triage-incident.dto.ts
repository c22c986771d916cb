import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import { INCIDENT_PRIORITIES, type IncidentPriority } from '../data/incident.entity.js';
import { StepTimeDto } from './step-time.dto.js';

export class TriageIncidentDto extends StepTimeDto {
  @ApiProperty({ enum: INCIDENT_PRIORITIES, example: 'urgent' })
  @IsIn(INCIDENT_PRIORITIES)
  priority: IncidentPriority;

  @ApiProperty({
    example: true,
    description: 'Send a CIT officer together with the on-call clinician (co-response); false sends an officer only',
  })
  @IsBoolean()
  coResponseIndicated: boolean;
}
