import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { District } from '#contracts';

export class DistrictResponse {
  @ApiProperty({ example: 'elpaso-isd' })
  districtId: string;

  @ApiProperty({ example: 'El Paso ISD' })
  name: string;

  @ApiProperty({ example: 'https://idp.episd.example/' })
  issuer: string;

  @ApiProperty({ example: 'https://idp.episd.example/.well-known/jwks.json' })
  jwksUrl: string;

  @ApiProperty({ example: 'urn:joint-response:api' })
  audience: string;

  @ApiProperty({ example: 'America/Denver' })
  timeZone: string;

  @ApiProperty({ example: 'episd-2026' })
  pseudonymKeyId: string;

  @ApiProperty({ type: [String], example: ['campus-hs-01'] })
  campusIds: string[];

  @ApiPropertyOptional({ example: 'esc-region-19' })
  regionId?: string;

  static from(d: District): DistrictResponse {
    return Object.assign(new DistrictResponse(), {
      districtId: d.districtId,
      name: d.name,
      issuer: d.issuer,
      jwksUrl: d.jwksUrl,
      audience: d.audience,
      timeZone: d.timeZone,
      pseudonymKeyId: d.pseudonymKeyId,
      campusIds: d.campusIds,
      ...(d.regionId ? { regionId: d.regionId } : {}),
    });
  }
}
