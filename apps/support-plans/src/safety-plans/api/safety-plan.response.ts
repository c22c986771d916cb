import { ApiPropertyOptional } from '@nestjs/swagger';
import { MEANS_VALUES } from '../data/safety-plan.entity.js';

class ContactResponse {
  @ApiPropertyOptional()
  name?: string;

  @ApiPropertyOptional()
  relationship?: string;

  @ApiPropertyOptional()
  phone?: string;
}

class MeansResponse {
  @ApiPropertyOptional({ enum: MEANS_VALUES })
  means?: string;

  @ApiPropertyOptional()
  action?: string;

  @ApiPropertyOptional()
  responsible?: string;
}

/** A safety plan as the caller may see it: the team's members get the EDU-SAFETY fields only (R3c). */
export class SafetyPlanResponse {
  @ApiPropertyOptional({ format: 'uuid' })
  id?: string;

  @ApiPropertyOptional()
  studentId?: string;

  @ApiPropertyOptional()
  campusId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'The threat-assessment case it belongs to' })
  caseId?: string | null;

  @ApiPropertyOptional({ enum: ['active', 'retired'] })
  status?: string;

  @ApiPropertyOptional({ description: 'EDU-SAFETY' })
  summary?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  reviewOn?: string | null;

  @ApiPropertyOptional({ description: 'Send as expectedVersion when revising' })
  version?: number;

  @ApiPropertyOptional({ format: 'date-time' })
  createdAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  updatedAt?: string;

  @ApiPropertyOptional({ type: [String], description: 'EDU-CLIN' })
  warningSigns?: string[];

  @ApiPropertyOptional({ type: [String], description: 'EDU-CLIN' })
  copingStrategies?: string[];

  @ApiPropertyOptional({ type: [ContactResponse], description: 'EDU-CLIN' })
  supportContacts?: ContactResponse[];

  @ApiPropertyOptional({ type: [MeansResponse], description: 'EDU-CLIN' })
  meansRestriction?: MeansResponse[];

  @ApiPropertyOptional()
  createdBy?: string;

  @ApiPropertyOptional()
  updatedBy?: string;

  @ApiPropertyOptional({ enum: ['prohibited'], description: 'R8: set when the data left the clinical unit' })
  redisclosure?: 'prohibited';
}
