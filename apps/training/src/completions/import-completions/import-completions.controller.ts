import { Body, Controller, Headers, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Endpoint, Problem, type Principal } from '#platform';
import { CompletionImportResponse } from '../api/completion-import.response.js';
import { ImportQuery } from './import-completions.dto.js';
import { ImportCompletionsHandler } from './import-completions.handler.js';
import { parseCsvFile, parseJsonFile } from './parse-import-file.js';

@ApiTags('completions')
@Controller('completion-imports')
export class ImportCompletionsController {
  constructor(private readonly handler: ImportCompletionsHandler) {}

  @Post()
  @Endpoint({
    roles: ['admin', 'system'],
    summary: 'Bulk-import completions from a district system (CSV or JSON)',
    description:
      'Columns/fields: staffId or employeeId, courseCode, completedOn (YYYY-MM-DD), hours (optional; default the course hours). ' +
      'Each row is validated; bad rows are reported with row, field and message, good rows are kept. The same file again ' +
      'returns the first report with replayed: true (200) and records nothing; a row already on record counts as a duplicate.',
    status: 201,
    problems: {
      400: 'Unreadable file, no rows or missing columns (IMPORT.*)',
      413: 'More than 5,000 rows (IMPORT.TOO_MANY_ROWS)',
      415: 'Neither text/csv nor application/json (REQUEST.UNSUPPORTED_MEDIA_TYPE)',
    },
  })
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({
    description: 'A CSV file with a header row, or {"rows": [...]}',
    schema: {
      oneOf: [
        { type: 'string', example: 'employeeId,courseCode,completedOn,hours\nE20417,DEESC-8,2026-10-14,8\n' },
        { type: 'object', properties: { rows: { type: 'array', items: { type: 'object' } } } },
      ],
    },
  })
  @ApiCreatedResponse({ type: CompletionImportResponse, description: 'Imported (row errors, if any, listed)' })
  @ApiOkResponse({ type: CompletionImportResponse, description: 'This exact file was imported before (replayed: true)' })
  async import(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Query() query: ImportQuery,
    @CurrentPrincipal() by: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CompletionImportResponse> {
    const isCsv = /^text\/csv\b/i.test(contentType ?? '');
    if (isCsv && typeof body !== 'string') throw new Problem(400, 'IMPORT.EMPTY_FILE', 'The file has no data rows');
    const file = isCsv ? parseCsvFile(body as string) : parseJsonFile(body);
    const { record, replayed } = await this.handler.execute(file, query.fileName ?? null, by, new Date());
    if (replayed) void reply.status(200);
    return CompletionImportResponse.from(record, replayed);
  }
}
