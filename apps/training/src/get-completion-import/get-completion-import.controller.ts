import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, Problem, UuidParam } from '#platform';
import { CompletionImport } from '../completion/completion-import.entity.js';
import { CompletionImportResponse } from '../completion/completion-import.response.js';

@ApiTags('completions')
@Controller('completion-imports')
export class GetCompletionImportController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @Authorize('admin', 'system')
  @ApiOperation({ summary: 'Read an import report again' })
  @ApiOkResponse({ type: CompletionImportResponse })
  @ApiProblem(404, 'No such import (IMPORT.NOT_FOUND)')
  async get(@UuidParam('id') id: string): Promise<CompletionImportResponse> {
    const record = await this.dataSource.manager.findOneBy(CompletionImport, { id });
    if (!record) throw Problem.notFound('IMPORT.NOT_FOUND', `No completion import ${id}`);
    return CompletionImportResponse.from(record, false);
  }
}
