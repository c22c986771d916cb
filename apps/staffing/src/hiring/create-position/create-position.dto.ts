import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { StaffRoleField, UnitField } from '../../staff/api/roster-fields.js';
import type { StaffRole, Unit } from '../../staff/domain/roster-values.js';

export class CreatePositionDto {
  @ApiProperty({ example: 'BH-CLIN-07', description: 'Budget position code' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,31}$/, { message: 'code must be 1-32 upper-case letters, digits or dashes' })
  code: string;

  @ApiProperty({ example: 'Campus clinician (LCSW)' })
  @IsString()
  @Length(1, 200)
  title: string;

  @StaffRoleField()
  role: StaffRole;

  @UnitField()
  unit: Unit;
}
