import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STAFF_ROLES, UNITS, type StaffMember } from './staff-member.entity.js';

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

  @ApiPropertyOptional({ enum: ['separated', 'leave', 'recorded-in-error', 'other'], nullable: true, type: String })
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
