import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestService, type TestService } from '#testing';
import { incidentsDefinition } from '../src/incidents.definition.js';

interface Summary {
  id: string;
  campusId: string;
  occurredAt: string;
  type: string;
  studentIds: string[];
  status: string;
}

const CAMPUSES = ['campus-hs-01', 'campus-ms-02', 'campus-el-03'];
const TYPES = ['disturbance', 'threat', 'self-harm-concern', 'weapon', 'fight', 'welfare-check', 'other'];
const STATUSES = ['reported', 'triaged', 'dispatched', 'on-scene', 'cleared', 'closed'];

describe('incidents: list with filters and keyset pagination (real PostgreSQL)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  let auth: string;
  let all: { id: string; campus_id: string; occurred_at: string; type: string; student_ids: string[]; status: string }[];

  beforeAll(async () => {
    svc = await startTestService(incidentsDefinition);
    http = request(svc.app.getHttpServer());
    auth = await svc.idp.bearer(['police-chief']);
    const ds = svc.db;
    // 360 incidents; every 4 share one instant (ties broken by id), some differ by a microsecond only.
    await ds.query(
      `INSERT INTO incident (campus_id, location, occurred_at, type, student_ids, narrative, status, reported_by)
       SELECT ($1::text[])[1 + g % 3], 'Hallway', timestamptz '2026-10-01 08:00Z' + (g / 4) * interval '37 minutes' + (g % 2) * interval '1 microsecond',
              ($2::text[])[1 + g % 7],
              ARRAY['S' || (1000000 + g % 23)::text] || CASE WHEN g % 5 = 0 THEN ARRAY['S7777777'] ELSE ARRAY[]::text[] END,
              'narrative', ($3::text[])[1 + g % 6], 'seed'
         FROM generate_series(0, 359) AS g`,
      [CAMPUSES, TYPES, STATUSES],
    );
    // A student's history is read from incident_student, which report-incident writes with the incident.
    await ds.query(`INSERT INTO incident_student (student_id, occurred_at, incident_id) SELECT s, occurred_at, id FROM incident, unnest(student_ids) AS s`);
    all = await ds.query(`SELECT id, campus_id, occurred_at, type, student_ids, status FROM incident ORDER BY occurred_at DESC, id DESC`);
  });
  afterAll(() => svc?.close());

  async function pages(query: Record<string, string | number>): Promise<{ items: Summary[]; pages: number }> {
    const items: Summary[] = [];
    let cursor: string | null = null;
    let pageCount = 0;
    do {
      const res = await http.get('/incidents').query({ ...query, ...(cursor ? { cursor } : {}) }).set('authorization', auth).expect(200);
      const page = res.body as { items: Summary[]; nextCursor: string | null };
      items.push(...page.items);
      cursor = page.nextCursor;
      pageCount += 1;
      if (pageCount > 500) throw new Error('pagination does not end');
    } while (cursor);
    return { items, pages: pageCount };
  }

  const expected = (keep: (r: (typeof all)[number]) => boolean) => all.filter(keep).map((r) => r.id);

  it('pages through everything newest first, without duplicates or gaps, ties included', async () => {
    const { items, pages: n } = await pages({ limit: 7 });
    expect(items.map((i) => i.id)).toEqual(all.map((r) => r.id));
    expect(new Set(items.map((i) => i.id)).size).toBe(360);
    expect(n).toBe(Math.ceil(360 / 7));
    expect(items[0]).not.toHaveProperty('narrative');
  });

  it.each([
    ['campus', { campusId: 'campus-ms-02' }, (r: (typeof all)[number]) => r.campus_id === 'campus-ms-02'],
    ['type', { type: 'weapon' }, (r: (typeof all)[number]) => r.type === 'weapon'],
    ['status', { status: 'on-scene' }, (r: (typeof all)[number]) => r.status === 'on-scene'],
    ['student', { studentId: 'S7777777' }, (r: (typeof all)[number]) => r.student_ids.includes('S7777777')],
    [
      'date range',
      { from: '2026-10-02T00:00:00Z', to: '2026-10-03T12:00:00Z' },
      (r: (typeof all)[number]) => new Date(r.occurred_at) >= new Date('2026-10-02T00:00:00Z') && new Date(r.occurred_at) < new Date('2026-10-03T12:00:00Z'),
    ],
    [
      'campus, type, status and dates together',
      { campusId: 'campus-hs-01', type: 'threat', status: 'reported', from: '2026-10-01T00:00:00Z', to: '2026-10-09T00:00:00Z' },
      (r: (typeof all)[number]) =>
        r.campus_id === 'campus-hs-01' && r.type === 'threat' && r.status === 'reported' && new Date(r.occurred_at) < new Date('2026-10-09T00:00:00Z'),
    ],
  ])('filters by %s across pages', async (_label, query, keep) => {
    const want = expected(keep);
    expect(want.length).toBeGreaterThan(0);
    const { items } = await pages({ ...query, limit: 5 });
    expect(items.map((i) => i.id)).toEqual(want);
  });

  it('returns an empty last page with no cursor when nothing matches', async () => {
    const res = await http.get('/incidents').query({ studentId: 'S0000000' }).set('authorization', auth).expect(200);
    expect(res.body).toEqual({ items: [], nextCursor: null });
  });

  it('uses 50 rows a page by default', async () => {
    const res = await http.get('/incidents').set('authorization', auth).expect(200);
    expect(res.body.items).toHaveLength(50);
    expect(res.body.nextCursor).toEqual(expect.any(String));
  });

  it.each([
    ['a forged cursor', { cursor: 'eyJ4IjoxfQ' }, 'cursor'],
    ['a limit of 0', { limit: 0 }, 'limit'],
    ['a limit of 201', { limit: 201 }, 'limit'],
    ['a non-numeric limit', { limit: 'ten' }, 'limit'],
    ['an unknown status', { status: 'pending' }, 'status'],
    ['a bad date', { from: '01/10/2026' }, 'from'],
    ['an empty range', { from: '2026-10-05T00:00:00Z', to: '2026-10-05T00:00:00Z' }, 'from'],
    ['an unknown filter', { officer: 'x' }, 'officer'],
  ])('400 problem+json for %s', async (_label, query, field) => {
    const res = await http.get('/incidents').query(query).set('authorization', auth).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('is for police roles, administrators and district systems only', async () => {
    await http.get('/incidents').set('authorization', await svc.idp.bearer(['clinician'])).expect(403);
    await http.get('/incidents').set('authorization', await svc.idp.bearer(['analyst'])).expect(403);
    await http.get('/incidents').set('authorization', await svc.idp.bearer(['system'])).expect(200);
  });
});
