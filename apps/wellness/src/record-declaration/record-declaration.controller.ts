import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal } from '#platform';
import { evaluatorLicense } from '../screening/psychologist.js';
import { DeclarationResponse } from '../screening/screening.responses.js';
import { RecordDeclarationDto } from './record-declaration.dto.js';
import { RecordDeclarationHandler } from './record-declaration.handler.js';

@ApiTags('screening')
@Controller('declarations')
export class RecordDeclarationController {
  constructor(private readonly handler: RecordDeclarationHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('psychologist')
  @ApiOperation({
    summary: 'Declare an officer candidate fit or not fit (TCOLE L-3, Occupations Code 1701.306)',
    description:
      'Publishes wellness.psych-declaration.recorded to staffing: candidate, result, date and the license from your token, nothing else (W3). ' +
      'Staffing then lets a current fit declaration unblock an officer offer (W4).',
  })
  @ApiCreatedResponse({ type: DeclarationResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(403, 'The token carries no license number (WELLNESS.LICENSE_REQUIRED)')
  @ApiProblem(422, "declaredOn is after today in the district's time zone (DECLARATION.DATE_IN_FUTURE)")
  async record(@Body() dto: RecordDeclarationDto, @CurrentPrincipal() by: Principal): Promise<DeclarationResponse> {
    const license = evaluatorLicense(by);
    return DeclarationResponse.from(await this.handler.execute(dto, by.sub, license));
  }
}
