import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UNIT_VALUES } from '#contracts';

class PeriodResponse {
  @ApiProperty({ format: 'date', example: '2025-09-01' })
  from: string;

  @ApiProperty({ format: 'date', example: '2027-09-01', description: 'Exclusive' })
  to: string;
}

export class RequirementResponse {
  @ApiProperty({ enum: ['TCOLE_UNIT_HOURS', 'TCOLE_LEGISLATIVE_UPDATE', 'CRISIS_INTERVENTION', 'DE_ESCALATION', 'LICENSE_CURRENT', 'CEU_HOURS', 'ETHICS_HOURS'] })
  code: string;

  @ApiProperty({ type: PeriodResponse, description: 'The TCOLE unit (2 years) or cycle (4 years) containing asOf' })
  period: PeriodResponse;

  @ApiProperty({ example: 40, description: 'Hours (TCOLE_UNIT_HOURS) or courses (the others)' })
  required: number;

  @ApiProperty({ example: 32 })
  completed: number;

  @ApiProperty()
  met: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, example: '32 of 40 TCOLE hours in the unit 2025-09-01 to 2027-08-31' })
  reason: string | null;
}

export class PersonComplianceResponse {
  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiProperty({ example: 'E20417' })
  employeeId: string;

  @ApiProperty({ example: 'officer' })
  role: string;

  @ApiProperty({ enum: UNIT_VALUES })
  unit: string;

  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty({ description: 'Every requirement that applies is met (none apply to clinicians)' })
  compliant: boolean;

  @ApiProperty({ type: [RequirementResponse] })
  requirements: RequirementResponse[];
}

export class OutOfComplianceResponse {
  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiProperty()
  employeeId: string;

  @ApiProperty()
  role: string;

  @ApiProperty({ type: [String], example: ['no legislative update in the unit 2025-09-01 to 2027-08-31'] })
  reasons: string[];
}

export class UnitComplianceResponse {
  @ApiProperty({ enum: UNIT_VALUES })
  unit: string;

  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty({ example: 42, description: 'Active staff of the unit evaluated' })
  evaluated: number;

  @ApiProperty({ example: 39 })
  compliant: number;

  @ApiProperty({ type: [OutOfComplianceResponse] })
  outOfCompliance: OutOfComplianceResponse[];
}
