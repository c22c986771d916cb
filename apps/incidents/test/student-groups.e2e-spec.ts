import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DATA_TEAM_PRINCIPAL } from '#contracts';
import type { LocalKafka as LocalBroker } from '#devkit';
import { eventually, startTestBroker, startTestService, testBrokerEnv, testKafkaClient, type TestService } from '#testing';
import { groupsToCsv, suppressGroups, type GroupRow } from '../../../scripts/analytics-groups.js';
import { collectGroups } from '../../../scripts/analytics-metrics.js';
import { renderReport } from '../../../scripts/analytics-report.js';
import { incidentsDefinition } from '../src/incidents.definition.js';
import { applyFacts, assigned, citCertified, clinician, officer, onCall } from './support/co-responder-facts.js';
import { CAMPUS, IncidentApi, MINUTE } from './support/incident-api.js';

const OFFICER = randomUUID();
const CLINICIAN = randomUUID();
// Synthetic students: S0-S6 high school, S7-S11 middle school, S12 never sent by the SIS.
const S = Array.from({ length: 13 }, (_, i) => `S93${String(i).padStart(5, '0')}`);
const demographics = (i: number) => ({
  gradeBand: i < 7 ? '9-12' : '6-8',
  sex: i % 2 ? 'male' : 'female',
  raceEthnicity: i < 7 ? 'hispanic-latino' : i < 10 ? 'white' : 'black-african-american',
  specialEducation: i % 4 === 0 ? 'iep' : 'none',
  emergentBilingual: 'no',
});

describe('incidents: disproportionality by de-identified demographic group (issue 18, R12)', () => {
  let broker: LocalBroker;
  let svc: TestService;
  let api: IncidentApi;
  let sis: IncidentApi;
  const now = Date.now();
  const at = (minutesAgo: number) => new Date(now - minutesAgo * MINUTE).toISOString();

  beforeAll(async () => {
    broker = await startTestBroker();
    svc = await startTestService(incidentsDefinition, testBrokerEnv(broker));
    api = new IncidentApi(svc);
    sis = new IncidentApi(svc, ['system'], 'sis-sync');
    await applyFacts(svc, [
      officer(OFFICER), ...citCertified(OFFICER), assigned(OFFICER, CAMPUS),
      clinician(CLINICIAN), onCall(CLINICIAN, [CAMPUS], new Date(now - 86_400_000), new Date(now + 86_400_000)),
    ]);
  }, 90_000);
  afterAll(async () => {
    await svc?.close();
    await broker?.stop();
  });

  const put = async (who: IncidentApi, studentId: string, body: Record<string, unknown>) =>
    who.http().put(`/students/${studentId}/demographics`).set('authorization', await who.auth()).send(body);

  it('takes the SIS categories from role system only, closed vocabularies only, and never gives them back', async () => {
    expect((await put(api, S[0], demographics(0))).status).toBe(403);
    const bad = await put(sis, S[0], { ...demographics(0), gradeBand: '10', raceEthnicity: 'Hispanic (free text)' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['gradeBand', 'raceEthnicity']);
    for (let i = 0; i < 12; i++) expect((await put(sis, S[i], demographics(i))).status).toBe(204);
    expect((await put(sis, S[0], demographics(0))).status).toBe(204); // replaces, idempotent
    expect((await svc.db.query(`SELECT count(*)::int AS n FROM student_demographics`))[0].n).toBe(12);
    expect((await api.get(`/students/${S[0]}/demographics`)).status).toBe(404);
  });

  it('counts students per group on the stream; the report suppresses small cells and their complements', async () => {
    // Two incidents: S0-S6 (six arrests, one diversion), S7-S12 (all diverted, force used on S7).
    for (const [students, outcome] of [[S.slice(0, 7), (i: number) => (i < 6 ? 'arrest' : 'diversion-program')], [S.slice(7), () => 'referred-to-behavioral-health']] as const) {
      const { id } = await api.report({ studentIds: students, occurredAt: at(60) });
      await api.dispatched(id, { triage: new Date(now - 55 * MINUTE), dispatch: new Date(now - 50 * MINUTE) });
      await api.step(id, 'on-scene', { at: at(40) });
      for (const [i, studentId] of students.entries()) await api.step(id, 'dispositions', { studentId, disposition: outcome(i), at: at(30) });
      if (students.includes(S[7])) await api.step(id, 'use-of-force', { forceType: 'physical-control', studentId: S[7], subjectInjury: 'none', officerInjury: 'none', clinicianPresent: true, at: at(35) });
    }
    const rows = await eventually(() => collectGroups(testKafkaClient(broker, DATA_TEAM_PRINCIPAL)), (r) => r.reduce((n, g) => n + (g.dimension === 'gradeBand' ? g.involved! + g.arrest! + g.diversion! + g.useOfForce! : 0), 0) === 27, 60_000);
    const grade = (v: string, from: readonly GroupRow[] = rows) => from.find((g) => g.dimension === 'gradeBand' && g.value === v);
    expect(grade('9-12')).toMatchObject({ involved: 7, arrest: 6, diversion: 1, useOfForce: 0 });
    expect(grade('6-8')).toMatchObject({ involved: 5, arrest: 0, diversion: 5, useOfForce: 1 });
    expect(grade('unknown')).toMatchObject({ involved: 1, arrest: 0, diversion: 1, useOfForce: 0 });
    expect(rows.find((g) => g.dimension === 'raceEthnicity' && g.value === 'white')).toMatchObject({ involved: 3, diversion: 3 });

    const shown = suppressGroups(rows, 5);
    // 1 unknown is under 5; alone it would follow from the total, so 6-8's 5 goes with it.
    expect(grade('unknown', shown)).toMatchObject({ involved: null, diversion: null, involvedShare: null, arrestRri: null });
    expect(grade('6-8', shown)).toMatchObject({ involved: null, diversion: 5, useOfForce: null, arrestRri: null });
    // 9-12: 6 of 7 arrested against 6 of 13 overall.
    expect(grade('9-12', shown)).toMatchObject({ involved: 7, arrest: 6, diversion: null, involvedShare: 53.85, arrestRri: 1.86, useOfForceRri: null });
    const csv = groupsToCsv(shown, 5);
    expect(csv.split('\n')[0]).toBe('dimension,value,involved,arrest,diversion,useOfForce,involvedShare,arrestRri,diversionRri,useOfForceRri');
    expect(csv).toContain('gradeBand,unknown,<5,0,<5,0,,,,');
    const html = renderReport([], { title: 'Groups', minCell: 5, window: {}, groups: shown });
    expect(html).toContain('id="disproportionality"');
  }, 120_000);
});
