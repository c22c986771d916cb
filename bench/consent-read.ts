import pg from 'pg';
import { verifyDisclosureLog } from '../apps/support-plans/src/disclosures/verify-disclosures/verify-log.js';
import { TEST_AUDIENCE, TEST_ISSUER, TestIdentityProvider } from '../libs/testing/src/test-auth.js';
import { closedLoop, type HttpTarget, type LoadStats } from './http-load.js';
import { printConsentFloor, runConsentFloor, type ConsentFloorResult } from './consent-floor.js';
import { spawnNode } from './processes.js';
import { benchDatabaseUrl, Cleanup, dropSchema, fmt, isMain, runAsScript, uniqueSchema, verdict, withTimeout } from './support.js';

/**
 * A read through the consent gate (issue 16, item 4): GET /support-plans/{id} as an officer under
 * a guardian's consent naming the police for co-response (facts loaded, decide(), redaction, the
 * R7 record of disclosure journalled after the read commits and before the data leaves), against the very same read without the
 * gate: GET /bench/ungated/support-plans/{id}, a route that exists only in the bench harness
 * (bench/consent-read-server.ts). Same process, same auth, same plan loader; closed loop,
 * 10 connections, rounds alternated. Goal: the gate costs <= 10 % of read throughput.
 */

export interface ConsentReadResult {
  students: number;
  gated: LoadStats;
  ungated: LoadStats;
  /** Info: the real gate with a record of disclosures that writes nothing (facts + decide() + redaction). */
  unlogged: LoadStats;
  /** 1 - gated/ungated throughput. */
  cost: number;
  goalCost: number;
  met: boolean;
  /** The record of disclosures after the run: entries logged, how long after the load stopped the last was sealed (null: not within 10 s), chain problems. */
  log: { entries: number; sealedAfterMs: number | null; breaks: number };
  /** The gate's database work alone (bench/consent-floor.ts), measured after the log was checked. */
  floor: ConsentFloorResult;
}

const DAY = 86_400_000;
const ROOT = new URL('..', new URL('..', import.meta.url)).pathname;

function merge(a: LoadStats[]): LoadStats {
  const requests = a.reduce((s, x) => s + x.requests, 0);
  const w = (f: (x: LoadStats) => number) => a.reduce((s, x) => s + f(x) * x.requests, 0) / requests;
  return {
    requests,
    errors: a.reduce((s, x) => s + x.errors, 0),
    firstError: a.find((x) => x.firstError)?.firstError,
    perSecond: a.reduce((s, x) => s + x.perSecond, 0) / a.length,
    p50: w((x) => x.p50),
    p99: Math.max(...a.map((x) => x.p99)),
    max: Math.max(...a.map((x) => x.max)),
  };
}

