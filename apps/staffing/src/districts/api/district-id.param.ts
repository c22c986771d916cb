import { IsDistrictId } from '#platform';

/** `/districts/{districtId}`: the district id rule (400 otherwise). */
export class DistrictIdParams {
  @IsDistrictId()
  districtId: string;
}
