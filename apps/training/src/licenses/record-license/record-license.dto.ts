import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsCalendarDate, IsDistrictId } from '#platform';
import { LICENSE_TYPES, type LicenseType } from '../domain/license-type.js';

export class RecordLicenseDto {
  @ApiProperty({ enum: LICENSE_TYPES, example: 'LCSW' })
  @IsIn(LICENSE_TYPES)
  licenseType: LicenseType;

  @ApiProperty({ example: '12345', description: "The board's license number" })
  @IsDistrictId()
  licenseNumber: string;

  @ApiProperty({ format: 'date', example: '2025-04-01' })
  @IsCalendarDate()
  issuedOn: string;

  @ApiProperty({ format: 'date', example: '2027-04-01', description: 'Exclusive: the first day the license no longer counts' })
  @IsCalendarDate()
  expiresOn: string;
}
