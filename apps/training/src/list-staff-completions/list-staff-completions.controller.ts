import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Authorize, UuidParam } from '#platform';
import { Completion } from '../completion/completion.entity.js';
import { CompletionResponse } from '../completion/completion.response.js';

@ApiTags('completions')
@Controller('staff')
export class ListStaffCompletionsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':staffId/completions')
  @Authorize('admin', 'system', 'police-chief', 'bh-director')
  @ApiOperation({ summary: "A staff member's course completions, oldest first" })
  @ApiOkResponse({ type: [CompletionResponse] })
  async list(@UuidParam('staffId') staffId: string): Promise<CompletionResponse[]> {
    const rows = await this.dataSource.manager.find(Completion, { where: { staffId }, order: { completedOn: 'ASC', courseCode: 'ASC' } });
    return rows.map(CompletionResponse.from);
  }
}
