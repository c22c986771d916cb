import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  decide,
  disclosureEntry,
  redact,
  type AccessRequest,
  type ConsentPolicy,
  type Decision,
  type DecisionFacts,
  type Purpose,
  type RecordFacts,
  type RecordType,
  type Requester,
} from '#consent';
import { districtTimeZone, Problem, type Principal } from '#platform';
import { DisclosureLog } from '../../disclosures/data/disclosure-log.js';
import { CONSENT_POLICY } from '../domain/consent-policy.js';
import { queryFacts } from './facts-query.js';
import { deferDisclosure } from './gated-reads.js';
import { requesterOf } from '../api/requester.js';

export type LoadedFacts = Omit<DecisionFacts, 'record'>;

export interface GatedRead<T extends object> {
  recordType: RecordType;
  /** The record, or null when there is none: decide() runs either way (R10). */
  record: T | null;
  /**
   * What decide() needs about the record. With no record, the student asked about (from the URL)
   * or '' when the caller cannot know it.
   */
  recordFacts: RecordFacts;
  /** The record's id, for the record of disclosures. */
  recordId?: string;
  /** A principal from the token (mapped by requesterOf), or a Requester already chosen. */
  requester: Principal | Requester;
  /** `x-acting-role`, when the caller named one (see requesterOf). */
  actingRole?: string;
  purpose: Purpose;
  /** The fields asked for; all labelled fields when omitted. */
  fields?: readonly string[];
  /** The threat-assessment case the requester acts for, when the record names none (R3c). */
  caseId?: string;
  /** The problem a truly missing record gets: every denial gets exactly this one (R10). */
  notFound: { code: string; detail: string };
}

export interface GatedResult<T extends object> {
  data: Partial<T>;
  decision: Decision;
  redisclosure?: 'prohibited';
  notices?: string[];
}

/** The data a read let through, marked redisclosure=prohibited when it left the clinical unit (R8). */
export function disclosedData<T extends object>(read: GatedResult<T>): Partial<T> & { redisclosure?: 'prohibited' } {
  return { ...read.data, ...(read.redisclosure ? { redisclosure: read.redisclosure } : {}) };
}

/**
 * The consent enforcement point for reads: loads the facts, asks decide(), logs the disclosure
 * (R7: after commit inside GatedReads.transaction, else in the caller's transaction), and answers
 * every denial exactly like a missing record (R10).
 * Decision.reason goes to the log, never to the caller (R13).
 */
@Injectable()
export class ConsentGate {
  private readonly logger = new Logger('ConsentGate');
  private readonly byTimeZone = new Map<string, ConsentPolicy>();

  constructor(
    @Inject(CONSENT_POLICY) private readonly basePolicy: ConsentPolicy,
    private readonly disclosures: DisclosureLog,
  ) {}

  /** The policy on the calendar of the district the request acts in (birthdays at its midnight, R4). */
  get policy(): ConsentPolicy {
    const timeZone = districtTimeZone(this.basePolicy.timeZone);
    let policy = this.byTimeZone.get(timeZone);
    if (!policy) this.byTimeZone.set(timeZone, (policy = Object.freeze({ ...this.basePolicy, timeZone })));
    return policy;
  }

  /** Everything decide() reads about a student besides the record itself: one statement (issue 16). */
  async loadFacts(em: EntityManager, studentId: string, _now: Date): Promise<LoadedFacts> {
    return { ...(await queryFacts(em, studentId)), policy: this.policy };
  }

  /** decide() + redact() + the R7 entry; throws `notFound` on any denial. Call inside a transaction (API reads: GatedReads.transaction). */
  async read<T extends object>(em: EntityManager, q: GatedRead<T>, now: Date): Promise<GatedResult<T>> {
    const requester = 'roles' in q.requester ? requesterOf(q.requester, q.actingRole) : q.requester;
    const studentId = q.recordFacts.studentId;
    // Facts are loaded for a missing record too, so both answers take the same path (R10).
    const facts = await this.loadFacts(em, studentId, now);
    const request: AccessRequest | undefined = requester && {
      requester,
      studentId,
      recordType: q.recordType,
      purpose: q.purpose,
      ...(q.fields ? { fields: q.fields } : {}),
      ...(q.caseId ? { caseId: q.caseId } : {}),
    };
    // decide() judges the record facts even for a missing record (it is refused just below), so a
    // miss does the same work as a denial and answers in the same time (R10).
    const decision: Decision = request
      ? decide(request, { ...facts, record: q.recordFacts }, now)
      : { allow: false, fields: [], ruleIds: ['R10', 'R13'], reason: 'denied: a district system is not a recipient' };
    this.logger.debug({ recordType: q.recordType, recordId: q.recordId, allow: decision.allow, ruleIds: decision.ruleIds, reason: decision.reason }, 'consent decision');
    if (!decision.allow || !q.record || !request) throw Problem.notFound(q.notFound.code, q.notFound.detail);

    const entry = disclosureEntry(decision, request, now, this.policy);
    const record = entry && { ...entry, recordId: q.recordId ?? null, channel: 'api' as const };
    // In GatedReads.transaction the entry is journalled after commit, before the data leaves (R7).
    if (record && !deferDisclosure(em, record)) await this.disclosures.append(em, record);
    return {
      data: redact(q.record, decision),
      decision,
      ...(decision.redisclosure ? { redisclosure: decision.redisclosure } : {}),
      ...(decision.notices ? { notices: decision.notices } : {}),
    };
  }
}
