import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiProblem, CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { evaluatorLicense } from '../api/psychologist.js';
import { DeclarationResponse } from '../api/screening.responses.js';
import { RecordDeclarationDto } from './record-declaration.dto.js';
import { RecordDeclarationHandler } from './record-declaration.handler.js';

@ApiTags('screening')
@Controller('declarations')
export class RecordDeclarationController {
  constructor(private readonly handler: RecordDeclarationHandler) {}

  @Post()
  @Endpoint({
    roles: ['psychologist'],
    summary: 'Declare an officer candidate fit or not fit (TCOLE L-3, Occupations Code 1701.306)',
    description:
      'Publishes wellness.psych-declaration.recorded to staffing: candidate, result, date and the license from your token, nothing else (W3). ' +
      'Staffing then lets a current fit declaration unblock an officer offer (W4).',
    status: 201,
    response: DeclarationResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      422: "declaredOn is after today in the district's time zone (DECLARATION.DATE_IN_FUTURE)",
    },
  })
  // Below @Endpoint so it is applied before the role check's own 403: the merged 403 then names this code first (its example).
  @ApiProblem(403, 'The token carries no license number (WELLNESS.LICENSE_REQUIRED)')
  async record(@Body() dto: RecordDeclarationDto, @CurrentPrincipal() by: Principal): Promise<DeclarationResponse> {
    const license = evaluatorLicense(by);
    return DeclarationResponse.from(await this.handler.execute(dto, by.sub, license));
  }
}
