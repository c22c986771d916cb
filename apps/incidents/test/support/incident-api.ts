import request from 'supertest';
import type { Role } from '#contracts';
import type { TestService } from '#testing';

export const CAMPUS = 'campus-hs-01';
export const MINUTE = 60_000;

export const reportBody = (over: Record<string, unknown> = {}) => ({
  campusId: CAMPUS,
  location: 'Gym hallway, east doors',
  occurredAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
  type: 'welfare-check',
  studentIds: ['S1000001'],
  narrative: 'Teacher asked for a welfare check on a distressed student; Officer D spoke with him.',
  mentalHealthCrisis: true,
  ...over,
});

/** A thin client over the incidents API, so tests read as the workflow they exercise. */
export class IncidentApi {
  constructor(
    private readonly svc: TestService,
    private readonly roles: Role[] = ['officer'],
    private readonly sub = 'officer-7',
  ) {}

  http() {
    return request(this.svc.app.getHttpServer());
  }

  auth(): Promise<string> {
    return this.svc.idp.bearer(this.roles, this.sub);
  }

  async report(over: Record<string, unknown> = {}): Promise<{ id: string; body: Record<string, unknown> }> {
    const body = reportBody(over);
    const res = await this.http().post('/incidents').set('authorization', await this.auth()).send(body).expect(201);
    return { id: res.body.id, body };
  }

  async post(path: string, body: Record<string, unknown> = {}) {
    return this.http().post(path).set('authorization', await this.auth()).send(body);
  }

  async get(path: string) {
    return this.http().get(path).set('authorization', await this.auth());
  }

  /** Triage (co-response indicated by default), then dispatch, at the given instants. */
  async dispatched(id: string, at: { triage: Date; dispatch: Date }, coResponseIndicated = true) {
    await this.step(id, 'triage', { priority: 'urgent', coResponseIndicated, at: at.triage.toISOString() });
    return this.step(id, 'dispatch', { at: at.dispatch.toISOString() });
  }

  /** A lifecycle step that must succeed (200); its response body. */
  async step(id: string, step: string, body: Record<string, unknown> = {}) {
    const res = await this.post(`/incidents/${id}/${step}`, body);
    if (res.status !== 200 && res.status !== 201) throw new Error(`${step} of ${id}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
}
