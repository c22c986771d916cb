import request from 'supertest';
import { DataSource } from 'typeorm';
import { StaffAddedEvent, type StaffAdded } from '#contracts';
import { startTestService, type TestService, deliverEvent } from '#testing';
import { ProjectRosterHandler } from '../src/compliance/project-roster/project-roster.handler.js';
import { trainingDefinition } from '../src/training.definition.js';

const OFFICER_A = '11111111-1111-4111-8111-111111111111';
const OFFICER_B = '22222222-2222-4222-8222-222222222222';

describe('training: completions by instructors and bulk imports', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  let lms: string;
  let ds: DataSource;

  /** Feeds the roster projection the way the broker would (the handler, inside a transaction). */
  async function rosterAdd(staff: StaffAdded): Promise<void> {
    await ds.transaction((em) =>
      deliverEvent(svc.app, ProjectRosterHandler, { id: `${staff.staffId}-added`, source: 'staffing', type: StaffAddedEvent.type, specversion: '1.0', data: staff } as never, em),
    );
  }

  beforeAll(async () => {
    svc = await startTestService(trainingDefinition);
    http = request(svc.app.getHttpServer());
    lms = await svc.idp.bearer(['system'], 'lms');
    ds = svc.db;
    for (const course of [
      { code: 'DEESC-8', title: 'De-escalation', category: 'de-escalation', hours: 8 },
      { code: 'LEG-UPD', title: 'TCOLE legislative update', category: 'tcole-legislative-update', hours: 4 },
      { code: 'ALERRT', title: 'ALERRT basic', category: 'alerrt', hours: 16 },
    ]) {
      await http.post('/courses').set('authorization', lms).send(course).expect(201);
    }
    await rosterAdd({ staffId: OFFICER_A, employeeId: 'E50101', role: 'officer', unit: 'police', licensed: false });
  });
  afterAll(() => svc?.close());

  const importCsv = (csv: string, fileName = 'lms.csv') =>
    http.post('/completion-imports').query({ fileName }).set('authorization', lms).set('content-type', 'text/csv').send(csv);
  const completionEvents = async (): Promise<number> => (await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE type = 'training.completion.recorded'`))[0].n;
  const completionsOf = async (staffId: string) =>
    (await http.get(`/staff/${staffId}/completions`).set('authorization', lms).expect(200)).body as { courseCode: string; completedOn: string; hours: number; source: string }[];

  describe('instructors', () => {
    it('lets registered instructors and district systems record completions; others get 403', async () => {
      const body = { staffId: OFFICER_B, courseCode: 'DEESC-8', completedOn: '2026-10-14' };
      const officer = await svc.idp.bearer(['officer'], 'sgt-f');
      const refused = await http.post('/completions').set('authorization', officer).send(body).expect(403);
      expect(refused.body.code).toBe('COMPLETION.NOT_AN_INSTRUCTOR');
      await http.post('/instructors').set('authorization', await svc.idp.bearer(['admin'])).send({ sub: 'sgt-f', displayName: 'Sergeant F' }).expect(201);
      const res = await http.post('/completions').set('authorization', officer).send(body).expect(201);
      expect(res.body).toMatchObject({ staffId: OFFICER_B, courseCode: 'DEESC-8', category: 'de-escalation', hours: 8, source: 'instructor', recordedBy: 'sgt-f' });
      const dup = await http.post('/completions').set('authorization', lms).send({ ...body, hours: 4 }).expect(409);
      expect(dup.body.code).toBe('COMPLETION.DUPLICATE');
      await http.post('/completions').set('authorization', await svc.idp.bearer(['analyst'])).send(body).expect(403);
    });

    it('422 for an unknown course, a future day or more hours than the course; 400 for a bad body', async () => {
      const unknown = await http.post('/completions').set('authorization', lms).send({ staffId: OFFICER_B, courseCode: 'NOPE-1', completedOn: '2026-10-14' }).expect(422);
      expect(unknown.body).toMatchObject({ code: 'COMPLETION.INVALID', errors: [{ field: 'courseCode', message: 'no course NOPE-1 in the catalogue' }] });
      const future = await http.post('/completions').set('authorization', lms).send({ staffId: OFFICER_B, courseCode: 'ALERRT', completedOn: '2099-01-01' }).expect(422);
      expect(future.body.errors[0].field).toBe('completedOn');
      const tooLong = await http.post('/completions').set('authorization', lms).send({ staffId: OFFICER_B, courseCode: 'LEG-UPD', completedOn: '2026-10-01', hours: 6 }).expect(422);
      expect(tooLong.body.errors[0].field).toBe('hours');
      const bad = await http.post('/completions').set('authorization', lms).send({ staffId: 'x', courseCode: 'ALERRT', completedOn: '2026-02-30' }).expect(400);
      expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['completedOn', 'staffId']);
    });
  });

  describe('bulk import', () => {
    const csv = [
      'Employee ID,Course Code,Completed On,Hours',
      'E50101,DEESC-8,2026-09-10,8',
      'E50101,LEG-UPD,2026-09-11,',
      'E99999,DEESC-8,2026-09-12,8',
      'E50101,CIT-99,2026-09-13,8',
      'E50101,ALERRT,2026-13-01,8',
      'E50101,ALERRT,2026-09-14,40',
      'E50101,ALERRT,2026-09-15,12.5',
    ].join('\n');

    it('keeps good rows, reports each bad row with its field, and publishes one event per new completion', async () => {
      const eventsBefore = await completionEvents();
      const res = await importCsv(csv).expect(201);
      expect(res.body).toMatchObject({ format: 'csv', fileName: 'lms.csv', replayed: false, importedBy: 'lms', totalRows: 7, accepted: 3, duplicates: 0, rejected: 4 });
      expect(res.body.errors).toEqual([
        { row: 3, field: 'employeeId', message: 'no staff member with employee id E99999 on the roster' },
        { row: 4, field: 'courseCode', message: 'no course CIT-99 in the catalogue' },
        { row: 5, field: 'completedOn', message: 'completedOn must be a date (YYYY-MM-DD)' },
        { row: 6, field: 'hours', message: "hours exceed the course's 16" },
      ]);
      expect(await completionEvents()).toBe(eventsBefore + 3);
      expect((await completionsOf(OFFICER_A)).map((c) => [c.courseCode, c.completedOn, c.hours, c.source])).toEqual([
        ['DEESC-8', '2026-09-10', 8, 'import'],
        ['LEG-UPD', '2026-09-11', 4, 'import'],
        ['ALERRT', '2026-09-15', 12.5, 'import'],
      ]);
      const again = await http.get(`/completion-imports/${res.body.id}`).set('authorization', lms).expect(200);
      expect(again.body.errors).toHaveLength(4);
    });

    it('replays the same file (200, replayed, first report) without recording anything again, even under another name', async () => {
      const eventsBefore = await completionEvents();
      const first = await importCsv(csv).expect(200);
      const renamed = await importCsv(csv, 'copy-of-lms.csv').expect(200);
      for (const r of [first, renamed]) expect(r.body).toMatchObject({ replayed: true, fileName: 'lms.csv', accepted: 3, rejected: 4 });
      expect(await completionEvents()).toBe(eventsBefore);
      expect(await completionsOf(OFFICER_A)).toHaveLength(3);
    });

    it('counts rows already on record from another file as duplicates; takes JSON with staff ids too', async () => {
      const overlapping = 'staffId,courseCode,completedOn\n' + `${OFFICER_A},DEESC-8,2026-09-10\n${OFFICER_A},ALERRT,2026-10-02\n${OFFICER_A},ALERRT,2026-10-02\n`;
      const res = await importCsv(overlapping, 'second.csv').expect(201);
      expect(res.body).toMatchObject({ totalRows: 3, accepted: 1, duplicates: 2, rejected: 0, errors: [] });
      const json = await http
        .post('/completion-imports')
        .set('authorization', lms)
        .send({ rows: [{ staffId: OFFICER_B, courseCode: 'LEG-UPD', completedOn: '2026-09-20' }, { staffId: OFFICER_B, courseCode: 'ALERRT' }, 'garbage'] })
        .expect(201);
      expect(json.body).toMatchObject({ format: 'json', accepted: 1, rejected: 2 });
      expect(json.body.errors).toEqual([
        { row: 2, field: 'completedOn', message: 'completedOn is required' },
        { row: 3, field: '*', message: 'row must be an object' },
      ]);
    });

    it('imports a file once when the same file arrives twice at the same moment', async () => {
      const file = `staffId,courseCode,completedOn\n${OFFICER_B},DEESC-8,2026-08-01\n${OFFICER_B},ALERRT,2026-08-02\n`;
      const results = await Promise.all([importCsv(file, 'race.csv'), importCsv(file, 'race.csv'), importCsv(file, 'race.csv')]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
      expect(results.every((r) => r.body.id === results[0].body.id)).toBe(true);
      const recorded = (await completionsOf(OFFICER_B)).filter((c) => c.completedOn.startsWith('2026-08'));
      expect(recorded).toHaveLength(2);
    });

    it.each([
      ['a file with no data rows', 'staffId,courseCode,completedOn\n', 'IMPORT.EMPTY_FILE'],
      ['missing columns', 'staffId,hours\nabc,3\n', 'IMPORT.MISSING_COLUMNS'],
      ['a ragged CSV', 'staffId,courseCode,completedOn\na,b\n', 'IMPORT.UNREADABLE_FILE'],
    ])('400 problem+json for %s', async (_label, body, code) => {
      const res = await importCsv(body).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe(code);
    });

    it('400 for a JSON body that is not {rows: [...]}, 403 for officers', async () => {
      const res = await http.post('/completion-imports').set('authorization', lms).send({ lines: [] }).expect(400);
      expect(res.body.code).toBe('IMPORT.UNREADABLE_FILE');
      await http.post('/completion-imports').set('authorization', await svc.idp.bearer(['officer'])).set('content-type', 'text/csv').send('a').expect(403);
    });
  });
});
