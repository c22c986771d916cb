import type { RecordClass } from './classes.js';
import { consentProblems, consentStatus, covers, formProblems, type Consent } from './consent.js';
import type { AccessRequest, Basis, Decision, DecisionFacts, RecordFacts } from './decision.js';
import { BREAK_GLASS_CLASSES, grantProblems, type BreakGlassGrant } from './emergency.js';
import { recordTypeSpec, type FieldTag, type RecordTypeSpec } from './labels.js';
import { BY_SENSITIVITY, classesOf, rank, shapeOf } from './record-shape.js';
import type { Purpose } from './purposes.js';
import { partyOf, STAFF_UNITS, UNIT_PURPOSES, type Party } from './recipients.js';
import { sortRuleIds, type RuleId } from './rules.js';
import { teamProblems } from './team.js';
import { isAdultAt, isValidInstant } from './time.js';

/**
 * decide(): may this person see these fields of this student's record, for this purpose, now?
 *
 * Each record class present in the record type is judged on its own (a police team member may
 * see a threat assessment's level of concern and not its clinical findings), then:
 * - a record is visible only if at least one non-directory field is: directory fields alone would
 *   reveal that a clinical record exists (R10);
 * - every denial is answered like "no such record" (R10, see callerView in decision.ts);
 * - the decision lists the fields, the rules and the basis of each disclosed class (R13).
 * Deterministic: no clock, no randomness; the same inputs give an equal decision.
 */
export function decide(request: AccessRequest, facts: DecisionFacts, now: Date): Decision {
  const party = request?.requester ? partyOf(request.requester) : undefined;
  if (!party) return denial(['R10', 'R13'], `denied: the requester's role is not a recipient (${String(request?.requester?.role)})`);
  return decideFor(party, request, facts, now);
}

/** How one record class fared for one party. */
type Outcome = Granted | Refused;
interface Granted {
  granted: true;
  basis: Basis;
  ruleIds: RuleId[];
  reason: string;
  /** Only the fields carrying this tag (R2: the minimum incident facts). */
  only: FieldTag | undefined;
  /** The data leaves the unit that holds it: the recipient may not redisclose (R8). */
  leavesUnit: boolean;
  notices: string[] | undefined;
}
interface Refused {
  granted: false;
  ruleIds: RuleId[];
  reason: string;
}

interface Ctx {
  party: Party;
  studentId: string;
  purpose: Purpose;
  record: RecordFacts;
  caseId?: string;
  spec: RecordTypeSpec;
  facts: DecisionFacts;
  now: Date;
  consentProblems?: Map<Consent, string[]>;
  emergency?: { grant?: BreakGlassGrant; reason: string };
}

