import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { STAFF_ROLES, UNITS, type StaffRole, type Unit } from '../staff/staff-member.entity.js';
import { IsDistrictId } from '#platform';

export class AddStaffMemberDto {
  @ApiProperty({ example: 'E20417', description: 'District HR employee id' })
  @IsDistrictId()
  employeeId: string;

  @ApiProperty({ example: 'Clinician A' })
  @IsString()
  @Length(1, 120)
  displayName: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'clinician' })
  @IsIn(STAFF_ROLES)
  role: StaffRole;

  @ApiProperty({ enum: UNITS, example: 'behavioral-health' })
  @IsIn(UNITS)
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
