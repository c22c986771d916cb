import { PeerCertification } from './roster/peer-certification.entity.js';
import { WellnessStaffMember } from './roster/staff-member.entity.js';
import { PsychDeclaration } from './screening/psych-declaration.entity.js';
import { PsychEvaluation } from './screening/psych-evaluation.entity.js';
import { EapClinician } from './support/eap-clinician.entity.js';
import { Escalation } from './support/escalation.entity.js';
import { SupportOffer } from './support/support-offer.entity.js';

export const WELLNESS_ENTITIES = [PsychEvaluation, PsychDeclaration, SupportOffer, Escalation, EapClinician, WellnessStaffMember, PeerCertification];