/** The same judgement for a person (API reads) or a whole unit (projections onto its topics). */
export function decideFor(party: Party, request: Omit<AccessRequest, 'requester'>, facts: DecisionFacts, now: Date): Decision {
  const spec = recordTypeSpec(request.recordType);
  const record = facts.record;
  if (!spec || !record || record.studentId !== request.studentId || facts.student?.studentId !== request.studentId) {
    return denial(['R10'], 'denied: no such record for this student');
  }
  if (!isValidInstant(now)) return denial(['R10', 'R13'], 'denied: no valid time was given');

  const c: Ctx = { party, studentId: request.studentId, purpose: request.purpose, record, caseId: request.caseId, spec, facts, now, consentProblems: undefined, emergency: undefined };
  const shape = shapeOf(spec);
  const { names, ranks } = shape;
  const outcomes: Outcome[] = [];
  for (const r of shape.classRanks) outcomes[r] = judge(BY_SENSITIVITY[r], c);

  // A field shows when its class is granted, it passes the grant's tag filter (R2), and it is not
  // a reporting employee's identity leaving the owning unit (R11).
  // R10: directory fields alone do not make a record visible; they would reveal that it exists.
  let reporterWithheld = false;
  let recordVisible = false;
  const shows: boolean[] = [];
  for (let i = 0; i < names.length; i++) {
    const o = outcomes[ranks[i]];
    let show = false;
    if (o.granted && (!o.only || shape.tags[i].includes(o.only))) {
      if (shape.reporter[i] && facts.policy.confidentialReporters && !inOwningUnit(o, c)) reporterWithheld = true;
      else show = true;
    }
    shows.push(show);
    if (show && ranks[i] !== DIRECTORY) recordVisible = true;
  }

  // Most reads ask for every field: then what is wanted is the record type's shape, known in advance.
  const all = request.fields == null;
  const wanted = all ? names : [...new Set(request.fields!)];
  const unknown = all ? [] : wanted.filter((f) => !Object.hasOwn(spec.fields, f));
  const known = all ? names : wanted.filter((f) => Object.hasOwn(spec.fields, f));
  const fields: string[] = [];
  let wantedMask = 0;
  let disclosedMask = 0;
  for (let k = 0; k < known.length; k++) {
    const i = all ? k : shape.position.get(known[k])!;
    wantedMask |= 1 << ranks[i];
    if (recordVisible && shows[i]) {
      fields.push(names[i]);
      disclosedMask |= 1 << ranks[i];
    }
  }
  const disclosed = classesOf(disclosedMask);

  const ruleIds: RuleId[] = [];
  const parts: string[] = [];
  for (let r = 0; r < BY_SENSITIVITY.length; r++) {
    if (!(wantedMask & (1 << r))) continue;
    const cls = BY_SENSITIVITY[r];
    const o = outcomes[r];
    if (!o.granted) {
      ruleIds.push(...o.ruleIds);
      parts.push(`${cls} withheld: ${o.reason}`);
    } else if (disclosedMask & (1 << r)) {
      ruleIds.push(...o.ruleIds);
      parts.push(`${cls} shown (${describe(o.basis)}): ${o.reason}`);
    } else if (!recordVisible) {
      ruleIds.push('R10');
      parts.push(`${cls} withheld: on their own, these fields would reveal that the record exists`);
    } else {
      ruleIds.push(...o.ruleIds);
      parts.push(`${cls} withheld: ${o.reason}, and the requested fields are outside it`);
    }
  }
  if (reporterWithheld && (all ? shape.hasReporter : known.some((f) => shape.reporter[shape.position.get(f)!]))) {
    ruleIds.push('R11');
    parts.push("the reporting employee's identity withheld outside the owning unit");
  }
  if (unknown.length) parts.push(`not in the label registry, never shown: ${unknown.join(', ')}`);

  if (!fields.length) {
    ruleIds.push('R10');
    return denial(ruleIds, `denied ${who(party)} (${request.purpose}): ${parts.join('; ')}`);
  }

  const bases: Partial<Record<RecordClass, Basis>> = {};
  const notices = new Set<string>();
  let leaves = false;
  for (const cls of disclosed) {
    const o = outcomes[rank(cls)] as Granted;
    bases[cls] = o.basis;
    leaves ||= o.leavesUnit;
    for (const n of o.notices ?? []) notices.add(n);
  }
  if (leaves) ruleIds.push('R8');
  // Optional keys are set after the fact, in the same order as before, instead of spread in.
  const decision: Decision = {
    allow: true,
    fields,
    ruleIds: sortRuleIds(ruleIds),
    reason: `${who(party)} (${request.purpose}) may see ${fields.length} field(s): ${parts.join('; ')}`,
    basis: bases[disclosed[disclosed.length - 1]],
    bases,
    classes: disclosed,
  };
  if (leaves) decision.redisclosure = 'prohibited';
  if (notices.size) decision.notices = [...notices];
  return decision;
}

const DIRECTORY = rank('DIRECTORY');

/** The rules, class by class. Analysts never get identifiable records (R12). */
function judge(cls: RecordClass, c: Ctx): Outcome {
  if (c.party.unit === 'analytics') return refused(['R12'], 'the data team receives de-identified events only');
  if (c.purpose === 'supervision' && !isClinicalSupervisor(c.party)) {
    return refused(['R3'], 'supervision is the purpose of clinical supervisors only');
  }
  switch (cls) {
    case 'DIRECTORY':
      return directory(c);
    case 'LE':
      return lawEnforcement(c);
    case 'EDU-SAFETY':
    case 'EDU-CLIN':
      return educationRecord(cls, c);
    case 'PSY-NOTE':
      return psychotherapyNotes(c);
    case 'SUD':
      return substanceUse(c);
  }
}

