import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { DistrictResponse } from '../api/district.response.js';
import { RegisterDistrictDto } from './register-district.dto.js';
import { RegisterDistrictHandler } from './register-district.handler.js';

@ApiTags('districts')
@Controller('districts')
export class RegisterDistrictController {
  constructor(private readonly handler: RegisterDistrictHandler) {}

  @Post()
  @Endpoint({
    roles: ['platform-admin'],
    summary: 'Register a district: its identity provider, time zone, pseudonym key id and campuses',
    description: 'Publishes staffing.district.registered; every service then accepts tokens of its issuer, acting in this district only.',
    status: 201,
    response: DistrictResponse,
    problems: {
      400: 'Invalid body, unknown time zone or the reserved id platform (REQUEST.VALIDATION_FAILED)',
      409: 'The district exists (DISTRICT.ALREADY_EXISTS) or another district has the issuer (DISTRICT.ISSUER_TAKEN)',
      422: 'In production, a JWKS URL that is not https (DISTRICT.JWKS_NOT_HTTPS)',
    },
  })
  async register(@Body() dto: RegisterDistrictDto): Promise<DistrictResponse> {
    return DistrictResponse.from(await this.handler.execute(dto));
  }
}
