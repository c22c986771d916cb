import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CompletionImportResponse } from '../api/completion-import.response.js';
import { GetCompletionImportHandler } from './get-completion-import.handler.js';

@ApiTags('completions')
@Controller('completion-imports')
export class GetCompletionImportController {
  constructor(private readonly handler: GetCompletionImportHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['admin', 'system'],
    summary: 'Read an import report again',
    response: CompletionImportResponse,
    problems: { 404: 'No such import (IMPORT.NOT_FOUND)' },
  })
  async get(@UuidParam('id') id: string): Promise<CompletionImportResponse> {
    return CompletionImportResponse.from(await this.handler.execute(id), false);
  }
}