/** Directory information is open to all staff; the family reaches it like the rest of the record. */
function directory(c: Ctx): Outcome {
  if (STAFF_UNITS.has(c.party.unit)) return grant({ kind: 'school-official' }, ['R7'], 'directory information, open to staff');
  if (c.party.role === 'student' && c.party.id === c.studentId) return grant({ kind: 'self' }, ['R7'], 'a student sees own directory information');
  return selfAccess('DIRECTORY', c);
}

/** R1: the police unit's own records; R2: clinicians see only the minimum facts a referral needs. */
function lawEnforcement(c: Ctx): Outcome {
  const { unit } = c.party;
  const policy = c.facts.policy;
  if (unit === 'police') return inUnit(c, 'owner', ['R1'], 'the police unit keeps its law-enforcement records');
  if (unit === 'clinical') {
    if (!policy.cliniciansAreSchoolOfficials) return refused(['R2'], 'clinicians are not named school officials for LE facts (policy)');
    if (!policy.clinicianLePurposes.includes(c.purpose))
      return refused(['R2'], `clinicians read LE facts for ${policy.clinicianLePurposes.join(', ')} only`);
    return grant({ kind: 'school-official' }, ['R1', 'R2'], 'a referral sees the incident type, time and safety flag, not the narrative', {
      only: 'minimum',
      leavesUnit: true,
    });
  }
  if (unit === 'family') return refused(['R1'], 'a law-enforcement unit record is not an education record: no inspection right');
  return refused(['R1'], 'law-enforcement unit records stay with the police unit');
}

/**
 * EDU-SAFETY and EDU-CLIN: clinicians keep them (school officials); everyone else needs, in this
 * order, inspection rights, team membership (EDU-SAFETY only), a consent, or an emergency (R3).
 */
function educationRecord(cls: 'EDU-SAFETY' | 'EDU-CLIN', c: Ctx): Outcome {
  const { unit } = c.party;
  if (unit === 'clinical') return inUnit(c, 'school-official', ['R2'], `clinicians are school officials for the ${cls} records they keep`);
  const rules: RuleId[] = unit === 'police' ? ['R3'] : [];
  const why: string[] = [];
  if (unit === 'family') {
    const self = selfAccess(cls, c);
    if (self.granted) return self;
    rules.push(...self.ruleIds);
    why.push(self.reason);
  }
  if (cls === 'EDU-SAFETY' && unit !== 'family') {
    const team = viaTeam(c);
    if (typeof team !== 'string') return withRules(team, rules);
    rules.push('R11');
    why.push(team);
  } else if (cls === 'EDU-CLIN' && c.purpose === 'threat-assessment') {
    rules.push('R11');
    why.push('team membership opens EDU-SAFETY only');
  }
  const consent = viaConsent(cls, c);
  if (typeof consent !== 'string') return withRules(consent, rules);
  rules.push('R4');
  why.push(consent);
  const emergency = viaEmergency(cls, c);
  if (typeof emergency !== 'string') return withRules(emergency, rules);
  rules.push('R6');
  why.push(emergency);
  return refused(rules, why.join('; '));
}

/** The director of behavioral health, or a clinician the district names a clinical supervisor. */
function isClinicalSupervisor(party: Party): boolean {
  return party.unit === 'clinical' && (party.role === 'bh-director' || party.clinicalSupervisor === true);
}

/**
 * PSY-NOTE: the author (treatment) and clinical supervisors (treatment or supervision). Police
 * never (R3); no emergency (R6), no consent, no administration.
 */
function psychotherapyNotes(c: Ctx): Outcome {
  const { party, record } = c;
  if (party.unit === 'police') return refused(['R3'], 'police never see psychotherapy notes');
  if (party.unit === 'clinical' && c.purpose === 'treatment' && record.authorId !== undefined && party.id === record.authorId) {
    return grant({ kind: 'owner' }, ['R2'], 'the author reads own notes');
  }
  if ((c.purpose === 'treatment' || c.purpose === 'supervision') && isClinicalSupervisor(party)) {
    return grant({ kind: 'school-official' }, ['R2', 'R3'], `a clinical supervisor reads notes (${c.purpose})`);
  }
  const rules: RuleId[] = c.purpose === 'safety-emergency' ? ['R4', 'R6'] : ['R4'];
  return refused(rules, 'psychotherapy notes are for their author and clinical supervisors (treatment, supervision); no consent, emergency or inspection opens them (policy)');
}

