import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { TestService } from '#testing';
import type { Role } from '#contracts';
import { EventValidator } from '#messaging';

/** Synthetic students: one under 18 and one adult at any time these tests run (2026-2030). */
export const MINOR_DOB = '2014-05-01';
export const ADULT_DOB = '2004-05-01';

const DAY = 86_400_000;

/** The SIS registers a student (what R4 and R11 need: date of birth, guardians), through the registry API. */
export async function registerStudent(svc: TestService, studentId: string, dateOfBirth: string, guardianIds: string[] = []): Promise<void> {
  await request(svc.app.getHttpServer())
    .put(`/students/${studentId}`)
    .set('authorization', await svc.idp.bearer(['system'], 'sis'))
    .send({ dateOfBirth, guardianIds })
    .expect(200);
}

/** A guardian's written consent to treatment (what R11 asks before care for a minor), recorded through the consents API. */
export async function grantTreatmentConsent(svc: TestService, studentId: string, guardianId: string, expect = 201): Promise<string> {
  const now = Date.now();
  const res = await request(svc.app.getHttpServer())
    .post('/consents')
    .set('authorization', await svc.idp.bearer(['clinician'], 'clinician-3'))
    .send({
      studentId,
      signer: { role: 'guardian', id: guardianId, signedAt: new Date(now - DAY).toISOString() },
      classes: ['EDU-CLIN'],
      purposes: ['treatment'],
      recipients: [{ unit: 'clinical' }],
      effectiveFrom: new Date(now - DAY).toISOString(),
      expiresAt: new Date(now + 365 * DAY).toISOString(),
    })
    .expect(expect);
  return res.body.id as string;
}

export function as(svc: TestService, role: Role, sub?: string): Promise<string> {
  return svc.idp.bearer([role], sub ?? `${role}-1`);
}

/** Every outbox payload as text: for asserting what never reaches any topic. */
export async function outboxText(ds: DataSource): Promise<string> {
  const rows = (await ds.query(`SELECT type, headers, payload FROM outbox`)) as unknown[];
  return JSON.stringify(rows);
}

/** Every event this service wrote, checked against its contract schema (the one consumers validate with). */
export async function outboxSchemaProblems(ds: DataSource): Promise<{ type: string; errors: string }[]> {
  const validator = new EventValidator();
  const rows = (await ds.query(`SELECT type, headers, payload FROM outbox ORDER BY id`)) as { type: string; headers: Record<string, string>; payload: unknown }[];
  if (!rows.length) throw new Error('no events to check');
  return rows.flatMap((r) => {
    const result = validator.validate(r.headers.ce_dataschema, r.payload);
    return result.valid ? [] : [{ type: r.type, errors: result.errors }];
  });
}
