import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { STAFF_ROLES, UNITS, type StaffRole, type Unit } from '../staff/staff-member.entity.js';

export class CreatePositionDto {
  @ApiProperty({ example: 'BH-CLIN-07', description: 'Budget position code' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,31}$/, { message: 'code must be 1-32 upper-case letters, digits or dashes' })
  code: string;

  @ApiProperty({ example: 'Campus clinician (LCSW)' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'clinician' })
  @IsIn(STAFF_ROLES)
  role: StaffRole;

  @ApiProperty({ enum: UNITS, example: 'behavioral-health' })
  @IsIn(UNITS)
  unit: Unit;
}
