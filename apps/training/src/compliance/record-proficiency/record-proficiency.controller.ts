import { Body, Controller, Put } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { RecordProficiencyDto } from './record-proficiency.dto.js';
import { RecordProficiencyHandler } from './record-proficiency.handler.js';

export class ProficiencyResponse {
  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiProperty({ example: 'intermediate' })
  level: string;

  @ApiProperty({ format: 'date' })
  since: string;
}

@ApiTags('compliance')
@Controller('officers')
export class RecordProficiencyController {
  constructor(private readonly handler: RecordProficiencyHandler) {}

  @Put(':staffId/proficiency')
  @Endpoint({
    roles: ['admin', 'system', 'police-chief'],
    summary: "Record an officer's TCOLE proficiency certificate (intermediate and above no longer owe the 4-year CI/de-escalation courses)",
    response: ProficiencyResponse,
    problems: { 400: 'Invalid body (REQUEST.VALIDATION_FAILED)', 404: 'Not on the roster as training knows it (COMPLIANCE.UNKNOWN_STAFF)' },
  })
  async put(@UuidParam('staffId') staffId: string, @Body() dto: RecordProficiencyDto, @CurrentPrincipal() by: Principal): Promise<ProficiencyResponse> {
    await this.handler.execute(staffId, dto, by.sub);
    return { staffId, level: dto.level, since: dto.since };
  }
}
