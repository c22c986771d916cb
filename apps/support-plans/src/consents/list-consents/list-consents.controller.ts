import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { StudentIdParam } from '../../students/api/student-id.pipe.js';
import { ConsentResponse } from '../api/consent.response.js';
import { ListConsentsHandler } from './list-consents.handler.js';

@ApiTags('consents')
@Controller('students')
export class ListConsentsController {
  constructor(private readonly handler: ListConsentsHandler) {}

  @Get(':studentId/consents')
  @Endpoint({
    roles: ['clinician', 'bh-director', 'admin'],
    summary: "A student's consents, revoked and expired ones included, oldest first (with their status now)",
    response: [ConsentResponse],
  })
  async list(@StudentIdParam() studentId: string): Promise<ConsentResponse[]> {
    const now = new Date();
    return (await this.handler.execute(studentId)).map((c) => ConsentResponse.from(c, now));
  }
}
