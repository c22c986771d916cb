import { Body, Controller, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, Problem, UuidParam } from '#platform';
import { OfficerProficiency } from '../compliance/officer-proficiency.entity.js';
import { Person } from '../compliance/person.entity.js';
import { RecordProficiencyDto } from './record-proficiency.dto.js';

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
  constructor(private readonly dataSource: DataSource) {}

  @Put(':staffId/proficiency')
  @Authorize('admin', 'system', 'police-chief')
  @ApiOperation({ summary: "Record an officer's TCOLE proficiency certificate (intermediate and above no longer owe the 4-year CI/de-escalation courses)" })
  @ApiOkResponse({ type: ProficiencyResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'Not on the roster as training knows it (COMPLIANCE.UNKNOWN_STAFF)')
  async put(@UuidParam('staffId') staffId: string, @Body() dto: RecordProficiencyDto, @CurrentPrincipal() by: Principal): Promise<ProficiencyResponse> {
    // Only people training knows from staffing's roster events: a typo must not create a phantom officer.
    if (!(await this.dataSource.getRepository(Person).existsBy({ staffId }))) {
      throw Problem.notFound('COMPLIANCE.UNKNOWN_STAFF', `Staff member ${staffId} is not on the roster training knows`);
    }
    await this.dataSource.getRepository(OfficerProficiency).upsert({ staffId, level: dto.level, since: dto.since, recordedBy: by.sub }, ['staffId']);
    return { staffId, level: dto.level, since: dto.since };
  }
}
