import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { StaffMember } from '../data/staff-member.entity.js';
import { DEACTIVATION_REASONS, STAFF_ROLES, UNITS } from '../domain/roster-values.js';

export class StaffMemberResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'E20417', description: 'District HR employee id' })
  employeeId: string;

  @ApiProperty({ example: 'Clinician A' })
  displayName: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'clinician' })
  role: string;

  @ApiProperty({ enum: UNITS, example: 'behavioral-health' })
  unit: string;

  @ApiPropertyOptional({ example: 'LCSW-000123', nullable: true, type: String })
  licenseNumber: string | null;

  @ApiProperty({ example: true })
  active: boolean;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Roster id of their supervisor (chain of command)' })
  supervisorId: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  deactivatedAt: string | null;

  @ApiPropertyOptional({ enum: DEACTIVATION_REASONS, nullable: true, type: String })
  deactivationReason: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(s: StaffMember): StaffMemberResponse {
    return Object.assign(new StaffMemberResponse(), {
      id: s.id,
      employeeId: s.employeeId,
      displayName: s.displayName,
      role: s.role,
      unit: s.unit,
      licenseNumber: s.licenseNumber,
      active: s.active,
      supervisorId: s.supervisorId ?? null,
      deactivatedAt: s.deactivatedAt?.toISOString() ?? null,
      deactivationReason: s.deactivationReason,
      createdAt: s.createdAt.toISOString(),
    });
  }
}
