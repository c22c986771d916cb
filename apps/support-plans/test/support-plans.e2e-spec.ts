import request from 'supertest';
import { describeServiceConformance, omit, startTestService, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';

const validBody = {
  studentId: 'S1000002',
  campusId: 'campus-ms-02',
  source: 'staff',
  reason: 'Counselor reports withdrawal and missed classes over two weeks.',
};

describeServiceConformance({
  service: supportPlansDefinition,
  collection: '/referrals',
  validBody,
  writer: 'clinician',
  forbidden: 'officer',
  notFoundCode: 'REFERRAL.NOT_FOUND',
  badBodies: [
    ['a wrong type', { ...validBody, reason: 42 }, 'reason'],
    ['a missing field', omit(validBody, 'studentId'), 'studentId'],
    ['an incident referral without its incident', { ...validBody, source: 'incident' }, 'incidentId'],
  ],
});

describe('support-plans: referrals', () => {
  let svc: TestService;
  beforeAll(async () => (svc = await startTestService(supportPlansDefinition)));
  afterAll(() => svc?.close());

  it('links an incident referral to its incident and starts as "received"', async () => {
    const http = request(svc.app.getHttpServer());
    const incidentId = '6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7';
    const res = await http
      .post('/referrals')
      .set('authorization', await svc.idp.bearer(['clinician'], 'clinician-3'))
      .send({ ...validBody, source: 'incident', incidentId })
      .expect(201);
    expect(res.body).toMatchObject({ incidentId, source: 'incident', status: 'received', createdBy: 'clinician-3' });
  });

  it('R3 R10: keeps referrals from police roles without a basis, answered like a missing referral; analysts never read them (R12)', async () => {
    const http = request(svc.app.getHttpServer());
    const created = await http.post('/referrals').set('authorization', await svc.idp.bearer(['clinician'])).send(validBody).expect(201);
    for (const role of ['officer', 'police-chief'] as const) {
      const res = await http.get(`/referrals/${created.body.id}`).set('authorization', await svc.idp.bearer([role])).expect(404);
      expect(res.body).toMatchObject({ code: 'REFERRAL.NOT_FOUND', detail: 'No such referral' });
    }
    await http.get(`/referrals/${created.body.id}`).set('authorization', await svc.idp.bearer(['analyst'])).expect(403);
  });
});
