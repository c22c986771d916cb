import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { DISTRICT_ID } from '#platform';

export class RegisterEapClinicianDto {
  @ApiProperty({ example: 'eap-clinician-1', description: "The clinician's token subject" })
  @IsString()
  @Length(1, 128)
  sub: string;

  @ApiProperty({ example: 'EAP clinician A' })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiProperty({ example: 'LPC-77231' })
  @Matches(DISTRICT_ID)
  license: string;
}
