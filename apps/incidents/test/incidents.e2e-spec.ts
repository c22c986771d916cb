import request from 'supertest';
import { describeServiceConformance, omit, startTestService, type TestService } from '#testing';
import { incidentsService } from '../src/incidents.service.js';

const validBody = {
  campusId: 'campus-hs-01',
  location: 'Gym hallway',
  occurredAt: '2026-11-23T14:05:00Z',
  type: 'welfare-check',
  studentIds: ['S1000001'],
  narrative: 'Teacher asked for a welfare check on a distressed student.',
  mentalHealthCrisis: true,
};

describeServiceConformance({
  service: incidentsService,
  collection: '/incidents',
  validBody,
  writer: 'officer',
  forbidden: 'clinician',
  notFoundCode: 'INCIDENT.NOT_FOUND',
  badBodies: [
    ['a wrong type', { ...validBody, mentalHealthCrisis: 'yes' }, 'mentalHealthCrisis'],
    ['a missing field', omit(validBody, 'narrative'), 'narrative'],
    ['an unknown incident type', { ...validBody, type: 'jaywalking' }, 'type'],
    ['a malformed student id', { ...validBody, studentIds: ['S 1; drop'] }, 'studentIds'],
  ],
});

describe('incidents: report incident', () => {
  let svc: TestService;
  beforeAll(async () => (svc = await startTestService(incidentsService)));
  afterAll(() => svc?.close());

  it('records the reporting officer from the token and starts in "reported"', async () => {
    const http = request(svc.app.getHttpServer());
    const res = await http
      .post('/incidents')
      .set('authorization', await svc.idp.bearer(['officer'], 'officer-7'))
      .send({ ...validBody, studentIds: ['S1000001', 'S1000001'] })
      .expect(201);
    expect(res.body).toMatchObject({
      status: 'reported',
      reportedBy: 'officer-7',
      occurredAt: '2026-11-23T14:05:00.000Z',
      studentIds: ['S1000001'],
    });
  });

  it('lets a district system (CAD) report, and the chief read, but not a clinician read', async () => {
    const http = request(svc.app.getHttpServer());
    const created = await http.post('/incidents').set('authorization', await svc.idp.bearer(['system'], 'cad')).send(validBody).expect(201);
    await http.get(`/incidents/${created.body.id}`).set('authorization', await svc.idp.bearer(['police-chief'])).expect(200);
    await http.get(`/incidents/${created.body.id}`).set('authorization', await svc.idp.bearer(['clinician'])).expect(403);
  });
});
