import { Body, Controller, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { ApiProblem, Authorize, CurrentPrincipal, Problem, type Principal } from '#platform';
import { CompletionImportResponse } from '../completion/completion-import.response.js';
import { ImportCompletionsHandler } from './import-completions.handler.js';
import { parseCsvFile, parseJsonFile } from './parse-import-file.js';

export class ImportQuery {
  @ApiPropertyOptional({ example: 'lms-export-2026-11.csv', description: 'Shown in the import report' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  fileName?: string;
}

@ApiTags('completions')
@Controller('completion-imports')
export class ImportCompletionsController {
  constructor(private readonly handler: ImportCompletionsHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('admin', 'system')
  @ApiOperation({
    summary: 'Bulk-import completions from a district system (CSV or JSON)',
    description:
      'Columns/fields: staffId or employeeId, courseCode, completedOn (YYYY-MM-DD), hours (optional; default the course hours). ' +
      'Each row is validated; bad rows are reported with row, field and message, good rows are kept. The same file again ' +
      'returns the first report with replayed: true (200) and records nothing; a row already on record counts as a duplicate.',
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
  @ApiProblem(400, 'Unreadable file, no rows or missing columns (IMPORT.*)')
  @ApiProblem(413, 'More than 5,000 rows (IMPORT.TOO_MANY_ROWS)')
  @ApiProblem(415, 'Neither text/csv nor application/json (REQUEST.UNSUPPORTED_MEDIA_TYPE)')
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
