import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { DistrictFieldsDto } from '../api/district-fields.dto.js';
import { DistrictIdParams } from '../api/district-id.param.js';
import { DistrictResponse } from '../api/district.response.js';
import { UpdateDistrictHandler } from './update-district.handler.js';

@ApiTags('districts')
@Controller('districts')
export class UpdateDistrictController {
  constructor(private readonly handler: UpdateDistrictHandler) {}

  @Put(':districtId')
  @Endpoint({
    roles: ['platform-admin'],
    summary: "Replace a district's registry entry (identity provider, time zone, pseudonym key id, campuses)",
    description: 'Publishes staffing.district.updated with the whole entry.',
    status: 200,
    response: DistrictResponse,
    problems: {
      400: 'Invalid district id or body, unknown time zone (REQUEST.VALIDATION_FAILED)',
      404: 'No such district in the registry (DISTRICT.NOT_FOUND)',
      409: "Another district has the issuer (DISTRICT.ISSUER_TAKEN), or it is the deployment's own district (DISTRICT.CONFIGURED)",
      422: 'In production, a JWKS URL that is not https (DISTRICT.JWKS_NOT_HTTPS)',
    },
  })
  async update(@Param() params: DistrictIdParams, @Body() dto: DistrictFieldsDto): Promise<DistrictResponse> {
    return DistrictResponse.from(await this.handler.execute(params.districtId, dto));
  }
}
