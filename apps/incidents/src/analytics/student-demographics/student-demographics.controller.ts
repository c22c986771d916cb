import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { StudentDemographicsDto, StudentDemographicsParams } from './student-demographics.dto.js';
import { StudentDemographicsHandler } from './student-demographics.handler.js';

@ApiTags('analytics')
@Controller('students')
export class StudentDemographicsController {
  constructor(private readonly handler: StudentDemographicsHandler) {}

  @Put(':studentId/demographics')
  @Endpoint({
    roles: ['system'],
    summary: "The SIS sends a student's demographic categories (for de-identified disproportionality counts)",
    description:
      'Write-only, for the SIS (role system): grade band, sex, race/ethnicity, special education (IEP/504) and emergent bilingual, ' +
      'closed vocabularies. No route reads them back. They reach only the data teams’ stream, one dimension per record with the month ' +
      'and no pseudonym, incident or campus (R12), and reports suppress small cells.',
    status: 204,
    problems: { 400: 'Invalid student id or category (REQUEST.VALIDATION_FAILED)' },
  })
  @ApiNoContentResponse({ description: 'Stored (replaces what the SIS sent before)' })
  async put(@Param() params: StudentDemographicsParams, @Body() dto: StudentDemographicsDto, @CurrentPrincipal() by: Principal): Promise<void> {
    await this.handler.put(params.studentId, dto, by.sub);
  }
}
