import { Problem } from '#platform';
import type { AgreementRefusal } from '../domain/agreement-rules.js';

/** The agreement's refusals beyond field formats, with stable codes (422: the body is well-formed but names what cannot be). */
export function agreementProblem(r: AgreementRefusal): Problem {
  switch (r.kind) {
    case 'UNKNOWN_DISTRICT':
      return new Problem(422, 'SHARING_AGREEMENT.UNKNOWN_DISTRICT', `No district ${r.districtId} in the registry`, { districtId: r.districtId });
    case 'SAME_DISTRICT':
      return new Problem(422, 'SHARING_AGREEMENT.SAME_DISTRICT', 'The provider and receiver must be two different districts');
    case 'CAMPUS_NOT_RECEIVERS':
      return new Problem(422, 'SHARING_AGREEMENT.CAMPUS_NOT_RECEIVERS', `Not campuses of the receiving district: ${r.campusIds.join(', ')}`, { campusIds: r.campusIds });
    case 'PERIOD_EMPTY':
      return new Problem(422, 'SHARING_AGREEMENT.PERIOD_EMPTY', 'effectiveUntil must be after effectiveFrom');
  }
}

export const agreementNotFound = (agreementId: string) => Problem.notFound('SHARING_AGREEMENT.NOT_FOUND', `No sharing agreement ${agreementId}`);

export const agreementEnded = (agreementId: string, endedAt: string) =>
  Problem.conflict('SHARING_AGREEMENT.ENDED', `Sharing agreement ${agreementId} was ended at ${endedAt}`, { endedAt });
