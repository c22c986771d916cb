import request from 'supertest';
import { DataSource } from 'typeorm';
import { StaffAddedEvent, type StaffAdded } from '#contracts';
import { startTestService, walkPages, type TestService, deliverEvent } from '#testing';
import { ProjectRosterHandler } from '../src/compliance/project-roster/project-roster.handler.js';
import { trainingDefinition } from '../src/training.definition.js';

const id = (n: number) => `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`;
const OFFICER_A = id(1);
const OFFICER_B = id(2);
const CLINICIAN = id(3);

describe('training: expiring and lapsed certifications by unit and window (keyset list)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  let lms: string;
  const certs: Record<string, string> = {};

  beforeAll(async () => {
    svc = await startTestService(trainingDefinition);
    http = request(svc.app.getHttpServer());
    lms = await svc.idp.bearer(['system'], 'lms');
    // The roster arrives as staffing events; the list's unit filter reads this read model.
    const ds = svc.db;
    const people: StaffAdded[] = [
      { staffId: OFFICER_A, employeeId: 'E70001', role: 'officer', unit: 'police', licensed: false },
      { staffId: OFFICER_B, employeeId: 'E70002', role: 'officer', unit: 'police', licensed: false },
      { staffId: CLINICIAN, employeeId: 'E70003', role: 'clinician', unit: 'behavioral-health', licensed: true },
    ];
    for (const p of people) {
      await ds.transaction((em) => deliverEvent(svc.app, ProjectRosterHandler, { id: `added-${p.staffId}`, source: 'staffing', type: StaffAddedEvent.type, specversion: '1.0', data: p } as never, em));
    }
    for (const course of [
      { code: 'CIT-40', title: 'CIT', category: 'cit', hours: 40, validityMonths: 24 },
      { code: 'MHFA', title: 'Mental Health First Aid', category: 'mental-health-first-aid', hours: 8, validityMonths: 36 },
    ]) {
      await http.post('/courses').set('authorization', lms).send(course).expect(201);
    }
    const grant = async (key: string, staffId: string, courseCode: string, issuedOn: string) => {
      certs[key] = (await http.post('/certifications').set('authorization', lms).send({ staffId, courseCode, issuedOn }).expect(201)).body.id;
    };
    await grant('a-cit', OFFICER_A, 'CIT-40', '2025-03-01'); // expires 2027-03-01
    await grant('b-cit', OFFICER_B, 'CIT-40', '2025-02-10'); // expires 2027-02-10
    await grant('c-mhfa', CLINICIAN, 'MHFA', '2024-02-20'); // expires 2027-02-20
    await grant('a-old', OFFICER_A, 'CIT-40', '2024-12-15'); // expires 2026-12-15
    await grant('b-revoked', OFFICER_B, 'MHFA', '2024-02-01'); // expires 2027-02-01, revoked below
    await http.post(`/certifications/${certs['b-revoked']}/revoke`).set('authorization', lms).send({ reason: 'recorded-in-error' }).expect(200);
  });
  afterAll(() => svc?.close());

  const ids = (pages: Record<string, unknown>[][]) => pages.flat().map((c) => c.id);

  it('lists certifications expiring within the window, soonest first, page by page; revoked ones never appear', async () => {
    const pages = await walkPages(http, '/certifications', lms, { asOf: '2027-01-15', days: 60, limit: 2 });
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(ids(pages)).toEqual([certs['b-cit'], certs['c-mhfa'], certs['a-cit']]);
    expect(ids(await walkPages(http, '/certifications', lms, { asOf: '2027-01-15', days: 30 }))).toEqual([certs['b-cit']]);
  });

  it('filters by unit (roster read model) and category; lapsed lists what expired within the window', async () => {
    const window = { asOf: '2027-01-15', days: 60 };
    expect(ids(await walkPages(http, '/certifications', lms, { ...window, unit: 'police' }))).toEqual([certs['b-cit'], certs['a-cit']]);
    expect(ids(await walkPages(http, '/certifications', lms, { ...window, unit: 'behavioral-health' }))).toEqual([certs['c-mhfa']]);
    expect(ids(await walkPages(http, '/certifications', lms, { ...window, category: 'mental-health-first-aid' }))).toEqual([certs['c-mhfa']]);
    // expiresOn is exclusive: the 2026-12-15 certification is lapsed on 2026-12-15, not before.
    expect(ids(await walkPages(http, '/certifications', lms, { state: 'lapsed', asOf: '2026-12-14', days: 30 }))).toEqual([]);
    expect(ids(await walkPages(http, '/certifications', lms, { state: 'lapsed', asOf: '2026-12-15', days: 30 }))).toEqual([certs['a-old']]);
    expect(ids(await walkPages(http, '/certifications', lms, { asOf: '2026-12-14', days: 1 }))).toEqual([certs['a-old']]);
  });

  it('is for administrators, the chiefs, analysts and district systems; bad windows and cursors are 400 problems', async () => {
    expect((await http.get('/certifications').set('authorization', await svc.idp.bearer(['analyst']))).status).toBe(200);
    expect((await http.get('/certifications').set('authorization', await svc.idp.bearer(['officer']))).status).toBe(403);
    const bad = await http.get('/certifications').query({ days: 0, state: 'soon', asOf: '2027-02-30', unit: 'x' }).set('authorization', lms).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['asOf', 'days', 'state', 'unit']);
    const forged = await http.get('/certifications').query({ cursor: Buffer.from('["2027-01-01","x"]').toString('base64url') }).set('authorization', lms).expect(400);
    expect(forged.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });
});
