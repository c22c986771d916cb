import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '#platform';
import { SpecCatalog } from './spec-catalog.js';

@ApiTags('portal')
@Controller('specs')
export class SpecsController {
  constructor(private readonly catalog: SpecCatalog) {}

  @Get(':service.json')
  @ApiOperation({ summary: "A service's OpenAPI document, with its server set to the portal's proxy" })
  @ApiOkResponse({ description: 'OpenAPI 3 document' })
  @ApiProblem(404, 'No such service (PORTAL.UNKNOWN_SERVICE)')
  @ApiProblem(502, 'The service did not answer (PORTAL.UPSTREAM_UNAVAILABLE)')
  spec(@Param('service') service: string): Promise<Record<string, unknown>> {
    return this.catalog.spec(service);
  }
}
