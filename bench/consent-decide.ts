import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  decide,
  DEFAULT_POLICY,
  fieldsOf,
  type AccessRequest,
  type BreakGlassGrant,
  type Consent,
  type Decision,
  type DecisionFacts,
  type RecordType,
  type Requester,
  type TeamMembership,
} from '../libs/consent/src/index.js';

/**
 * decide() speed: decisions per second and per-call latency over a realistic mix of requests
 * (mostly clinicians in-unit, police under consent or team membership, emergencies, SUD under
 * Part 2, denials, missing records), against a trivial role-table lookup in the same run.
 * Goal: p99 <= 20 µs per decision. Pure CPU: no database, no broker.
 */

export interface ConsentDecideOptions {
  /** Decisions per throughput round. */
  batch?: number;
  rounds?: number;
  /** Individually timed calls per function. */
  samples?: number;
  goalP99Us?: number;
}

export interface LatencyStats {
  p50: number;
  p99: number;
  p999: number;
  max: number;
}

export interface ConsentDecideResult {
  mix: { name: string; weight: number }[];
  allowedShare: number;
  baseline: { perSecond: number; us: LatencyStats };
  decide: { perSecond: number; us: LatencyStats };
  ratios: { throughput: number; p50: number; p99: number };
  goalP99Us: number;
  met: boolean;
}

