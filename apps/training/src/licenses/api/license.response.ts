import { ApiProperty } from '@nestjs/swagger';
import type { ClinicianLicense } from '../data/clinician-license.entity.js';
import { LICENSE_TYPES } from '../domain/license-type.js';

export class LicenseResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'Roster id from the staffing service' })
  staffId: string;

  @ApiProperty({ enum: LICENSE_TYPES })
  licenseType: string;

  @ApiProperty({ example: '12345' })
  licenseNumber: string;

  @ApiProperty({ format: 'date' })
  issuedOn: string;

  @ApiProperty({ format: 'date', description: 'Exclusive' })
  expiresOn: string;

  @ApiProperty({ example: 'bh-director-1' })
  recordedBy: string;

  static from(l: ClinicianLicense): LicenseResponse {
    return Object.assign(new LicenseResponse(), {
      id: l.id,
      staffId: l.staffId,
      licenseType: l.licenseType,
      licenseNumber: l.licenseNumber,
      issuedOn: l.issuedOn,
      expiresOn: l.expiresOn,
      recordedBy: l.recordedBy,
    });
  }
}
