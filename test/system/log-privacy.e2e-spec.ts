import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import request from 'supertest';
import { ANONYMOUS_REPORTING_ROUTES, type Role } from '#contracts';
import { ANONYMOUS_REPORTING, createServiceApp, type ServiceDefinition } from '#platform';
import { dropSchema, listenOnLoopback, TEST_AUDIENCE, TEST_ISSUER, TestIdentityProvider, testDatabaseUrl, uniqueSchema } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { createPortalApp } from '../../apps/portal/src/portal.app.js';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { supportPlansDefinition } from '../../apps/support-plans/src/support-plans.definition.js';
import { trainingDefinition } from '../../apps/training/src/training.definition.js';

/**
 * Issue 14, items 5 and 6: all five processes (four services and the portal) log to memory at the
 * most verbose level; a realistic flow through the portal plants markers (student ids, a date of
 * birth, narratives, a tip reporter's traces, the bearer tokens) and every log line of every
 * process is scanned for them. In one jest worker nestjs-pino keeps a single root logger, so every
 * process's lines may land in the first destination: the scan covers the union of all of them.
 */
const LEVEL = 'trace';
const STUDENT = 'S4242424';
const OTHER_STUDENT = 'S4242425';
const DOB = '2011-07-19';
const NARRATIVE = 'NARRATIVE-LOGSCAN-7 student cried near the east stairs';
const REFERRAL_REASON = 'REASON-LOGSCAN-7 withdrawn after the incident';
const TIP_TEXT = 'TIPTEXT-LOGSCAN-7 heard about a weapon';
const REPORTER = {
  forwardedFor: '198.51.100.77',
  userAgent: 'TiplineKiosk/9.9 (LOGSCAN-UA)',
  correlationId: 'tipline-LOGSCAN-CID',
  referer: 'https://tips.example-district.org/LOGSCAN-REF',
  query: 'LOGSCAN-QUERY',
};

interface Proc {
  name: string;
  app: NestFastifyApplication;
  lines: string[];
  schema?: string;
}

