import { Injectable } from '@nestjs/common';
import type { Principal } from '#platform';
import { ConsentGate, disclosedData } from '../../consent-gate/data/consent-gate.js';
import { GatedReads } from '../../consent-gate/data/gated-reads.js';
import type { ThreatCaseResponse } from '../api/threat-case.response.js';
import { loadThreatCaseView } from '../data/threat-case.view.js';

/**
 * Every read of a case goes through the consent gate, for purpose threat-assessment: clinicians
 * see it all (their unit keeps it), a police or administrator member of a multidisciplinary team
 * its EDU-SAFETY fields (R3c, R11), anyone else exactly what a missing case gets (R10).
 */
@Injectable()
export class GetCaseHandler {
  constructor(
    private readonly reads: GatedReads,
    private readonly gate: ConsentGate,
  ) {}

  execute(id: string, requester: Principal, actingRole: string | undefined, now: Date): Promise<ThreatCaseResponse> {
    return this.reads.transaction(async (em) => {
      const view = await loadThreatCaseView(em, id);
      const read = await this.gate.read(
        em,
        {
          recordType: 'threat-assessment',
          record: view,
          recordFacts: { studentId: view?.studentId ?? '', caseId: id },
          recordId: id,
          requester,
          actingRole,
          purpose: 'threat-assessment',
          caseId: id,
          notFound: { code: 'THREAT_CASE.NOT_FOUND', detail: `No threat-assessment case ${id}` },
        },
        now,
      );
      return { id, ...disclosedData(read) };
    });
  }
}
