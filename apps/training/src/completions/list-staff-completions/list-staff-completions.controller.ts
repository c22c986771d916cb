import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CompletionResponse } from '../api/completion.response.js';
import { ListStaffCompletionsHandler } from './list-staff-completions.handler.js';

@ApiTags('completions')
@Controller('staff')
export class ListStaffCompletionsController {
  constructor(private readonly handler: ListStaffCompletionsHandler) {}

  @Get(':staffId/completions')
  @Endpoint({
    roles: ['admin', 'system', 'police-chief', 'bh-director'],
    summary: "A staff member's course completions, oldest first",
    response: [CompletionResponse],
  })
  async list(@UuidParam('staffId') staffId: string): Promise<CompletionResponse[]> {
    return (await this.handler.execute(staffId)).map(CompletionResponse.from);
  }
}
