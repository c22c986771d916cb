import { ApiProperty } from '@nestjs/swagger';
import { NotEquals } from 'class-validator';
import { IsDistrictId, PLATFORM_DISTRICT_ID } from '#platform';
import { AgreementTermsDto } from '../api/agreement-terms.dto.js';

const notPlatform = { message: `$property ${PLATFORM_DISTRICT_ID} is the registry's tenant, not a district` };

export class RecordSharingAgreementDto extends AgreementTermsDto {
  @ApiProperty({ example: 'elpaso-isd', description: 'The district whose on-call clinicians and/or co-responders are shared' })
  @IsDistrictId()
  @NotEquals(PLATFORM_DISTRICT_ID, notPlatform)
  providerDistrictId: string;

  @ApiProperty({ example: 'canutillo-isd', description: 'The district whose campuses they may serve' })
  @IsDistrictId()
  @NotEquals(PLATFORM_DISTRICT_ID, notPlatform)
  receiverDistrictId: string;
}
