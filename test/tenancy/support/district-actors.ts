import fc from 'fast-check';
import type { Role } from '#contracts';
import type { TestIdentityProvider } from '#testing';

/**
 * The districts of the isolation property test (issue 19) and what each has written: every
 * free-text or id field a district writes carries one of its own markers, `mk-<tag>-<n>`, so
 * finding a marker anywhere names the district whose record it came from.
 */
export interface Tenant {
  id: string;
  tag: string;
  idp: TestIdentityProvider;
  students: string[];
  campuses: string[];
  known: Record<RecordKind, string[]>;
}

export type RecordKind = 'incident' | 'tip' | 'referral' | 'case' | 'staff' | 'student';
export type ServiceName = 'incidents' | 'support' | 'staffing';

const MARKER = /mk-([a-z]{2})-\d+/gi;
let counter = 0;

export function marker(t: Tenant): string {
  return `mk-${t.tag}-${++counter}`;
}

/** The tags of every district whose marker occurs in `text`. */
export function markerTags(text: string): Set<string> {
  return new Set([...text.matchAll(MARKER)].map((m) => m[1].toLowerCase()));
}

let correlations = 0;
/** A correlation id naming the acting district (`iso-<tag>-<n>`), so its log lines can be attributed. */
export function correlationOf(t: Tenant): string {
  return `iso-${t.tag}-${++correlations}`;
}
export const tagOfCorrelation = (id: unknown): string | undefined => (typeof id === 'string' ? /^iso-([a-z]{2})-\d+$/.exec(id)?.[1] : undefined);

export async function bearer(t: Tenant, roles: Role[], sub: string): Promise<string> {
  return `Bearer ${await t.idp.token(roles, `${t.tag}-${sub}`)}`;
}

/** A district's own campus or student: reuses one now and then so filters find something. */
export function ownCampus(t: Tenant, pick: number): string {
  if (t.campuses.length && pick % 2 === 0) return t.campuses[pick % t.campuses.length];
  const campus = marker(t);
  t.campuses.push(campus);
  return campus;
}
export function ownStudent(t: Tenant, pick: number): string {
  if (t.students.length && pick % 3 === 0) return t.students[pick % t.students.length];
  const student = marker(t);
  t.students.push(student);
  return student;
}

/** A read of one record by id: by whom, where, and which pool its ids come from. */
export interface ReadById {
  kind: RecordKind;
  service: ServiceName;
  role: Role;
  path: (id: string) => string;
  method: 'get' | 'post';
  body?: Record<string, unknown>;
  /** Statuses an own record may answer (a triage of an already triaged incident is 409). */
  own: number[];
}

export const READS: Record<string, ReadById> = {
  getIncident: { kind: 'incident', service: 'incidents', role: 'officer', method: 'get', path: (id) => `/incidents/${id}`, own: [200] },
  triage: {
    kind: 'incident',
    service: 'incidents',
    role: 'officer',
    method: 'post',
    path: (id) => `/incidents/${id}/triage`,
    body: { priority: 'urgent', coResponseIndicated: false },
    own: [200, 409],
  },
  getTip: { kind: 'tip', service: 'incidents', role: 'officer', method: 'get', path: (id) => `/tips/${id}`, own: [200] },
  getStudent: { kind: 'student', service: 'support', role: 'clinician', method: 'get', path: (id) => `/students/${id}`, own: [200] },
  getReferral: { kind: 'referral', service: 'support', role: 'clinician', method: 'get', path: (id) => `/referrals/${id}`, own: [200] },
  getCase: { kind: 'case', service: 'support', role: 'clinician', method: 'get', path: (id) => `/threat-assessments/${id}`, own: [200] },
  getStaff: { kind: 'staff', service: 'staffing', role: 'admin', method: 'get', path: (id) => `/staff/${id}`, own: [200] },
};

/** A list, unfiltered or filtered by some district's campus or student. */
export interface ListRead {
  service: ServiceName;
  role: Role;
  path: string;
  /** Query parameter names for the campus and student filters (none when the list has no such filter). */
  campus?: string;
  student?: string;
  /** Where the ids of what it lists go (cases are only learnt this way: support-plans opens them from tips). */
  collects?: RecordKind;
}

export const LISTS: Record<string, ListRead> = {
  listIncidents: { service: 'incidents', role: 'police-chief', path: '/incidents', campus: 'campusId', student: 'studentId' },
  listReferrals: { service: 'support', role: 'bh-director', path: '/referrals', campus: 'campusId', student: 'studentId' },
  listCases: { service: 'support', role: 'clinician', path: '/threat-assessments', campus: 'campusId', collects: 'case' },
  listStaff: { service: 'staffing', role: 'admin', path: '/staff' },
};

export const WRITES = ['reportIncident', 'receiveTip', 'registerStudent', 'createReferral', 'addStaff'] as const;

export type Op =
  | { kind: 'write'; name: (typeof WRITES)[number]; by: number; pick: number }
  | { kind: 'read'; name: keyof typeof READS; by: number; of: number; pick: number }
  | { kind: 'list'; name: keyof typeof LISTS; by: number; of: number; filter: 'none' | 'campus' | 'student'; pick: number };

/** Random operations by principals of random districts (`by`), reading any district's records (`of`). */
export function opArbitrary(districts: number): fc.Arbitrary<Op> {
  const district = fc.nat({ max: districts - 1 });
  const pick = fc.nat({ max: 1000 });
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('write' as const), name: fc.constantFrom(...WRITES), by: district, pick }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('read' as const), name: fc.constantFrom(...Object.keys(READS)), by: district, of: district, pick }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('list' as const),
        name: fc.constantFrom(...Object.keys(LISTS)),
        by: district,
        of: district,
        filter: fc.constantFrom('none' as const, 'campus' as const, 'student' as const),
        pick,
      }),
    },
  );
}
