import { ApiProperty } from '@nestjs/swagger';
import { INCIDENT_STATUSES, INCIDENT_TYPES, type Incident } from './incident.entity.js';

export class IncidentResponse {
  @ApiProperty({ format: 'uuid', example: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de' })
  id: string;

  @ApiProperty({ example: 'campus-hs-01' })
  campusId: string;

  @ApiProperty({ example: 'Cafeteria, north entrance' })
  location: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T14:05:00.000Z' })
  occurredAt: string;

  @ApiProperty({ enum: INCIDENT_TYPES, example: 'welfare-check' })
  type: string;

  @ApiProperty({ type: [String], example: ['S1000001'] })
  studentIds: string[];

  @ApiProperty({ example: 'Student reported as distressed by a teacher; no weapon seen.' })
  narrative: string;

  @ApiProperty({ example: true })
  mentalHealthCrisis: boolean;

  @ApiProperty({ enum: INCIDENT_STATUSES, example: 'reported' })
  status: string;

  @ApiProperty({ example: 'officer-7' })
  reportedBy: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(i: Incident): IncidentResponse {
    return Object.assign(new IncidentResponse(), {
      id: i.id,
      campusId: i.campusId,
      location: i.location,
      occurredAt: i.occurredAt.toISOString(),
      type: i.type,
      studentIds: i.studentIds,
      narrative: i.narrative,
      mentalHealthCrisis: i.mentalHealthCrisis,
      status: i.status,
      reportedBy: i.reportedBy,
      createdAt: i.createdAt.toISOString(),
    });
  }
}
