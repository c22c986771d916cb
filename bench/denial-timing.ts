import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp } from '#platform';
import { TEST_AUDIENCE, TEST_ISSUER, TestIdentityProvider } from '../libs/testing/src/test-auth.js';
import { supportPlansDefinition } from '../apps/support-plans/src/support-plans.definition.js';
import { benchDatabaseUrl, dropSchema, fmt, isMain, runAsScript, uniqueSchema } from './support.js';

/** The support-plans service as main.ts boots it, on a throwaway schema, with test tokens. */
interface TestService {
  app: NestFastifyApplication;
  idp: TestIdentityProvider;
}

/**
 * R10 (issue 14, item 4): does a denied read of an existing clinical record take longer than a read
 * of an id that does not exist? An officer without consent reads, in pairs and in random order
 * within each pair, a real support plan (or referral) and a random id. Per record type it prints the
 * median of (denied - missing), how many pairs the denial was slower in, and the sign test's z
 * (|z| >= 3.29 is a difference at the 0.1% level). Paired, so drift of the machine cancels out.
 */

export interface DenialTimingOptions {
  pairs?: number;
  /** Students with records (each with a consent that does not name police, so facts have rows). */
  students?: number;
  warmup?: number;
}

export interface PairedResult {
  recordType: string;
  pairs: number;
  deniedSlower: number;
  medianDiffMs: number;
  medianDeniedMs: number;
  medianMissingMs: number;
  z: number;
}

const DAY = 86_400_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Sign test, normal approximation: ties dropped. */
function signZ(diffs: number[]): { slower: number; z: number } {
  const nonZero = diffs.filter((d) => d !== 0);
  const slower = nonZero.filter((d) => d > 0).length;
  const n = nonZero.length;
  return { slower, z: n ? (slower - n / 2) / Math.sqrt(n / 4) : 0 };
}

async function seed(svc: TestService, students: number): Promise<{ plans: string[]; referrals: string[] }> {
  const inject = async (method: 'PUT' | 'POST', url: string, roles: string[], body: object) => {
    const res = await svc.app.inject({ method, url, headers: { authorization: await svc.idp.bearer(roles as never, `${roles[0]}-1`), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as { id: string };
  };
  const plans: string[] = [];
  const referrals: string[] = [];
  const now = Date.now();
  for (let i = 0; i < students; i++) {
    const studentId = `S66${String(i).padStart(5, '0')}`;
    await inject('PUT', `/students/${studentId}`, ['system'], { dateOfBirth: '2011-04-02', guardianIds: [`guardian-${i}`] });
    // A consent for treatment by the clinical unit: rows the gate loads, none of which opens anything to police.
    await inject('POST', '/consents', ['clinician'], {
      studentId,
      signer: { role: 'guardian', id: `guardian-${i}`, signedAt: new Date(now - DAY).toISOString() },
      classes: ['EDU-CLIN'],
      purposes: ['treatment'],
      recipients: [{ unit: 'clinical' }],
      effectiveFrom: new Date(now - DAY).toISOString(),
      expiresAt: new Date(now + 365 * DAY).toISOString(),
    });
    const plan = await inject('POST', '/support-plans', ['clinician'], {
      studentId, campusId: 'campus-hs-01', goals: [{ description: 'Attend two sessions a week.' }], interventions: [{ type: 'individual-counseling' }], nextReviewOn: '2027-01-15',
    });
    await inject('POST', `/support-plans/${plan.id}/reviews`, ['clinician'], { outcome: 'continue', summary: 'Attending; keep going.', nextReviewOn: '2027-03-15' });
    plans.push(plan.id);
    referrals.push((await inject('POST', '/referrals', ['clinician'], { studentId, campusId: 'campus-hs-01', source: 'staff', reason: 'Withdrawn in class.', safetyFlag: false })).id);
  }
  return { plans, referrals };
}

async function paired(svc: TestService, recordType: string, path: (id: string) => string, existing: string[], pairs: number, warmup: number): Promise<PairedResult> {
  const authorization = await svc.idp.bearer(['officer'], 'officer-7');
  const time = async (url: string) => {
    const t0 = performance.now();
    const res = await svc.app.inject({ method: 'GET', url, headers: { authorization } });
    const ms = performance.now() - t0;
    if (res.statusCode !== 404) throw new Error(`GET ${url}: expected the 404 of a denial or a miss, got ${res.statusCode}`);
    return ms;
  };
  for (let i = 0; i < warmup; i++) {
    await time(path(existing[i % existing.length]));
    await time(path(randomUUID()));
  }
  const denied: number[] = [];
  const missing: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const real = path(existing[i % existing.length]);
    const fake = path(randomUUID());
    if (Math.random() < 0.5) {
      denied.push(await time(real));
      missing.push(await time(fake));
    } else {
      missing.push(await time(fake));
      denied.push(await time(real));
    }
  }
  const diffs = denied.map((d, i) => d - missing[i]);
  const { slower, z } = signZ(diffs);
  return { recordType, pairs, deniedSlower: slower, medianDiffMs: median(diffs), medianDeniedMs: median(denied), medianMissingMs: median(missing), z };
}

export async function runDenialTiming(o: DenialTimingOptions = {}): Promise<PairedResult[]> {
  const pairs = o.pairs ?? 240;
  const url = benchDatabaseUrl();
  const schema = uniqueSchema('denial');
  const idp = await TestIdentityProvider.create();
  const app = await createServiceApp(supportPlansDefinition, {
    NODE_ENV: 'test', DATABASE_URL: url, DB_SCHEMA: schema, DB_POOL_SIZE: '4', JWT_PUBLIC_KEY: idp.publicKeyPem,
    JWT_ISSUER: TEST_ISSUER, JWT_AUDIENCE: TEST_AUDIENCE, LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '1000000',
  });
  await app.getHttpAdapter().getInstance().ready();
  const svc: TestService = { app, idp };
  try {
    const { plans, referrals } = await seed(svc, o.students ?? 12);
    return [
      await paired(svc, 'support-plan', (id) => `/support-plans/${id}`, plans, pairs, o.warmup ?? 40),
      await paired(svc, 'referral', (id) => `/referrals/${id}`, referrals, pairs, o.warmup ?? 40),
    ];
  } finally {
    await app.close();
    await dropSchema(url, schema);
  }
}

export function printDenialTiming(results: PairedResult[]): void {
  console.log('\nR10 denial timing (officer without consent: existing record vs random id, paired, random order)');
  for (const r of results) {
    console.log(
      `   ${r.recordType.padEnd(13)} ${r.pairs} pairs  denied slower in ${r.deniedSlower}  median diff ${fmt(r.medianDiffMs, 3)} ms ` +
        `(denied ${fmt(r.medianDeniedMs, 3)}, missing ${fmt(r.medianMissingMs, 3)})  sign-test z ${fmt(r.z, 2)}  ${Math.abs(r.z) < 3.29 ? 'indistinguishable at 0.1%' : 'DISTINGUISHABLE'}`,
    );
  }
}

if (isMain(import.meta.url)) {
  runAsScript('denial-timing', async () => printDenialTiming(await runDenialTiming()), 300_000);
}