/**
 * SUD (R5, 42 CFR Part 2): the clinicians' program uses it internally; anyone else needs a
 * complete Part 2 consent naming them, and the disclosure carries the 2.32 notice. Never for
 * investigating the student; never by break-the-glass.
 */
function substanceUse(c: Ctx): Outcome {
  const { party } = c;
  if (c.purpose === 'investigation') return refused(['R5'], 'SUD records are never used to investigate or prosecute the student without a court order');
  if (party.unit === 'clinical') return inUnit(c, 'school-official', ['R5'], 'clinicians are the Part 2 program: internal use');
  const rules: RuleId[] = party.unit === 'police' ? ['R3', 'R5'] : ['R5'];
  const why: string[] = [];
  if (party.role === 'student') {
    const adult = isAdultAt(c.facts.student.dateOfBirth, c.now, c.facts.policy.timeZone);
    if (c.purpose === 'self-inspection' && party.id === c.studentId && (adult === true || c.record.minorTreatmentBasis)) {
      return grant({ kind: 'self' }, ['R5'], 'the patient reads own SUD records');
    }
    why.push('the patient reads SUD records at 18, or earlier when the minor consented to the treatment');
  }
  const consent = viaConsent('SUD', c);
  if (typeof consent !== 'string') {
    return withRules(consent, rules, [c.facts.policy.part2RedisclosureNotice]);
  }
  why.push(consent);
  if (c.purpose === 'safety-emergency') {
    rules.push('R6');
    why.push('break-the-glass never opens SUD, and a 2.51 medical emergency goes to medical personnel only');
  }
  return refused(rules, why.join('; '));
}

/** The parent of a minor, or the student at 18, inspects the student's education records (R4). */
function selfAccess(cls: RecordClass, c: Ctx): Outcome {
  const { party, facts } = c;
  const adult = isAdultAt(facts.student.dateOfBirth, c.now, facts.policy.timeZone);
  if (party.role === 'parent') {
    if (c.purpose !== 'parent-inspection') return refused(['R4'], 'parents inspect records under purpose parent-inspection');
    if (!facts.student.guardianIds.includes(party.id)) return refused(['R4'], 'not a guardian of record of this student');
    if (adult !== false) return refused(['R4'], adult ? 'the rights passed to the student at 18' : "the student's age is unknown");
    return grant({ kind: 'self' }, ['R4'], `a parent inspects a minor's ${cls} records`);
  }
  if (party.role === 'student') {
    if (c.purpose !== 'self-inspection') return refused(['R4'], 'students inspect records under purpose self-inspection');
    if (party.id !== c.studentId) return refused(['R4'], "another student's record");
    if (adult !== true) return refused(['R4'], 'the parent holds the right to inspect until the student is 18');
    return grant({ kind: 'self' }, ['R4'], `an eligible student inspects own ${cls} records`);
  }
  return refused(['R4'], 'no inspection right');
}

/** R3c, R11: a member of the student's threat-assessment team for the case sees EDU-SAFETY. */
function viaTeam(c: Ctx): Granted | string {
  if (c.purpose !== 'threat-assessment') return 'team membership serves threat assessment only';
  const caseId = c.record.caseId ?? c.caseId;
  const problems = teamProblems(c.facts.teamMemberships, caseId, c.studentId, c.party, c.now);
  if (problems.length) return problems[0];
  return grant({ kind: 'team', id: caseId }, ['R11'], `a member of the threat-assessment team for case ${caseId}`, { leavesUnit: true });
}

/** R3a, R4 (and R5 for SUD): the first consent in force that names this party, class and purpose. */
function viaConsent(cls: RecordClass, c: Ctx): Granted | string {
  // Only the first failing consent's problems are reported, and only when no consent grants, so a
  // consent that is well formed but not in force (it fails, whatever else: timeProblems) is passed
  // over without formatting its dates.
  let failing: Consent | undefined;
  let failingProblems: string[] | undefined;
  for (const consent of c.facts.consents) {
    if (!covers(consent, c.studentId, cls, c.purpose, c.party)) continue;
    if (formProblems(consent).length === 0 && consentStatus(consent, c.now) !== 'in-force') {
      failing ??= consent;
      continue;
    }
    const problems = problemsOf(consent, cls, c);
    if (!problems.length) return grant({ kind: 'consent', id: consent.id }, ['R4'], `consent ${consent.id} is in force`, { leavesUnit: true });
    if (!failing) [failing, failingProblems] = [consent, problems];
  }
  if (!failing) return `no consent names this recipient for ${cls} and ${c.purpose}`;
  return `consent ${failing.id} ${(failingProblems ?? problemsOf(failing, cls, c)).join(', ')}`;
}

