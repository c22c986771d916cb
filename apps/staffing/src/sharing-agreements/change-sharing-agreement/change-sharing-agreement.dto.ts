import { AgreementTermsDto } from '../api/agreement-terms.dto.js';

/** The whole terms, replaced (the two districts are the agreement's identity: a new pair is a new agreement). */
export class ChangeSharingAgreementDto extends AgreementTermsDto {}
