import request from 'supertest';
import { startTestService, walkPages, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { as } from './support/fixtures.js';

describe('support-plans: the registry of community providers (agency, services, contact, 42 CFR Part 2)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  let director: string;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    http = request(svc.app.getHttpServer());
    director = await as(svc, 'bh-director', 'bh-director-1');
  });
  afterAll(() => svc?.close());

  const add = (body: Record<string, unknown>, token = director) => http.post('/community-providers').set('authorization', token).send(body);

  it('registers providers, with whether each is a Part 2 program; reads one back; bad bodies are 400, police 403', async () => {
    const res = await add({ agency: 'Hill Country Recovery (synthetic)', services: ['substance-use-treatment', 'counseling'], contactName: 'Intake', contactPhone: '+1-512-555-0100', contactEmail: 'intake@example.org', part2Program: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ agency: 'Hill Country Recovery (synthetic)', services: ['substance-use-treatment', 'counseling'], part2Program: true, active: true });
    expect((await http.get(`/community-providers/${res.body.id}`).set('authorization', await as(svc, 'clinician', 'clinician-3')).expect(200)).body).toEqual(res.body);
    const bad = await add({ agency: 'x', services: ['astrology'], contactPhone: 'call me', contactEmail: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['agency', 'contactEmail', 'contactPhone', 'part2Program', 'services']);
    expect((await add({ agency: 'Any', services: ['counseling'], part2Program: false }, await as(svc, 'officer', 'officer-7'))).status).toBe(403);
    expect((await http.get('/community-providers').set('authorization', await as(svc, 'officer', 'officer-7'))).status).toBe(403);
    expect((await http.get('/community-providers/00000000-0000-4000-8000-000000000000').set('authorization', director)).body.code).toBe('PROVIDER.NOT_FOUND');
  });

  it('lists active providers by agency name, filtered by service and Part 2 status, keyset page by page', async () => {
    for (const [agency, services, part2Program] of [
      ['Austin Family Therapy (synthetic)', ['family-therapy', 'counseling'], false],
      ['Bastrop Psychiatry Group (synthetic)', ['psychiatry'], false],
      ['Williamson Crisis Center (synthetic)', ['crisis-stabilization', 'counseling'], false],
    ] as const) {
      await add({ agency, services, part2Program }).then((r) => expect(r.status).toBe(201));
    }
    const pages = await walkPages(http, '/community-providers', director, { limit: 2 });
    expect(pages.map((p) => p.length)).toEqual([2, 2]);
    expect(pages.flat().map((p) => p.agency)).toEqual([
      'Austin Family Therapy (synthetic)', 'Bastrop Psychiatry Group (synthetic)', 'Hill Country Recovery (synthetic)', 'Williamson Crisis Center (synthetic)',
    ]);
    const counseling = (await walkPages(http, '/community-providers', director, { service: 'counseling' })).flat().map((p) => p.agency);
    expect(counseling).toEqual(['Austin Family Therapy (synthetic)', 'Hill Country Recovery (synthetic)', 'Williamson Crisis Center (synthetic)']);
    expect((await walkPages(http, '/community-providers', director, { part2Program: 'true' })).flat().map((p) => p.agency)).toEqual(['Hill Country Recovery (synthetic)']);
  });
});
