import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { listenOnLoopback, startTestService, type TestService } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { trainingDefinition } from '../../apps/training/src/training.definition.js';
import { createPortalApp } from '../../apps/portal/src/portal.app.js';

// A system test: it wires real services behind the portal over loopback TCP.
describe('portal: one Swagger UI and proxy for every service', () => {
  let incidents: TestService;
  let training: TestService;
  let portal: NestFastifyApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    incidents = await startTestService(incidentsDefinition);
    training = await startTestService(trainingDefinition);
    portal = await createPortalApp({
      LOG_LEVEL: 'silent',
      INCIDENTS_URL: await listenOnLoopback(incidents.app),
      TRAINING_URL: await listenOnLoopback(training.app),
      SUPPORT_PLANS_URL: 'http://127.0.0.1:9', // nothing listens: the portal must say so clearly
      STAFFING_URL: 'http://127.0.0.1:9',
      WELLNESS_URL: 'http://127.0.0.1:9',
    });
    await portal.getHttpAdapter().getInstance().ready();
    http = request(portal.getHttpServer());
  });
  afterAll(async () => {
    await portal?.close();
    await incidents?.close();
    await training?.close();
  });

  it('lists all four service specs in the Swagger UI dropdown', async () => {
    await http.get('/docs').expect(200);
    const init = await http.get('/docs/swagger-ui-init.js').expect(200);
    for (const service of ['incidents', 'support-plans', 'staffing', 'training']) {
      expect(init.text).toContain(`/specs/${service}.json`);
    }
  });

  it("serves a service's live spec with its server pointed at the portal proxy", async () => {
    const res = await http.get('/specs/incidents.json').expect(200);
    expect(res.body.info.title).toBe('Incidents API (police side)');
    expect(res.body.servers).toEqual([expect.objectContaining({ url: '/api/incidents' })]);
    expect(res.body.paths['/incidents']).toBeDefined();
  });

  it('proxies API calls with the caller token, so "Try it out" works through one origin', async () => {
    const officer = await incidents.idp.bearer(['officer'], 'officer-9');
    const created = await http
      .post('/api/incidents/incidents')
      .set('authorization', officer)
      .send({ campusId: 'campus-es-03', location: 'Front office', occurredAt: '2026-11-20T08:00:00Z', type: 'disturbance', narrative: 'Loud argument in the office.' })
      .expect(201);
    expect(created.body.reportedBy).toBe('officer-9');
    await http.get(`/api/incidents/incidents/${created.body.id}`).expect(401);
  });

  it('answers problem+json for an unknown or unreachable service', async () => {
    const unknown = await http.get('/specs/payroll.json').expect(404);
    expect(unknown.body.code).toBe('PORTAL.UNKNOWN_SERVICE');
    const down = await http.get('/specs/staffing.json').expect(502);
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(down.body.code).toBe('PORTAL.UPSTREAM_UNAVAILABLE');
  });

  it('serves the AsyncAPI document of the event stream next to the OpenAPI specs', async () => {
    const json = await http.get('/asyncapi.json').expect(200);
    expect(json.body.asyncapi).toBe('3.0.0');
    expect(Object.values(json.body.channels).map((c) => (c as { address: string }).address)).toEqual(
      expect.arrayContaining(['training.certification.v1', 'training.certification.v1.dlt', 'analytics.incident.v2']),
    );
    const page = await http.get('/asyncapi').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('training.certification.granted');
  });

  it('stays ready while reporting which upstreams are down', async () => {
    const res = await http.get('/health/ready').expect(200);
    expect(res.body.upstreams).toEqual({ incidents: 'up', 'support-plans': 'down', staffing: 'down', training: 'up', wellness: 'down' });
  });
});