export async function runConsentRead(o: { students?: number; roundMs?: number; rounds?: number } = {}): Promise<ConsentReadResult> {
  const students = o.students ?? 20;
  const roundMs = o.roundMs ?? Number(process.env.BENCH_CONSENT_READ_ROUND_MS ?? 4_000);
  const rounds = o.rounds ?? 2;
  const url = benchDatabaseUrl();
  const schema = uniqueSchema('bench_consent_read');
  const cleanup = new Cleanup();
  try {
    return await withTimeout(
      (async () => {
        const idp = await TestIdentityProvider.create();
        cleanup.add('drop schema', () => dropSchema(url, schema));
        const server = spawnNode(
          'support-plans (bench harness)',
          `${ROOT}dist/bench/consent-read-server.js`,
          {
            PATH: process.env.PATH, NODE_OPTIONS: '--enable-source-maps', NODE_ENV: 'development', DATABASE_URL: url, DB_SCHEMA: schema,
            JWT_PUBLIC_KEY: idp.publicKeyPem, JWT_ISSUER: TEST_ISSUER, JWT_AUDIENCE: TEST_AUDIENCE,
          },
          { keepLogs: false, cwd: ROOT },
        );
        cleanup.add('stop harness', () => server.stop());
        const port = Number((await server.waitForLine(/^READY \d+/, 90_000)).split(' ')[1]);
        const base = `http://127.0.0.1:${port}`;
        const call = async (method: string, path: string, roles: string[], body: object) => {
          const res = await fetch(`${base}${path}`, {
            method,
            headers: { authorization: await idp.bearer(roles as never, `${roles[0]}-1`), 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          if (res.status >= 300) throw new Error(`seed ${method} ${path}: ${res.status} ${await res.text()}`);
          return (await res.json()) as { id: string };
        };
        const plans: string[] = [];
        const now = Date.now();
        for (let i = 0; i < students; i++) {
          const studentId = `S77${String(i).padStart(5, '0')}`;
          await call('PUT', `/students/${studentId}`, ['system'], { dateOfBirth: '2011-04-02', guardianIds: [`guardian-${i}`] });
          // Consent to treatment (a plan needs it), and one naming the police for co-response: the
          // officer's read is allowed (R3a), logged (R7), redisclosure prohibited (R8).
          for (const [purposes, unit] of [[['treatment'], 'clinical'], [['co-response'], 'police']] as const) {
            await call('POST', '/consents', ['clinician'], {
              studentId,
              signer: { role: 'guardian', id: `guardian-${i}`, signedAt: new Date(now - DAY).toISOString() },
              classes: ['EDU-CLIN'], purposes, recipients: [{ unit }],
              effectiveFrom: new Date(now - DAY).toISOString(), expiresAt: new Date(now + 365 * DAY).toISOString(),
            });
          }
          const plan = await call('POST', '/support-plans', ['clinician'], {
            studentId, campusId: 'campus-hs-01', goals: [{ description: 'Attend two sessions a week.' }], interventions: [{ type: 'individual-counseling' }], nextReviewOn: '2027-01-15',
          });
          plans.push(plan.id);
        }
        const officers = await Promise.all(Array.from({ length: 50 }, (_, i) => idp.bearer(['officer'], `officer-${i}`)));
        const target = (prefix: string): HttpTarget => ({
          port, method: 'GET', expect: 200, path: (i) => `${prefix}/${plans[i % plans.length]}`, headers: (i) => ({ authorization: officers[i % officers.length] }),
        });
        const gatedTarget = target('/support-plans');
        const ungatedTarget = target('/bench/ungated/support-plans');
        const unloggedTarget = target('/bench/unlogged/support-plans');
        const check = (what: string, s: LoadStats) => {
          if (s.errors > 0) throw new Error(`consent read: ${what}: ${s.errors} of ${s.requests} failed; first: ${s.firstError}`);
          return s;
        };
        check('warm-up gated', await closedLoop(gatedTarget, 10, 2_000));
        check('warm-up ungated', await closedLoop(ungatedTarget, 10, 2_000));
        check('warm-up unlogged', await closedLoop(unloggedTarget, 10, 1_000));
        const gated: LoadStats[] = [];
        const ungated: LoadStats[] = [];
        const unlogged: LoadStats[] = [];
        for (let r = 0; r < rounds; r++) {
          ungated.push(check('ungated', await closedLoop(ungatedTarget, 10, roundMs)));
          gated.push(check('gated', await closedLoop(gatedTarget, 10, roundMs)));
          unlogged.push(check('unlogged', await closedLoop(unloggedTarget, 10, roundMs / 2)));
        }
        const g = merge(gated);
        const u = merge(ungated);
        const cost = 1 - g.perSecond / u.perSecond;
        const log = await sealedLog(url, schema);
        return { students, gated: g, ungated: u, unlogged: merge(unlogged), cost, goalCost: 0.1, met: cost <= 0.1, log, floor: await runConsentFloor(url, schema) };
      })(),
      180_000,
      'consent-read benchmark',
    );
  } finally {
    await cleanup.run();
  }
}

/** Sequenced chaining (issue 16): the sealer must keep up, and what it sealed must verify. */
async function sealedLog(url: string, schema: string): Promise<ConsentReadResult['log']> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const stopped = Date.now();
    const count = async () => (await client.query<{ unsealed: number; entries: number }>(`SELECT count(*) FILTER (WHERE seq IS NULL)::int AS unsealed, count(*)::int AS entries FROM "${schema}".disclosure`)).rows[0];
    let c = await count();
    while (c.unsealed > 0 && Date.now() - stopped < 10_000) {
      await new Promise((r) => setTimeout(r, 25));
      c = await count();
    }
    const sealedAfterMs = c.unsealed === 0 ? Date.now() - stopped : null;
    return { entries: c.entries, sealedAfterMs, breaks: (await verifyDisclosureLog(client, schema)).breaks.length };
  } finally {
    await client.end();
  }
}

export function printConsentRead(r: ConsentReadResult): void {
  const ms = (v: number) => `${fmt(v, 1)} ms`.padStart(9);
  console.log(`\n== consent read: GET /support-plans/{id} as an officer under a consent (${r.students} students), closed loop 10 connections`);
  console.log(`   ${''.padEnd(34)} ${'req/s'.padStart(8)} ${'p50'.padStart(9)} ${'p99'.padStart(9)}`);
  console.log(`   ${'without the gate (bench harness)'.padEnd(34)} ${fmt(r.ungated.perSecond).padStart(8)} ${ms(r.ungated.p50)} ${ms(r.ungated.p99)}`);
  console.log(`   ${'through the consent gate'.padEnd(34)} ${fmt(r.gated.perSecond).padStart(8)} ${ms(r.gated.p50)} ${ms(r.gated.p99)}`);
  console.log(`   ${'gate without the R7 log (info)'.padEnd(34)} ${fmt(r.unlogged.perSecond).padStart(8)} ${ms(r.unlogged.p50)} ${ms(r.unlogged.p99)}`);
  const sealed = r.log.sealedAfterMs === null ? 'NOT all sealed 10 s after the load stopped' : `all sealed ${fmt(r.log.sealedAfterMs)} ms after the load stopped`;
  console.log(`   record of disclosures: ${fmt(r.log.entries)} entries, ${sealed}, chain ${r.log.breaks === 0 ? 'intact' : `BROKEN (${r.log.breaks} problems)`}`);
  console.log(`   gate cost ${fmt(r.cost * 100, 1)} % of read throughput; goal <= ${fmt(r.goalCost * 100)} %   ${verdict(r.met)}`);
  printConsentFloor(r.floor, r.ungated.perSecond);
}

if (isMain(import.meta.url)) {
  runAsScript('consent-read', async () => printConsentRead(await runConsentRead()), 240_000);
}
