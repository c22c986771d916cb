import { Body, Controller, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { RegisterEapClinicianDto } from './register-eap-clinician.dto.js';
import { RegisterEapClinicianHandler } from './register-eap-clinician.handler.js';

@ApiTags('support')
@Controller('eap-clinicians')
export class RegisterEapClinicianController {
  constructor(private readonly handler: RegisterEapClinicianHandler) {}

  @Put()
  @Endpoint({
    roles: ['admin'],
    summary: 'Register (or update) a licensed EAP clinician who takes debriefs and escalations (W7, W9)',
    status: 200,
    response: RegisterEapClinicianDto,
    problems: { 400: 'Invalid body (REQUEST.VALIDATION_FAILED)' },
  })
  register(@Body() dto: RegisterEapClinicianDto): Promise<RegisterEapClinicianDto> {
    return this.handler.execute(dto);
  }
}