describe('system: anonymous reports and personal data never reach a log line of any process (issue 14, TEC 37.115, R11)', () => {
  const procs: Proc[] = [];
  let idp: TestIdentityProvider;
  let portal: ReturnType<typeof request>;
  const tokens: string[] = [];

  async function boot(name: string, def: ServiceDefinition): Promise<Proc> {
    const schema = uniqueSchema(name);
    const lines: string[] = [];
    const app = await createServiceApp(
      def,
      {
        NODE_ENV: 'test', DATABASE_URL: testDatabaseUrl(), DB_SCHEMA: schema, DB_POOL_SIZE: '2', JWT_PUBLIC_KEY: idp.publicKeyPem,
        JWT_ISSUER: TEST_ISSUER, JWT_AUDIENCE: TEST_AUDIENCE, LOG_LEVEL: LEVEL,
      },
      { logDestination: { write: (line: string) => void lines.push(line) } },
    );
    await app.getHttpAdapter().getInstance().ready();
    const proc = { name, app, lines, schema };
    procs.push(proc);
    return proc;
  }

  const bearer = async (roles: Role[], sub: string) => {
    const token = await idp.bearer(roles, sub);
    tokens.push(token.replace(/^Bearer /, ''));
    return token;
  };
  const allLines = () => procs.flatMap((p) => p.lines.map((line) => ({ proc: p.name, line })));
  const found = (markers: string[]) => allLines().flatMap(({ proc, line }) => markers.filter((m) => line.includes(m)).map((marker) => ({ proc, marker, line: line.slice(0, 300) })));

  beforeAll(async () => {
    idp = await TestIdentityProvider.create();
    const [incidents, support, staffing, training] = [
      await boot('incidents', incidentsDefinition),
      await boot('support_plans', supportPlansDefinition),
      await boot('staffing', staffingDefinition),
      await boot('training', trainingDefinition),
    ];
    const lines: string[] = [];
    const app = await createPortalApp(
      {
        LOG_LEVEL: LEVEL,
        INCIDENTS_URL: await listenOnLoopback(incidents.app),
        SUPPORT_PLANS_URL: await listenOnLoopback(support.app),
        STAFFING_URL: await listenOnLoopback(staffing.app),
        TRAINING_URL: await listenOnLoopback(training.app),
      },
      { logDestination: { write: (line: string) => void lines.push(line) } },
    );
    await app.getHttpAdapter().getInstance().ready();
    procs.push({ name: 'portal', app, lines });
    portal = request(app.getHttpServer());
  }, 120_000);
  afterAll(async () => {
    for (const p of procs.reverse()) {
      await p.app.close();
      if (p.schema) await dropSchema(p.schema);
    }
  });

  /** The routes a service marked @AnonymousReporting(), found in its controllers' metadata. */
  function anonymousRoutesOf(app: NestFastifyApplication): { method: string; path: string }[] {
    const out: { method: string; path: string }[] = [];
    for (const mod of app.get(ModulesContainer).values()) {
      for (const wrapper of mod.controllers.values()) {
        const type = wrapper.metatype as (new (...a: never[]) => object) | null;
        if (!type) continue;
        const base = String(Reflect.getMetadata(PATH_METADATA, type) ?? '');
        for (const name of Object.getOwnPropertyNames(type.prototype)) {
          const handler = (type.prototype as Record<string, unknown>)[name];
          if (typeof handler !== 'function' || !Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler)?.[ANONYMOUS_REPORTING]) continue;
          const path = `/${[base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')].join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
          out.push({ method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number], path });
        }
      }
    }
    return out;
  }

  it('R11: ANONYMOUS_REPORTING_ROUTES, which the portal follows, lists exactly the routes the services mark @AnonymousReporting()', () => {
    const services: [string, string][] = [['incidents', 'incidents'], ['support_plans', 'support-plans'], ['staffing', 'staffing'], ['training', 'training']];
    const marked = services.flatMap(([proc, service]) => anonymousRoutesOf(procs.find((p) => p.name === proc)!.app).map((r) => ({ service, ...r })));
    expect(marked).toContainEqual({ service: 'incidents', method: 'POST', path: '/tips' });
    expect(new Set(marked.map((r) => JSON.stringify(r)))).toEqual(new Set(ANONYMOUS_REPORTING_ROUTES.map((r) => JSON.stringify({ service: r.service, method: r.method, path: r.path }))));
  });

  it('R11: a tip sent through the portal with identifying headers leaves none of them in any log line of any process', async () => {
    expect(ANONYMOUS_REPORTING_ROUTES).toContainEqual({ service: 'incidents', method: 'POST', path: '/tips' });
    const send = async (body: object, auth?: string) => {
      const req = portal
        .post(`/api/incidents/tips?device=${REPORTER.query}`)
        .set('x-forwarded-for', REPORTER.forwardedFor)
        .set('user-agent', REPORTER.userAgent)
        .set('x-correlation-id', REPORTER.correlationId)
        .set('referer', REPORTER.referer);
      return (auth === undefined ? req : req.set('authorization', auth)).send(body);
    };
    const stored = await send({ campusId: 'campus-ms-02', category: 'threat', studentIds: [OTHER_STUDENT], text: TIP_TEXT }, await bearer(['system'], 'tipline-app'));
    expect(stored.status).toBe(201);
    expect(stored.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect((await send({ campusId: 'campus-ms-02' }, await bearer(['system'], 'tipline-app'))).status).toBe(400);
    expect((await send({ campusId: 'campus-ms-02', category: 'threat', text: TIP_TEXT })).status).toBe(401);

    // The portal and incidents logged these requests, but nothing of the sender.
    const lines = allLines().map((l) => l.line);
    expect(lines.some((l) => l.includes('"url":"/tips"'))).toBe(true);
    expect(lines.some((l) => l.includes('"url":"/api/incidents/tips"'))).toBe(true);
    expect(found([...Object.values(REPORTER), TIP_TEXT])).toEqual([]);
  });

  it('R1 R12 FERPA: a realistic flow through the portal logs no student id, date of birth, narrative or token, at any level', async () => {
    const system = await bearer(['system'], 'sis');
    const officer = await bearer(['officer'], 'officer-7');
    const clinician = await bearer(['clinician'], 'clinician-1');
    await portal.put(`/api/support-plans/students/${STUDENT}`).set('authorization', system).send({ dateOfBirth: DOB, guardianIds: ['guardian-4'] }).expect(200);
    const incident = await portal
      .post('/api/incidents/incidents')
      .set('authorization', officer)
      .send({ campusId: 'campus-hs-01', location: 'East stairs', occurredAt: new Date(Date.now() - 3_600_000).toISOString(), type: 'welfare-check', studentIds: [STUDENT], narrative: NARRATIVE, mentalHealthCrisis: true })
      .expect(201);
    await portal.get(`/api/incidents/incidents?studentId=${STUDENT}`).set('authorization', officer).expect(200);
    await portal.get(`/api/incidents/incidents/${incident.body.id}`).set('authorization', officer).expect(200);
    await portal.post('/api/incidents/incidents').set('authorization', officer).send({ studentIds: [STUDENT], narrative: NARRATIVE }).expect(400);
    const referral = await portal
      .post('/api/support-plans/referrals')
      .set('authorization', clinician)
      .send({ studentId: STUDENT, campusId: 'campus-hs-01', source: 'staff', reason: REFERRAL_REASON, safetyFlag: true })
      .expect(201);
    await portal.get(`/api/support-plans/referrals/${referral.body.id}`).set('authorization', officer).expect(404); // a denial, logged at debug
    await portal.get(`/api/support-plans/students/${STUDENT}/overview`).set('authorization', clinician).expect(200);
    await portal.get(`/api/support-plans/students/${STUDENT}/disclosures`).set('authorization', system).expect(200);
    await portal.get(`/api/incidents/support-disclosures?studentId=${STUDENT}&purpose=co-response`).set('authorization', officer).expect(200);
    await portal.get(`/api/support-plans/students/${OTHER_STUDENT}/overview`).set('authorization', officer).expect(403);

    expect(allLines().length).toBeGreaterThan(100);
    expect(found([STUDENT, OTHER_STUDENT, DOB, NARRATIVE, REFERRAL_REASON, TIP_TEXT, ...tokens])).toEqual([]);
  });
});
