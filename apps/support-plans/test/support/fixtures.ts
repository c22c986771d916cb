import type { DataSource } from 'typeorm';
import type { TestService } from '#testing';
import type { Role } from '#contracts';

/** Synthetic students: one under 18 and one adult at any time these tests run (2026-2030). */
export const MINOR_DOB = '2014-05-01';
export const ADULT_DOB = '2004-05-01';

const DAY = 86_400_000;

/** The SIS's registry entry for a student (what R4 and R11 need: date of birth, guardians). */
export async function registerStudent(ds: DataSource, studentId: string, dateOfBirth: string, guardianIds: string[] = []): Promise<void> {
  await ds.query(
    `INSERT INTO student (student_id, date_of_birth, guardian_ids, updated_at, updated_by) VALUES ($1, $2, $3, now(), 'sis')
     ON CONFLICT (student_id) DO UPDATE SET date_of_birth = EXCLUDED.date_of_birth, guardian_ids = EXCLUDED.guardian_ids`,
    [studentId, dateOfBirth, guardianIds],
  );
}

/** A guardian's written consent to treatment (what R11 asks before care for a minor), in force from yesterday for a year. */
export async function grantTreatmentConsent(ds: DataSource, studentId: string, guardianId: string): Promise<string> {
  const now = Date.now();
  const [row] = await ds.query(
    `INSERT INTO consent (student_id, signer_role, signer_id, signed_at, classes, purposes, recipients, effective_from, expires_at, recorded_by, recorded_at)
     VALUES ($1, 'guardian', $2, $3, '{EDU-CLIN}', '{treatment}', '[{"unit":"clinical"}]', $3, $4, 'clinician-3', now())
     RETURNING id`,
    [studentId, guardianId, new Date(now - DAY), new Date(now + 365 * DAY)],
  );
  return row.id as string;
}

export function as(svc: TestService, role: Role, sub?: string): Promise<string> {
  return svc.idp.bearer([role], sub ?? `${role}-1`);
}

/** Every outbox payload as text: for asserting what never reaches any topic. */
export async function outboxText(ds: DataSource): Promise<string> {
  const rows = (await ds.query(`SELECT type, headers, payload FROM outbox`)) as unknown[];
  return JSON.stringify(rows);
}
