import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CandidateResponse } from '../api/hiring.responses.js';
import { AddCandidateDto } from './add-candidate.dto.js';
import { AddCandidateHandler } from './add-candidate.handler.js';

@ApiTags('hiring')
@Controller('requisitions')
export class AddCandidateController {
  constructor(private readonly handler: AddCandidateHandler) {}

  @Post(':id/candidates')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director', 'system'],
    summary: 'Add a candidate to a requisition (starts in screening)',
    status: 201,
    response: CandidateResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such requisition (REQUISITION.NOT_FOUND)',
      409: 'The requisition is filled or cancelled (REQUISITION.NOT_OPEN)',
    },
  })
  async add(@UuidParam('id') id: string, @Body() dto: AddCandidateDto): Promise<CandidateResponse> {
    return CandidateResponse.from(await this.handler.execute(id, dto), []);
  }
}
