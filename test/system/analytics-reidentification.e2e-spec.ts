import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EVENTS, TOPICS, type Role } from '#contracts';
import { startTestService, type TestService } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { supportPlansDefinition } from '../../apps/support-plans/src/support-plans.definition.js';
import { applyFacts, assigned, citCertified, clinician, officer, onCall } from '../../apps/incidents/test/support/co-responder-facts.js';

/**
 * Issue 14, item 1 (R12): the data team plays the attacker. It holds every analytics record and
 * also everything else it could get: every record of every other topic and the REST API's answers.
 * It joins on every field, key and header; it must find no value that links the two.
 *
 * The records are read from the services' outbox tables, which hold exactly the key, headers and
 * payload the relay publishes (no broker needed, so this does not depend on the broker in use).
 * The Kafka record timestamp is checked at the broker in test/broker/analytics-record-time.e2e-spec.ts.
 */
interface Row {
  topic: string;
  key: string;
  type: string;
  headers: Record<string, string>;
  payload: Record<string, unknown>;
}

const CAMPUS = 'campus-hs-01';
const OFFICER = randomUUID();
const CLINICIAN = randomUUID();
const MINUTE = 60_000;

/** Headers whose value is the same for every event of a type (vocabulary, not identifiers). */
const CONSTANT_HEADERS = new Set(['ce_type', 'ce_specversion', 'ce_source', 'ce_dataschema', 'content-type']);

function leaves(value: unknown, out: string[] = []): string[] {
  if (value === null || value === undefined) return out;
  if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (typeof value === 'object') Object.values(value).forEach((v) => leaves(v, out));
  else out.push(String(value));
  return out;
}

/**
 * Values a field may share with the rest of the world: closed vocabularies, days, flags, counts and key ids,
 * and the district (the tenant: the same for all of a district's records, so it singles out no one).
 */
function isVocabulary(type: string, field: string): boolean {
  const schema = EVENTS.find((e) => e.type === type)!.schema as { properties: Record<string, { enum?: unknown[]; type?: unknown; format?: string }> };
  const p = schema.properties[field];
  return !!p && (!!p.enum || p.type === 'boolean' || p.type === 'integer' || p.format === 'date' || ['campusId', 'pseudonymKeyId', 'analyticKeyId', 'districtId'].includes(field));
}

