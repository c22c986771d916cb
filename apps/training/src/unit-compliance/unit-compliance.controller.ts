import { Controller, Get, Param, ParseEnumPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { UNIT_VALUES } from '#contracts';
import { ApiProblem, Authorize } from '#platform';
import { districtDay } from '../calendar/district-time.js';
import { AsOfQuery } from '../compliance/as-of-query.js';
import { complianceOf, unitRows } from '../compliance/compliance-report.js';
import { UnitComplianceResponse } from '../compliance/compliance.responses.js';

const UNIT_ENUM = Object.fromEntries(UNIT_VALUES.map((u) => [u, u]));

@ApiTags('compliance')
@Controller('compliance/units')
export class UnitComplianceController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':unit')
  @Authorize('admin', 'system', 'police-chief', 'bh-director', 'analyst')
  @ApiOperation({ summary: 'Who in a unit is out of training compliance, and why (active staff only)' })
  @ApiParam({ name: 'unit', enum: UNIT_VALUES })
  @ApiOkResponse({ type: UnitComplianceResponse })
  @ApiProblem(400, 'Unknown unit or bad date (REQUEST.INVALID / REQUEST.VALIDATION_FAILED)')
  async get(@Param('unit', new ParseEnumPipe(UNIT_ENUM)) unit: string, @Query() query: AsOfQuery): Promise<UnitComplianceResponse> {
    const em = this.dataSource.manager;
    const asOf = query.asOf ?? districtDay(new Date());
    const reports = await complianceOf(em, await unitRows(em, unit), asOf);
    return {
      unit,
      asOf,
      evaluated: reports.length,
      compliant: reports.filter((r) => r.compliant).length,
      outOfCompliance: reports
        .filter((r) => !r.compliant)
        .map((r) => ({ staffId: r.staffId, employeeId: r.employeeId, role: r.role, reasons: r.requirements.filter((q) => !q.met).map((q) => q.reason!) })),
    };
  }
}
