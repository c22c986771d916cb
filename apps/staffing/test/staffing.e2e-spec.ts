import request from 'supertest';
import { describeServiceConformance, omit, startTestService, type TestService } from '#testing';
import { staffingDefinition } from '../src/staffing.definition.js';

const validBody = {
  employeeId: 'E20417',
  displayName: 'Clinician A',
  role: 'clinician',
  unit: 'behavioral-health',
  licenseNumber: 'LCSW-000123',
};

describeServiceConformance({
  service: staffingDefinition,
  collection: '/staff',
  validBody,
  writer: 'admin',
  forbidden: 'officer',
  notFoundCode: 'STAFF.NOT_FOUND',
  badBodies: [
    ['a wrong type', { ...validBody, displayName: ['x'] }, 'displayName'],
    ['a missing field', omit(validBody, 'unit'), 'unit'],
    ['a clinician without a license number', omit(validBody, 'licenseNumber'), 'licenseNumber'],
  ],
});

describe('staffing: roster', () => {
  let svc: TestService;
  beforeAll(async () => (svc = await startTestService(staffingDefinition)));
  afterAll(() => svc?.close());

  it('409 problem+json for an employee already on the roster, even when added concurrently', async () => {
    const http = request(svc.app.getHttpServer());
    const auth = await svc.idp.bearer(['system'], 'hr-sync');
    const body = { employeeId: 'E30001', displayName: 'Officer B', role: 'officer', unit: 'police' };
    const results = await Promise.all([1, 2, 3].map(() => http.post('/staff').set('authorization', auth).send(body)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const conflict = results.find((r) => r.status === 409)!;
    expect(conflict.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(conflict.body.code).toBe('STAFF.DUPLICATE_EMPLOYEE');
  });

  it('lets both the chief and the behavioral-health director add staff', async () => {
    const http = request(svc.app.getHttpServer());
    const officer = { employeeId: 'E30002', displayName: 'Officer C', role: 'officer', unit: 'police' };
    await http.post('/staff').set('authorization', await svc.idp.bearer(['police-chief'])).send(officer).expect(201);
    await http.post('/staff').set('authorization', await svc.idp.bearer(['bh-director'])).send({ ...validBody, employeeId: 'E30003' }).expect(201);
  });
});