describe('system: the data team cannot re-identify the analytics stream (issue 14, R12)', () => {
  let incidents: TestService;
  let support: TestService;
  const students = Array.from({ length: 14 }, (_, i) => `S77${String(i).padStart(5, '0')}`);
  const incidentIds: string[] = [];
  const rest: { body: unknown; headers: Record<string, unknown> }[] = [];

  const as = async (svc: TestService, roles: Role[], sub: string) => ({ authorization: await svc.idp.bearer(roles, sub) });
  const keep = (res: request.Response) => {
    rest.push({ body: res.body, headers: res.headers });
    return res;
  };

  beforeAll(async () => {
    [incidents, support] = await Promise.all([startTestService(incidentsDefinition), startTestService(supportPlansDefinition)]);
    const t0 = Date.now() - 6 * 3_600_000;
    await applyFacts(incidents, [
      officer(OFFICER), ...citCertified(OFFICER), assigned(OFFICER, CAMPUS),
      clinician(CLINICIAN), onCall(CLINICIAN, [CAMPUS], new Date(t0 - 86_400_000), new Date(Date.now() + 86_400_000)),
    ]);
    const police = request(incidents.app.getHttpServer());
    const officerAuth = await as(incidents, ['officer'], 'officer-7');
    // Issue 18: the SIS's categories for every student (synthetic), so group counts are on the stream too.
    const sisAuth = await as(incidents, ['system'], 'sis-sync');
    for (const [i, s] of students.entries()) {
      const body = { gradeBand: i % 2 ? '9-12' : '6-8', sex: i % 3 ? 'female' : 'male', raceEthnicity: i % 2 ? 'asian' : 'white', specialEducation: i % 5 ? 'none' : 'iep', emergentBilingual: i % 4 ? 'no' : 'yes' };
      await police.put(`/students/${s}/demographics`).set(sisAuth).send(body).expect(204);
    }
    const at = (i: number, m: number) => new Date(t0 + i * 10 * MINUTE + m * MINUTE).toISOString();
    // 7 incidents of two students each (14 students), the whole lifecycle with analytics facts at every step.
    for (let i = 0; i < 7; i++) {
      const pair = [students[2 * i + 1], students[2 * i]]; // deliberately not in sorted order
      const res = keep(
        await police
          .post('/incidents')
          .set(officerAuth)
          .set('x-correlation-id', `cad-run-${i}-${randomUUID()}`)
          .send({ campusId: CAMPUS, location: 'Library', occurredAt: at(i, 0), type: 'welfare-check', studentIds: pair, narrative: 'Student upset in the library.', mentalHealthCrisis: true })
          .expect(201),
      );
      const id = res.body.id as string;
      incidentIds.push(id);
      const step = async (path: string, body: Record<string, unknown>) => keep(await police.post(`/incidents/${id}/${path}`).set(officerAuth).send(body).expect(200));
      await step('triage', { priority: 'urgent', coResponseIndicated: true, at: at(i, 1) });
      await step('dispatch', { at: at(i, 2) });
      await step('on-scene', { at: at(i, 9) });
      keep(await police.post(`/incidents/${id}/use-of-force`).set(officerAuth).send({ forceType: 'physical-control', studentId: pair[0], subjectInjury: 'none', officerInjury: 'none', clinicianPresent: true, at: at(i, 9) }).expect(201));
      for (const [k, studentId] of pair.entries()) {
        const disposition = k === 0 ? 'diversion-program' : 'counselled';
        keep(await police.post(`/incidents/${id}/dispositions`).set(officerAuth).send({ studentId, disposition, at: at(i, 9) }).expect(201));
      }
    }
    // What the rest of the district sees through the API.
    keep(await police.get(`/incidents?campusId=${CAMPUS}`).set(officerAuth).expect(200));
    for (const id of incidentIds) keep(await police.get(`/incidents/${id}`).set(officerAuth).expect(200));
    const clinical = request(support.app.getHttpServer());
    const clinicianAuth = await as(support, ['clinician'], 'clinician-1');
    for (const [i, studentId] of students.slice(0, 4).entries()) {
      keep(await clinical.post('/referrals').set(clinicianAuth).send({ studentId, campusId: CAMPUS, source: 'incident', incidentId: incidentIds[i], reason: 'Referred after a welfare check.', safetyFlag: false }).expect(201));
      keep(await clinical.get(`/students/${studentId}/overview`).set(clinicianAuth).expect(200));
    }
    keep(await clinical.get('/referrals').set(clinicianAuth).expect(200));
  }, 120_000);
  afterAll(async () => {
    await Promise.all([incidents?.close(), support?.close()]);
  });

  const outbox = async (svc: TestService): Promise<Row[]> => svc.db.query('SELECT topic, key, type, headers, payload FROM outbox ORDER BY id');
  const dataTeamTopics = new Set(TOPICS.filter((t) => t.audience === 'data-teams').map((t) => t.name));

  async function corpora() {
    const rows = [...(await outbox(incidents)), ...(await outbox(support))];
    const analytics = rows.filter((r) => dataTeamTopics.has(r.topic));
    const others = rows.filter((r) => !dataTeamTopics.has(r.topic));
    return { analytics, others };
  }

  it('R12: joining every analytics field, key and header with every other topic and the API finds no link', async () => {
    const { analytics, others } = await corpora();
    expect(new Set(analytics.map((r) => r.type)).size).toBe(6); // reported, dispatched, responded, disposition, use of force, student group
    expect(others.length).toBeGreaterThan(analytics.filter((r) => r.type !== 'analytics.student-group.counted').length);

    // The attacker's side: every value it knows outside the analytics stream.
    const outside = [...others.flatMap((r) => [r.key, ...Object.values(r.headers), ...leaves(r.payload)]), ...rest.flatMap((r) => [...leaves(r.body), ...leaves(r.headers)])];
    const outsideText = outside.join('\n');

    // Analytics values that could identify something: everything but vocabulary.
    const identifying = analytics.flatMap((r) => [
      { where: `${r.type} key`, value: r.key },
      ...Object.entries(r.headers).filter(([h]) => !CONSTANT_HEADERS.has(h) && h !== 'ce_time').map(([h, v]) => ({ where: `${r.type} header ${h}`, value: v })),
      ...Object.entries(r.payload).filter(([f]) => !isVocabulary(r.type, f)).flatMap(([f, v]) => leaves(v).map((value) => ({ where: `${r.type}.${f}`, value }))),
    ]);
    expect(identifying.length).toBeGreaterThan(analytics.length);
    const links = identifying.filter(({ value }) => value.length >= 6 && outsideText.includes(value));

    // And the other way round: no identifier of the outside world (ids, student ids, correlation ids)
    // equals an analytics value or hides inside an identifying one.
    const vocabulary = new Set(analytics.flatMap((r) => [...Object.entries(r.headers).filter(([h]) => CONSTANT_HEADERS.has(h)).map(([, v]) => v), ...Object.entries(r.payload).filter(([f]) => isVocabulary(r.type, f)).flatMap(([, v]) => leaves(v))]));
    const analyticsValues = new Set(analytics.flatMap((r) => [r.key, ...Object.values(r.headers), ...leaves(r.payload)]));
    const identifyingText = identifying.map((i) => i.value).join('\n');
    const reverse = [...new Set(outside)].filter(
      (v) => !vocabulary.has(v) && !/^(true|false|\d+)$/.test(v) && (analyticsValues.has(v) || (v.length >= 8 && identifyingText.includes(v))),
    );
    const analyticsText = analytics.map((r) => JSON.stringify([r.key, r.headers, r.payload])).join('\n');

    expect({ links, reverse }).toEqual({ links: [], reverse: [] });
    for (const s of students) expect(analyticsText).not.toContain(s);
    for (const id of incidentIds) expect(analyticsText).not.toContain(id);
  });

  it('R12: the Kafka key and ce_subject are the analytic id; ce_time is the day; no correlation or causation id', async () => {
    const { analytics } = await corpora();
    for (const r of analytics) {
      expect(r.key).toBe(r.payload[EVENTS.find((e) => e.type === r.type)!.keyField]);
      expect(r.headers.ce_subject).toBe(r.key);
      expect(r.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(r.headers.ce_time).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(r.headers).not.toHaveProperty('ce_correlationid');
      expect(r.headers).not.toHaveProperty('ce_causationid');
      expect(r.payload.analyticKeyId).toBe('dev-ids');
    }
  });

  it('R12: the order of pseudonyms does not mirror the order of students on the police topic', async () => {
    const { analytics, others } = await corpora();
    const reported = analytics.filter((r) => r.type === 'analytics.incident.reported');
    expect(reported).toHaveLength(7);
    for (const r of reported) {
      const pseudonyms = r.payload.studentPseudonyms as string[];
      expect(pseudonyms).toHaveLength(2);
      expect(pseudonyms).toEqual([...pseudonyms].sort());
    }
    // The police topic lists students in the reporter's order (descending here), so sorted pseudonyms
    // carry no positional hint: the pairs cannot be aligned by position.
    const police = others.filter((r) => r.type === 'incidents.incident.reported').map((r) => r.payload.studentIds as string[]);
    expect(police.every((ids) => ids[0] > ids[1])).toBe(true);
  });

  it('R12 (issue 18): no pseudonym can be linked to a demographic group: group counts share no identifying value with any other record', async () => {
    const { analytics } = await corpora();
    const groups = analytics.filter((r) => r.type === 'analytics.student-group.counted');
    const facts = analytics.filter((r) => r.type !== 'analytics.student-group.counted');
    // 14 students involved, 7 diverted, 7 subjects of force (the counselled are not counted), in 5 dimensions each.
    expect(groups).toHaveLength((14 + 7 + 7) * 5);
    for (const g of groups) {
      // One dimension of one student, the month and closed vocabularies: no pseudonym, no incident, no campus, no day.
      // Plus districtId: the tenant, shared by every record of the district, so it links nothing.
      expect(Object.keys(g.payload).sort()).toEqual(['analyticGroupFactId', 'analyticKeyId', 'dimension', 'districtId', 'measure', 'monthOf', 'value']);
      expect(g.payload.monthOf).toMatch(/^\d{4}-\d{2}-01$/);
    }
    // Demographic values only ever travel in group records, and those hold none of the facts' identifying values.
    const demographic = new Set(groups.map((g) => String(g.payload.value)));
    for (const f of facts) for (const [field, v] of Object.entries(f.payload)) if (!isVocabulary(f.type, field)) expect(demographic.has(String(v))).toBe(false);
    const factValues = new Set(facts.flatMap((f) => [f.key, ...leaves(f.payload)]));
    const groupIdentifying = groups.flatMap((g) => [g.key, String(g.payload.analyticGroupFactId)]);
    expect(groupIdentifying.filter((v) => factValues.has(v))).toEqual([]);
    expect(new Set(groups.map((g) => g.payload.analyticGroupFactId)).size).toBe(groups.length); // each group fact has its own id
    // And the pseudonyms never appear in a group record.
    const pseudonyms = facts.flatMap((f) => [...((f.payload.studentPseudonyms as string[]) ?? []), f.payload.studentPseudonym].filter(Boolean) as string[]);
    expect(pseudonyms.length).toBeGreaterThan(0);
    const groupText = JSON.stringify(groups);
    for (const p of pseudonyms) expect(groupText).not.toContain(p);
  });
});
