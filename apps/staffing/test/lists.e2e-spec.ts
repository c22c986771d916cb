import request from 'supertest';
import type { Role } from '#contracts';
import { startTestService, walkPages, type TestService } from '#testing';
import { staffingDefinition } from '../src/staffing.definition.js';

const walk = walkPages;

describe('staffing: roster and hiring lists (keyset pages, filters, roles)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  let admin: string;
  const as = (roles: Role[], sub?: string) => svc.idp.bearer(roles, sub);
  const staffIds: Record<string, string> = {};

  beforeAll(async () => {
    svc = await startTestService(staffingDefinition);
    http = request(svc.app.getHttpServer());
    admin = await as(['admin']);
    // Synthetic roster: names chosen so that name order differs from insertion order.
    const people: [string, 'officer' | 'clinician', string][] = [
      ['Zed Officer', 'officer', 'police'], ['Amy Clinician', 'clinician', 'behavioral-health'], ['Bo Officer', 'officer', 'police'],
      ['Cy Clinician', 'clinician', 'behavioral-health'], ['Al Officer', 'officer', 'police'],
    ];
    for (const [i, [displayName, role, unit]] of people.entries()) {
      const body = { employeeId: `EL${i}`, displayName, role, unit, ...(role === 'clinician' ? { licenseNumber: `LCSW-L${i}` } : {}) };
      staffIds[displayName] = (await http.post('/staff').set('authorization', admin).send(body).expect(201)).body.id;
    }
    await http.post(`/staff/${staffIds['Cy Clinician']}/assignments`).set('authorization', admin)
      .send({ campusId: 'campus-list-01', primary: true, effectiveFrom: '2020-01-01' }).expect(201);
    expect((await http.post(`/staff/${staffIds['Bo Officer']}/deactivate`).set('authorization', admin).send({ reason: 'leave' })).status).toBeLessThan(300);
  });
  afterAll(() => svc?.close());

  it('GET /staff lists active members by name, page by page, with no row repeated or skipped', async () => {
    const pages = await walk(http, '/staff', admin, { limit: 2 });
    expect(pages.map((p) => p.length)).toEqual([2, 2]);
    expect(pages.flat().map((s) => s.displayName)).toEqual(['Al Officer', 'Amy Clinician', 'Cy Clinician', 'Zed Officer']);
  });

  it('GET /staff filters by role, unit, active and campus (assigned today)', async () => {
    const names = async (query: Record<string, string>) => (await walk(http, '/staff', admin, query)).flat().map((s) => s.displayName);
    expect(await names({ role: 'officer' })).toEqual(['Al Officer', 'Zed Officer']);
    expect(await names({ unit: 'behavioral-health' })).toEqual(['Amy Clinician', 'Cy Clinician']);
    expect(await names({ active: 'false' })).toEqual(['Bo Officer']);
    expect(await names({ campusId: 'campus-list-01' })).toEqual(['Cy Clinician']);
  });

  it('GET /staff is for administrators and the two chiefs; bad filters and forged cursors are 400 problems', async () => {
    expect((await http.get('/staff').set('authorization', await as(['police-chief']))).status).toBe(200);
    expect((await http.get('/staff').set('authorization', await as(['officer']))).status).toBe(403);
    expect((await http.get('/staff')).status).toBe(401);
    const bad = await http.get('/staff').query({ role: 'janitor', active: 'maybe' }).set('authorization', admin).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['active', 'role']);
    const forged = await http.get('/staff').query({ cursor: Buffer.from('["x"]').toString('base64url') }).set('authorization', admin).expect(400);
    expect(forged.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'cursor' })] });
  });

  it('lists positions by code, requisitions by status and candidates by stage; a cursor of one list is refused by another', async () => {
    const ids: { req: string[]; cand: string[] } = { req: [], cand: [] };
    for (const n of [3, 1, 2]) {
      const role = n === 2 ? 'officer' : 'clinician';
      const pos = await http.post('/positions').set('authorization', admin).send({ code: `LIST-${n}`, title: `List ${n}`, role, unit: role === 'officer' ? 'police' : 'behavioral-health' }).expect(201);
      const req = await http.post(`/positions/${pos.body.id}/requisitions`).set('authorization', admin).expect(201);
      ids.req.push(req.body.id);
      for (const c of [1, 2]) {
        const cand = await http.post(`/requisitions/${req.body.id}/candidates`).set('authorization', admin).send({ displayName: `Cand ${n}.${c}`, ...(role === 'clinician' ? { licenseNumber: `L-${n}${c}` } : {}) }).expect(201);
        ids.cand.push(cand.body.id);
      }
    }
    await http.post(`/candidates/${ids.cand[0]}/advance`).set('authorization', admin).expect(200);
    await http.post(`/candidates/${ids.cand[3]}/advance`).set('authorization', admin).expect(200);

    const positions = (await walk(http, '/positions', admin, { limit: 2 })).flat();
    expect(positions.map((p) => p.code)).toEqual(['LIST-1', 'LIST-2', 'LIST-3']);
    expect((await walk(http, '/positions', admin, { role: 'officer' })).flat().map((p) => p.code)).toEqual(['LIST-2']);

    const requisitions = await walk(http, '/requisitions', admin, { limit: 1 });
    expect(requisitions.flat().map((r) => r.id)).toEqual([...ids.req].reverse());
    expect((await walk(http, '/requisitions', admin, { status: 'filled' })).flat()).toEqual([]);

    const interviewing = (await walk(http, '/candidates', admin, { status: 'interviewing', limit: 1 })).flat();
    expect(interviewing.map((c) => c.id)).toEqual([ids.cand[0], ids.cand[3]]);
    expect(interviewing[0]).toMatchObject({ status: 'interviewing', decisions: [] });
    const screening = (await walk(http, '/candidates', admin, { status: 'screening', requisitionId: ids.req[2] })).flat();
    expect(screening.map((c) => c.id)).toEqual([ids.cand[4], ids.cand[5]]);

    const page = await http.get('/requisitions').query({ limit: 1 }).set('authorization', admin).expect(200);
    const foreign = await http.get('/positions').query({ cursor: page.body.nextCursor }).set('authorization', admin).expect(400);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    expect((await http.get('/candidates').set('authorization', await as(['clinician']))).status).toBe(403);
  });
});