const HOUR = 3_600_000;
const NOW = new Date('2026-03-10T15:00:00.000Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const STUDENT = 'S1000001';
const STUDENT_FACTS = { studentId: STUDENT, dateOfBirth: '2010-06-01', guardianIds: ['g-1'] };

const guardianConsent = (over: Partial<Consent>): Consent => ({
  id: 'consent-1',
  studentId: STUDENT,
  signer: { role: 'guardian', id: 'g-1', signedAt: at(-24 * HOUR) },
  classes: ['EDU-CLIN', 'EDU-SAFETY'],
  purposes: ['co-response'],
  recipients: [{ unit: 'police' }],
  effectiveFrom: at(-24 * HOUR),
  expiresAt: at(30 * 24 * HOUR),
  ...over,
});

/** A student's consent history as a service would load it: old, revoked, other purposes, one Part 2. */
const CONSENTS: Consent[] = [
  guardianConsent({ id: 'c-old', expiresAt: at(-HOUR) }),
  guardianConsent({ id: 'c-revoked', revokedAt: at(-2 * HOUR) }),
  guardianConsent({ id: 'c-care', purposes: ['treatment'], recipients: [{ unit: 'clinical' }] }),
  guardianConsent({ id: 'c-police' }),
  guardianConsent({
    id: 'c-part2',
    classes: ['SUD'],
    part2: {
      patientName: 'Sam Student',
      discloser: 'District Behavioral Health program',
      sudDescription: 'screening result and referral to treatment',
      recipientsNamed: ['District Police Department'],
      purposeMinimumNecessary: true,
      revocationStatement: true,
      expiry: { at: at(30 * 24 * HOUR) },
      signature: { name: 'Pat Guardian', signedAt: at(-24 * HOUR) },
    },
  }),
];
const GRANTS: BreakGlassGrant[] = [
  {
    id: 'btg-1',
    studentId: STUDENT,
    grantee: 'o-1',
    threat: 'student posted a specific threat to bring a weapon today',
    justification: 'responding officers need the safety plan',
    issuedAt: at(-HOUR),
    expiresAt: at(23 * HOUR),
    recipients: [{ unit: 'police' }],
  },
];
const TEAM: TeamMembership[] = [
  { caseId: 'case-1', studentId: STUDENT, memberId: 'o-1', discipline: 'police' },
  { caseId: 'case-1', studentId: STUDENT, memberId: 'c-1', discipline: 'clinician' },
  { caseId: 'case-1', studentId: STUDENT, memberId: 'a-1', discipline: 'administrator' },
];

const facts = (record: DecisionFacts['record']): DecisionFacts => ({
  record,
  student: STUDENT_FACTS,
  consents: CONSENTS,
  grants: GRANTS,
  teamMemberships: TEAM,
  policy: DEFAULT_POLICY,
});
const OF_STUDENT = facts({ studentId: STUDENT, authorId: 'c-1', caseId: 'case-1' });
const MISSING = facts(null);

const officer: Requester = { id: 'o-1', role: 'officer' };
const clinician: Requester = { id: 'c-1', role: 'clinician' };
const admin: Requester = { id: 'a-1', role: 'admin' };
const parent: Requester = { id: 'g-1', role: 'parent' };

interface Scenario {
  name: string;
  weight: number;
  request: AccessRequest;
  facts: DecisionFacts;
}
const req = (requester: Requester, recordType: RecordType, purpose: AccessRequest['purpose'], fields?: string[]): AccessRequest => ({
  requester,
  studentId: STUDENT,
  recordType,
  purpose,
  ...(fields ? { fields } : {}),
});

const MIX: Scenario[] = [
  { name: 'clinician reads a referral (in-unit)', weight: 30, request: req(clinician, 'referral', 'treatment'), facts: OF_STUDENT },
  { name: 'clinician reads own note', weight: 10, request: req(clinician, 'clinical-note', 'treatment'), facts: OF_STUDENT },
  { name: 'clinician reads incident facts for a referral (R2)', weight: 10, request: req(clinician, 'incident', 'referral'), facts: OF_STUDENT },
  { name: 'officer reads a referral under consent (R3a)', weight: 15, request: req(officer, 'referral', 'co-response'), facts: OF_STUDENT },
  { name: 'officer team member reads a threat assessment (R3c)', weight: 10, request: req(officer, 'threat-assessment', 'threat-assessment'), facts: OF_STUDENT },
  { name: 'officer in an emergency (R6)', weight: 5, request: req(officer, 'safety-plan', 'safety-emergency'), facts: OF_STUDENT },
  { name: 'officer asks for SUD under Part 2 (R5)', weight: 5, request: req(officer, 'referral', 'co-response', ['substanceUse']), facts: OF_STUDENT },
  { name: 'administrator without basis (denied)', weight: 5, request: req(admin, 'support-plan', 'referral'), facts: OF_STUDENT },
  { name: 'parent inspects a support plan', weight: 5, request: req(parent, 'support-plan', 'parent-inspection'), facts: OF_STUDENT },
  { name: 'officer asks for a missing record (R10)', weight: 5, request: req(officer, 'referral', 'co-response'), facts: MISSING },
];

/** The baseline: a role × record-type table lookup, the least an access check can be. */
const ROLE_TABLE: Record<string, Partial<Record<RecordType, string[]>>> = {
  clinician: { referral: fieldsOf('referral'), 'clinical-note': fieldsOf('clinical-note'), incident: ['type', 'occurredAt'] },
  officer: { incident: fieldsOf('incident'), 'threat-assessment': ['levelOfConcern'] },
  admin: {},
  parent: { 'support-plan': fieldsOf('support-plan') },
};
function baseline(request: AccessRequest, f: DecisionFacts, _now: Date): Decision {
  const fields = f.record ? ROLE_TABLE[request.requester.role]?.[request.recordType] : undefined;
  return fields ? { allow: true, fields, ruleIds: ['R13'], reason: 'role table' } : { allow: false, fields: [], ruleIds: ['R10'], reason: 'role table' };
}

type DecideFn = (request: AccessRequest, facts: DecisionFacts, now: Date) => Decision;

/** A deterministic shuffle of the mix, 4096 long, with instants spread over a minute. */
function workload(): { requests: AccessRequest[]; facts: DecisionFacts[]; nows: Date[] } {
  const bag = MIX.flatMap((s) => Array.from({ length: s.weight }, () => s));
  let seed = 42;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const requests: AccessRequest[] = [];
  const fs: DecisionFacts[] = [];
  const nows: Date[] = [];
  for (let i = 0; i < 4096; i++) {
    const s = bag[Math.floor(next() * bag.length)];
    requests.push(s.request);
    fs.push(s.facts);
    nows.push(at(Math.floor(next() * 60_000)));
  }
  return { requests, facts: fs, nows };
}

let sink = 0;

function throughput(fn: DecideFn, w: ReturnType<typeof workload>, batch: number): number {
  const n = w.requests.length;
  const start = performance.now();
  for (let i = 0; i < batch; i++) {
    const j = i & (n - 1);
    sink += fn(w.requests[j], w.facts[j], w.nows[j]).fields.length;
  }
  return batch / ((performance.now() - start) / 1000);
}

function latency(fn: DecideFn, w: ReturnType<typeof workload>, samples: number): LatencyStats {
  const n = w.requests.length;
  const us = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const j = i & (n - 1);
    const t0 = performance.now();
    sink += fn(w.requests[j], w.facts[j], w.nows[j]).fields.length;
    us[i] = (performance.now() - t0) * 1000;
  }
  us.sort();
  const q = (p: number) => us[Math.min(samples - 1, Math.ceil(p * samples) - 1)];
  return { p50: q(0.5), p99: q(0.99), p999: q(0.999), max: us[samples - 1] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function runConsentDecide(options: ConsentDecideOptions = {}): ConsentDecideResult {
  const batch = options.batch ?? 200_000;
  const rounds = options.rounds ?? 5;
  const samples = options.samples ?? 200_000;
  const goalP99Us = options.goalP99Us ?? 20;
  const w = workload();

  // Warm both paths up (JIT), then interleave rounds so both see the same machine state.
  for (let i = 0; i < 3; i++) {
    throughput(baseline, w, 50_000);
    throughput(decide, w, 50_000);
  }
  const base: number[] = [];
  const lib: number[] = [];
  for (let r = 0; r < rounds; r++) {
    base.push(throughput(baseline, w, batch));
    lib.push(throughput(decide, w, batch));
  }
  const baseUs = latency(baseline, w, samples);
  const libUs = latency(decide, w, samples);

  let allowed = 0;
  for (let j = 0; j < w.requests.length; j++) if (decide(w.requests[j], w.facts[j], w.nows[j]).allow) allowed++;

  const b = median(base);
  const l = median(lib);
  return {
    mix: MIX.map((s) => ({ name: s.name, weight: s.weight })),
    allowedShare: allowed / w.requests.length,
    baseline: { perSecond: b, us: baseUs },
    decide: { perSecond: l, us: libUs },
    ratios: { throughput: l / b, p50: libUs.p50 / baseUs.p50, p99: libUs.p99 / baseUs.p99 },
    goalP99Us,
    met: libUs.p99 <= goalP99Us,
  };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function printConsentDecide(r: ConsentDecideResult): void {
  console.log(`\n== consent decide(): ${r.mix.length} request kinds, ${fmt(r.allowedShare * 100)} % allowed`);
  for (const m of r.mix) console.log(`   ${String(m.weight).padStart(3)} %  ${m.name}`);
  const row = (name: string, x: ConsentDecideResult['decide']) =>
    console.log(
      `   ${name.padEnd(28)} ${fmt(x.perSecond).padStart(12)} decisions/s   p50 ${fmt(x.us.p50, 2).padStart(6)} µs   p99 ${fmt(x.us.p99, 2).padStart(6)} µs   p99.9 ${fmt(x.us.p999, 2).padStart(6)} µs   max ${fmt(x.us.max, 1)} µs`,
    );
  row('baseline (role table)', r.baseline);
  row('decide()', r.decide);
  console.log(`   ratio decide/baseline         throughput ${fmt(r.ratios.throughput, 3)}   p50 ${fmt(r.ratios.p50, 1)}x   p99 ${fmt(r.ratios.p99, 1)}x`);
  console.log(`   (per-call latencies include ~0.1 µs of timer overhead, the same for both)`);
  console.log(`   goal p99 <= ${r.goalP99Us} µs                  ${r.met ? 'MET' : 'MISSED'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printConsentDecide(runConsentDecide());
  if (sink === -1) console.log('');
}
