import { Controller, Get, Param, ParseEnumPipe, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { UNIT_VALUES } from '#contracts';
import { Endpoint } from '#platform';
import { AsOfQuery } from '../api/as-of-query.js';
import { UnitComplianceResponse } from '../api/compliance.responses.js';
import { UnitComplianceHandler } from './unit-compliance.handler.js';

const UNIT_ENUM = Object.fromEntries(UNIT_VALUES.map((u) => [u, u]));

@ApiTags('compliance')
@Controller('compliance/units')
export class UnitComplianceController {
  constructor(private readonly handler: UnitComplianceHandler) {}

  @Get(':unit')
  @Endpoint({
    roles: ['admin', 'system', 'police-chief', 'bh-director', 'analyst'],
    summary: 'Who in a unit is out of training compliance, and why (active staff only)',
    response: UnitComplianceResponse,
    problems: { 400: 'Unknown unit or bad date (REQUEST.INVALID / REQUEST.VALIDATION_FAILED)' },
  })
  @ApiParam({ name: 'unit', enum: UNIT_VALUES })
  get(@Param('unit', new ParseEnumPipe(UNIT_ENUM)) unit: string, @Query() query: AsOfQuery): Promise<UnitComplianceResponse> {
    return this.handler.execute(unit, query.asOf, new Date());
  }
}