/** consentProblems, once per decision for the classes it judges alike (all but SUD: Part 2, TFC 32.004). */
function problemsOf(consent: Consent, cls: RecordClass, c: Ctx): string[] {
  const memo = cls === 'SUD' ? undefined : (c.consentProblems ??= new Map());
  const known = memo?.get(consent);
  if (known) return known;
  const problems = consentProblems(consent, {
    cls,
    purpose: c.purpose,
    party: c.party,
    student: c.facts.student,
    minorTreatmentBasis: c.record.minorTreatmentBasis,
    now: c.now,
    policy: c.facts.policy,
  });
  memo?.set(consent, problems);
  return problems;
}

const EMERGENCY_UNITS = new Set(['police', 'clinical', 'administration', 'family']);

/** R6: an active break-the-glass grant for this student naming this party opens EDU-SAFETY and EDU-CLIN. */
function viaEmergency(cls: RecordClass, c: Ctx): Granted | string {
  if (c.purpose !== 'safety-emergency') return 'break-the-glass serves a safety emergency only';
  if (!BREAK_GLASS_CLASSES.has(cls)) return `break-the-glass never opens ${cls}`;
  if (!EMERGENCY_UNITS.has(c.party.unit)) return 'not an appropriate party in an emergency';
  // The same for EDU-SAFETY and EDU-CLIN: the grants are checked once per decision.
  const found = (c.emergency ??= activeGrant(c));
  if (!found.grant) return found.reason;
  const g = found.grant;
  const basis: Basis = { kind: 'emergency', id: g.id, threat: g.threat, grantRecipients: g.recipients };
  return grant(basis, ['R6'], found.reason, { leavesUnit: true });
}

function activeGrant(c: Ctx): { grant?: BreakGlassGrant; reason: string } {
  let nearest: string | undefined;
  for (const g of c.facts.grants) {
    const problems = grantProblems(g, c.studentId, c.party, c.now, c.facts.policy);
    if (!problems.length) return { grant: g, reason: `break-the-glass grant ${g.id} until ${g.expiresAt.toISOString()}` };
    if (g.studentId === c.studentId) nearest ??= `grant ${g.id} ${problems.join(', ')}`;
  }
  return { reason: nearest ?? 'no active break-the-glass grant for this student' };
}

/** Access within the unit that keeps the records, limited to that unit's work. */
function inUnit(c: Ctx, kind: 'owner' | 'school-official', rules: RuleId[], reason: string): Outcome {
  if (!UNIT_PURPOSES[c.party.unit].includes(c.purpose)) return refused(rules, `${c.purpose} is not part of the ${c.party.unit} unit's work`);
  return grant({ kind }, rules, reason);
}

function inOwningUnit(o: Granted, c: Ctx): boolean {
  return (o.basis.kind === 'owner' || o.basis.kind === 'school-official') && c.party.unit === c.spec.owner;
}

// Outcomes are built field by field, one object shape for all: spreading them was a tenth of decide().
function grant(basis: Basis, ruleIds: RuleId[], reason: string, extra?: { only?: FieldTag; leavesUnit?: boolean }): Granted {
  return { granted: true, basis, ruleIds, reason, only: extra?.only, leavesUnit: extra?.leavesUnit ?? false, notices: undefined };
}

function refused(ruleIds: RuleId[], reason: string): Refused {
  return { granted: false, ruleIds, reason };
}

function withRules(o: Granted, rules: RuleId[], notices = o.notices): Granted {
  const ruleIds = rules.length ? [...rules, ...o.ruleIds] : o.ruleIds;
  return { granted: true, basis: o.basis, ruleIds, reason: o.reason, only: o.only, leavesUnit: o.leavesUnit, notices };
}

function denial(ruleIds: RuleId[], reason: string): Decision {
  return { allow: false, fields: [], ruleIds: sortRuleIds(ruleIds), reason };
}

function who(p: Party): string {
  return `${p.role ?? 'unit'} ${p.id} (${p.unit})`;
}

function describe(b: Basis): string {
  return b.id ? `${b.kind} ${b.id}` : b.kind;
}
