import type { ServiceName } from '../services.js';
import { ConsentRevokedEvent, PoliceProjectionPublishedEvent, PoliceProjectionWithdrawnEvent } from './support/index.js';
import { ReferralRequestedEvent, TipReceivedEvent } from './incidents/index.js';
import {
  AssignmentChangedEvent,
  DistrictRegisteredEvent,
  SharingAgreementChangedEvent,
  SharingAgreementRecordedEvent,
  DistrictUpdatedEvent,
  OnCallShiftChangedEvent,
  OnCallShiftPublishedEvent,
  StaffAddedEvent,
  StaffDeactivatedEvent,
} from './staffing/index.js';
import { CertificationGrantedEvent, CertificationRevokedEvent, CompletionRecordedEvent, EligibilityChangedEvent } from './training/index.js';
import { PsychDeclarationRecordedEvent } from './wellness/index.js';
import { CriticalIncidentRecordedEvent } from './incidents/index.js';

/**
 * Every consumer group, the events it applies and why. The consumer runner refuses a handler that
 * is not listed here with the same events, so this list (and the AsyncAPI built from it) stays true.
 */
export interface ConsumerDefinition {
  group: string;
  service: ServiceName;
  events: readonly string[];
  purpose: string;
}

export const CONSUMERS: readonly ConsumerDefinition[] = [
  {
    group: 'incidents.support-disclosures',
    service: 'incidents',
    events: [PoliceProjectionPublishedEvent.type, PoliceProjectionWithdrawnEvent.type, ConsentRevokedEvent.type],
    purpose: 'Police-side read model of consented clinical data (R3, R8); drops every row built under a revoked consent in the same transaction (R9).',
  },
  {
    group: 'support-plans.referral-intake',
    service: 'support-plans',
    events: [ReferralRequestedEvent.type],
    purpose: 'Referrals from incident dispositions (diversion, referral): one referral per request, minimum LE facts copied as an education record (R1, R2).',
  },
  {
    group: 'support-plans.threat-case-intake',
    service: 'support-plans',
    events: [TipReceivedEvent.type],
    purpose: 'Threat and weapon tips open a threat-assessment case per student named (TEC 37.115, R11).',
  },
  {
    group: 'incidents.co-responder-eligibility',
    service: 'incidents',
    events: [CertificationGrantedEvent.type, CertificationRevokedEvent.type],
    purpose: 'Officer half of co-responder eligibility: a current, unrevoked CIT certification.',
  },
  {
    group: 'incidents.co-responder-roster',
    service: 'incidents',
    events: [
      StaffAddedEvent.type,
      StaffDeactivatedEvent.type,
      AssignmentChangedEvent.type,
      OnCallShiftPublishedEvent.type,
      OnCallShiftChangedEvent.type,
    ],
    purpose: 'Co-responder dispatch: who is an active officer or licensed clinician, campus assignments, and clinician on-call shifts.',
  },
  {
    group: 'incidents.co-responder-training',
    service: 'incidents',
    events: [EligibilityChangedEvent.type],
    purpose: "Officer half of co-responder eligibility as training decides it (grants, revocations, expiries), kept as a history so dispatch can ask about any instant.",
  },
  {
    group: 'staffing.staff-certifications',
    service: 'staffing',
    events: [CertificationGrantedEvent.type, CertificationRevokedEvent.type],
    purpose: "Certifications shown on each staff member's roster entry.",
  },
  {
    group: 'staffing.staff-eligibility',
    service: 'staffing',
    events: [EligibilityChangedEvent.type],
    purpose: "Co-responder training eligibility (current CIT certification) shown with each staff member's roster entry.",
  },
  {
    group: 'training.roster',
    service: 'training',
    events: [StaffAddedEvent.type, StaffDeactivatedEvent.type],
    purpose: 'Who is an active officer or clinician, and in which unit: the population of the compliance reports.',
  },
  {
    group: 'staffing.psych-declarations',
    service: 'staffing',
    events: [PsychDeclarationRecordedEvent.type],
    purpose: 'TCOLE L-3 declarations: an officer offer needs a current fit one; command sees fit / not-fit / pending only (W3, W4, W5).',
  },
  {
    group: 'wellness.critical-incidents',
    service: 'wellness',
    events: [CriticalIncidentRecordedEvent.type],
    purpose: 'Offers a confidential debrief to each staff member involved in a critical incident (W6).',
  },
  {
    group: 'wellness.roster',
    service: 'wellness',
    events: [StaffAddedEvent.type, StaffDeactivatedEvent.type],
    purpose: 'Units (report cells of at least 5 people, W11) and supervisors (peer support outside the chain of command, W8).',
  },
  {
    group: 'wellness.peer-supporters',
    service: 'wellness',
    events: [CertificationGrantedEvent.type, CertificationRevokedEvent.type],
    purpose: 'Peer supporters: staff with a current peer-support certification (W8); other categories are ignored.',
  },
  {
    group: 'wellness.wellbeing-training',
    service: 'wellness',
    events: [CompletionRecordedEvent.type],
    purpose: 'Stress-management and resilience hours toward the yearly well-being goal, reported per unit as counts only (W13).',
  },
  // Platform data (tenant `platform`): staffing keeps the registry and the agreements and writes its
  // own copies in the same transaction as their events; every other service follows the topics.
  ...(['incidents', 'support-plans', 'training', 'wellness'] as const).flatMap((service): ConsumerDefinition[] => [
    {
      group: districtDirectoryGroup(service),
      service,
      events: [DistrictRegisteredEvent.type, DistrictUpdatedEvent.type],
      purpose: "The district directory: which district each token issuer's tokens act in, and each district's time zone (issue 19).",
    },
    {
      group: sharingAgreementsGroup(service),
      service,
      events: [SharingAgreementRecordedEvent.type, SharingAgreementChangedEvent.type],
      purpose: "Sharing agreements in force: whose partner clinicians or officers dispatch may pick, and which partner district's staff may act in this one (issue 19).",
    },
  ]),
];

/** Each service's consumer group of the sharing-agreement topic. */
export function sharingAgreementsGroup(service: ServiceName): string {
  return `${service}.sharing-agreements`;
}

/** Each service's consumer group of the district registry topic. */
export function districtDirectoryGroup(service: ServiceName): string {
  return `${service}.districts`;
}

/** Why a handler may not run, or undefined when it matches its registered definition. */
export function consumerRegistrationProblem(group: string, events: readonly string[]): string | undefined {
  const registered = CONSUMERS.find((c) => c.group === group);
  if (!registered) return `consumer group ${group} is not registered in libs/contracts CONSUMERS`;
  const same = registered.events.length === events.length && registered.events.every((e) => events.includes(e));
  return same ? undefined : `consumer group ${group} handles [${events.join(', ')}] but is registered for [${registered.events.join(', ')}]`;
}
