import { CampusAssignment } from './assignments/campus-assignment.entity.js';
import { Candidate } from './hiring/candidate.entity.js';
import { OfferDecision } from './hiring/offer-decision.entity.js';
import { Position } from './hiring/position.entity.js';
import { Requisition } from './hiring/requisition.entity.js';
import { CampusGroup } from './on-call/campus-group.entity.js';
import { OnCallShiftRecord } from './on-call/on-call-shift.entity.js';
import { PsychDeclarationRecord } from './psych-declarations/psych-declaration.entity.js';
import { StaffCertification } from './staff/staff-certification.entity.js';
import { StaffEligibility } from './staff/staff-eligibility.entity.js';
import { StaffMember } from './staff/staff-member.entity.js';

export const STAFFING_ENTITIES = [
  StaffMember,
  StaffCertification,
  StaffEligibility,
  Position,
  Requisition,
  Candidate,
  OfferDecision,
  CampusAssignment,
  CampusGroup,
  OnCallShiftRecord,
  PsychDeclarationRecord,
];
