import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Role } from '#contracts';
import type { TestService } from '#testing';

/** Synthetic people and dates for the consent e2e tests (relative to the real clock: the service reads it). */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
/** YYYY-MM-DD `years` ago, minus `days` more. */
export const bornYearsAgo = (years: number, days = 0) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

export const fullPart2 = () => ({
  patientName: 'Sam Student',
  discloser: 'District Behavioral Health program',
  sudDescription: 'substance-use screening result and referral to treatment',
  recipientsNamed: ['District Police Department'],
  purposeMinimumNecessary: true,
  revocationStatement: true,
  expiry: { at: iso(30 * DAY) },
  signature: { name: 'Pat Guardian', signedAt: iso(-HOUR) },
});

export class ConsentApi {
  readonly http: ReturnType<typeof request>;
  readonly ds: DataSource;

  constructor(readonly svc: TestService) {
    this.http = request(svc.app.getHttpServer());
    this.ds = svc.db;
  }

  bearer(roles: Role[], sub?: string) {
    return this.svc.idp.bearer(roles, sub);
  }

  async registerStudent(studentId: string, dateOfBirth: string, guardianIds: string[] = ['guardian-1']) {
    await this.http.put(`/students/${studentId}`).set('authorization', await this.bearer(['system'], 'sis')).send({ dateOfBirth, guardianIds }).expect(200);
  }

  /** A guardian's consent naming the police unit for co-response, in force for 30 days, unless overridden. */
  consentBody(studentId: string, over: Record<string, unknown> = {}) {
    return {
      studentId,
      signer: { role: 'guardian', id: 'guardian-1', signedAt: iso(-HOUR) },
      classes: ['EDU-CLIN', 'EDU-SAFETY'],
      purposes: ['co-response'],
      recipients: [{ unit: 'police' }],
      effectiveFrom: iso(-HOUR),
      expiresAt: iso(30 * DAY),
      ...over,
    };
  }

  async grantConsent(studentId: string, over: Record<string, unknown> = {}, expect = 201) {
    return this.http.post('/consents').set('authorization', await this.bearer(['clinician'], 'clinician-1')).send(this.consentBody(studentId, over)).expect(expect);
  }

  async revokeConsent(consentId: string) {
    return this.http.post(`/consents/${consentId}/revoke`).set('authorization', await this.bearer(['clinician'], 'clinician-1')).send({ reason: 'Guardian withdrew consent.' }).expect(200);
  }

  async createReferral(studentId: string, over: Record<string, unknown> = {}, author = 'clinician-1') {
    const res = await this.http
      .post('/referrals')
      .set('authorization', await this.bearer(['clinician'], author))
      .send({
        studentId,
        campusId: 'campus-ms-02',
        source: 'staff',
        reason: 'Counselor reports withdrawal and missed classes over two weeks.',
        safetyFlag: true,
        clinicalNote: 'First-session impressions: PSYNOTE-MARKER.',
        substanceUse: 'Screening positive: SUD-MARKER.',
        ...over,
      })
      .expect(201);
    return res.body as { id: string } & Record<string, unknown>;
  }

  async readReferral(id: string, roles: Role[], sub?: string, query = '') {
    return this.http.get(`/referrals/${id}${query}`).set('authorization', await this.bearer(roles, sub));
  }

  outbox(where = 'true', params: unknown[] = []) {
    return this.ds.query(`SELECT topic, type, key, payload FROM outbox WHERE ${where} ORDER BY id`, params) as Promise<
      { topic: string; type: string; key: string; payload: Record<string, unknown> }[]
    >;
  }

  disclosures(studentId: string) {
    return this.ds.query(`SELECT seq, entry FROM disclosure WHERE student_id = $1 ORDER BY pos`, [studentId]) as Promise<{ seq: string; entry: Record<string, any> }[]>;
  }
}
