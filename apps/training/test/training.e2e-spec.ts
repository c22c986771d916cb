import request from 'supertest';
import { describeServiceConformance, omit, startTestService, type TestService } from '#testing';
import { trainingDefinition } from '../src/training.definition.js';

const validBody = { code: 'CIT-40', title: 'Crisis Intervention Team, 40-hour', category: 'cit', hours: 40, validityMonths: 48 };

describeServiceConformance({
  service: trainingDefinition,
  collection: '/courses',
  validBody,
  writer: 'admin',
  forbidden: 'officer',
  notFoundCode: 'COURSE.NOT_FOUND',
  badBodies: [
    ['a wrong type', { ...validBody, hours: '40' }, 'hours'],
    ['a missing field', omit(validBody, 'category'), 'category'],
    ['a non-positive duration', { ...validBody, hours: 0 }, 'hours'],
  ],
});

describe('training: course catalogue', () => {
  let svc: TestService;
  beforeAll(async () => (svc = await startTestService(trainingDefinition)));
  afterAll(() => svc?.close());

  it('keeps fractional hours and a course that never expires', async () => {
    const http = request(svc.app.getHttpServer());
    const res = await http
      .post('/courses')
      .set('authorization', await svc.idp.bearer(['system'], 'lms'))
      .send({ code: 'MHFA', title: 'Mental Health First Aid', category: 'mental-health-first-aid', hours: 7.5 })
      .expect(201);
    expect(res.body).toMatchObject({ hours: 7.5, validityMonths: null });
  });

  it('409 problem+json for a duplicate course code', async () => {
    const http = request(svc.app.getHttpServer());
    const auth = await svc.idp.bearer(['admin']);
    const body = { code: 'ALERRT-1', title: 'ALERRT basic', category: 'alerrt', hours: 16 };
    await http.post('/courses').set('authorization', auth).send(body).expect(201);
    const dup = await http.post('/courses').set('authorization', auth).send(body).expect(409);
    expect(dup.body).toMatchObject({ status: 409, code: 'COURSE.DUPLICATE_CODE' });
  });
});
