import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { StudentIdParam } from '../../students/api/student-id.pipe.js';
import { DisclosureResponse } from '../api/disclosure.response.js';
import { ListDisclosuresQuery } from './list-disclosures.dto.js';
import { ListDisclosuresHandler } from './list-disclosures.handler.js';

@ApiTags('disclosures')
@Controller('students')
export class ListDisclosuresController {
  constructor(private readonly handler: ListDisclosuresHandler) {}

  /**
   * Who may read it: the clinical team and the bh-director (they keep the records and answer for
   * their disclosures), administrators (the district's FERPA compliance office), and `system`: the
   * district's parent portal, which verifies a parent or eligible student and shows them their
   * record of disclosures (99.32(c)); families hold no staff token. Police roles and analysts may
   * not: the log itself reveals which clinical records exist and where they went.
   */
  @Get(':studentId/disclosures')
  @Endpoint({
    roles: ['clinician', 'bh-director', 'admin', 'system'],
    summary: "The record of disclosures of a student's education records (R7, 34 CFR 99.32), oldest first",
    description:
      'Every disclosure outside the clinical team (and, flagged exempt, the ones 99.32 does not require): who, to whom, when, ' +
      'which classes and fields, on what basis. Hash-chained: each entry carries the hash of the one before it once sealed ' +
      'into the chain (moments after the disclosure); entries not sealed yet come last, seq, prevHash and hash null.',
    response: [DisclosureResponse],
  })
  async list(@StudentIdParam() studentId: string, @Query() q: ListDisclosuresQuery): Promise<DisclosureResponse[]> {
    return (await this.handler.execute(studentId, q.after ?? 0, q.limit ?? 100)).map((r) => DisclosureResponse.from(r));
  }
}
