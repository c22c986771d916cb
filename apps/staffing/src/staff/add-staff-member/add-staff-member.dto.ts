import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { IsDistrictId } from '#platform';
import { StaffRoleField, UnitField } from '../api/roster-fields.js';
import type { StaffRole, Unit } from '../domain/roster-values.js';

export class AddStaffMemberDto {
  @ApiProperty({ example: 'E20417', description: 'District HR employee id' })
  @IsDistrictId()
  employeeId: string;

  @ApiProperty({ example: 'Clinician A' })
  @IsString()
  @Length(1, 120)
  displayName: string;

  @StaffRoleField()
  role: StaffRole;

  @UnitField()
  unit: Unit;

  @ApiPropertyOptional({ example: 'LCSW-000123', description: 'Required for clinicians' })
  @ValidateIf((o: AddStaffMemberDto) => o.role === 'clinician' || o.licenseNumber !== undefined)
  @IsString()
  @Length(1, 64)
  licenseNumber?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Roster id of their supervisor; wellness matches peer support outside this chain of command" })
  @IsOptional()
  @IsUUID()
  supervisorId?: string;
}
