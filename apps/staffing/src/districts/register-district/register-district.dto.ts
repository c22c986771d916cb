import { NotEquals } from 'class-validator';
import { IsDistrictId, PLATFORM_DISTRICT_ID } from '#platform';
import { DistrictFieldsDto } from '../api/district-fields.dto.js';

export class RegisterDistrictDto extends DistrictFieldsDto {
  // `platform` is the registry's own tenant: never a district.
  @IsDistrictId()
  @NotEquals(PLATFORM_DISTRICT_ID, { message: `$property ${PLATFORM_DISTRICT_ID} is reserved` })
  districtId: string;
}
