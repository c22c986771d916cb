import { IsOptional } from 'class-validator';
import { IsDistrictId } from '#platform';

export class ListSharingAgreementsQuery {
  /** Only the agreements this district is party to, as provider or receiver. */
  @IsOptional()
  @IsDistrictId()
  districtId?: string;
}
