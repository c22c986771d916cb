import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, IsUrl, Length, Matches, ValidateBy } from 'class-validator';
import { DISTRICT_ID_PATTERN } from '#contracts';
import { isTimeZone } from '#platform';

/** An IANA time zone name the runtime knows, checked with Intl.DateTimeFormat (400 otherwise). */
function IsTimeZone(): PropertyDecorator {
  return ValidateBy({ name: 'isTimeZone', validator: { validate: isTimeZone, defaultMessage: () => '$property must be an IANA time zone such as America/Chicago' } });
}

/** A registry entry's fields (the id comes from the body on POST, from the path on PUT). */
export class DistrictFieldsDto {
  @ApiProperty({ example: 'El Paso ISD' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'https://idp.episd.example/', description: "The `iss` of the district identity provider's tokens; one district per issuer" })
  @IsString()
  @Length(1, 500)
  issuer: string;

  @ApiProperty({ example: 'https://idp.episd.example/.well-known/jwks.json', description: "The identity provider's JWKS (its signing keys)" })
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: '$property must be an http(s) URL' })
  @Length(1, 2000)
  jwksUrl: string;

  @ApiProperty({ example: 'urn:joint-response:api', description: 'The `aud` its tokens must carry' })
  @IsString()
  @Length(1, 500)
  audience: string;

  @ApiProperty({ example: 'America/Denver', description: 'IANA time zone of the district calendar' })
  @IsTimeZone()
  timeZone: string;

  @ApiProperty({ example: 'episd-2026', pattern: '^[A-Za-z0-9._-]{1,32}$', description: "Id of the district's analytics pseudonym key" })
  @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: '$property must be 1-32 letters, digits, dots, dashes or underscores' })
  pseudonymKeyId: string;

  @ApiProperty({ type: [String], example: ['campus-hs-01', 'campus-ms-02'], description: 'Campuses the district owns' })
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  campusIds: string[];

  @ApiPropertyOptional({ example: 'esc-region-19', pattern: DISTRICT_ID_PATTERN, description: 'The region the district belongs to: its regional-admin sees suppressed counts only' })
  @IsOptional()
  @Matches(new RegExp(DISTRICT_ID_PATTERN), { message: '$property must be 1-32 letters, digits or dashes' })
  regionId?: string;
}
