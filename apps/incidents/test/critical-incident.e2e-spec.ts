import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestService, type TestService } from '#testing';
import { incidentsDefinition } from '../src/incidents.definition.js';
import { applyFacts, assigned, citCertified, clinician, officer, onCall } from './support/co-responder-facts.js';
import { CAMPUS, IncidentApi, MINUTE } from './support/incident-api.js';

const OFFICER = randomUUID();
const CLINICIAN = randomUUID();

// W6: which incidents tell wellness (staff ids and kinds only) that staff may need a debrief.
describe('incidents: critical incidents for staff debriefs', () => {
  let svc: TestService;
  let api: IncidentApi;
  let t0: number;
  const at = (minutes: number) => new Date(t0 + minutes * MINUTE).toISOString();
  const critical = async (incidentId: string): Promise<{ kinds: string[]; staffIds: string[] }[]> =>
    (await svc.db.query(`SELECT payload FROM outbox WHERE type = 'incidents.critical-incident.recorded' AND key = $1 ORDER BY id`, [incidentId])).map(
      (r: { payload: { kinds: string[]; staffIds: string[] } }) => r.payload,
    );

  beforeAll(async () => {
    svc = await startTestService(incidentsDefinition);
    api = new IncidentApi(svc);
    t0 = Date.now() - 3 * 3_600_000;
    await applyFacts(svc, [
      officer(OFFICER), ...citCertified(OFFICER), assigned(OFFICER, CAMPUS),
      clinician(CLINICIAN), onCall(CLINICIAN, [CAMPUS], new Date(t0 - 86_400_000), new Date(Date.now() + 86_400_000)),
    ]);
  });
  afterAll(() => svc?.close());

  async function onScene(type: string): Promise<string> {
    const { id } = await api.report({ type, occurredAt: at(0) });
    await api.dispatched(id, { triage: new Date(at(1)), dispatch: new Date(at(2)) });
    await api.step(id, 'on-scene', { at: at(5) });
    return id;
  }

  it('W6: responding to a weapon incident and an emergency detention each offer the dispatched pair a debrief', async () => {
    const id = await onScene('weapon');
    expect(await critical(id)).toEqual([expect.objectContaining({ kinds: ['weapon-incident'], staffIds: [OFFICER, CLINICIAN].sort() })]);
    const { id: fight, body } = await api.report({ type: 'fight', occurredAt: at(0) });
    await api.dispatched(fight, { triage: new Date(at(1)), dispatch: new Date(at(2)) });
    await api.step(fight, 'on-scene', { at: at(5) });
    expect(await critical(fight)).toEqual([]);
    await api.step(fight, 'dispositions', { studentId: (body.studentIds as string[])[0], disposition: 'emergency-detention', at: at(10) });
    expect((await critical(fight)).map((c) => c.kinds)).toEqual([['emergency-detention']]);
  });

  it('W6: a supervisor marks an incident critical, naming more staff; never for an incident nobody responded to', async () => {
    const id = await onScene('disturbance');
    const extra = randomUUID();
    const http = request(svc.app.getHttpServer());
    await http.post(`/incidents/${id}/critical-incident`).set('authorization', await svc.idp.bearer(['officer'])).send({}).expect(403);
    await http.post(`/incidents/${id}/critical-incident`).set('authorization', await svc.idp.bearer(['police-chief'])).send({ alsoInvolved: [extra] }).expect(204);
    expect(await critical(id)).toEqual([expect.objectContaining({ kinds: ['supervisor-marked'], staffIds: [OFFICER, CLINICIAN, extra].sort() })]);
    const { id: fresh } = await api.report({ occurredAt: at(0) });
    const none = await http.post(`/incidents/${fresh}/critical-incident`).set('authorization', await svc.idp.bearer(['bh-director'])).send({}).expect(409);
    expect(none.body.code).toBe('INCIDENT.NO_STAFF_INVOLVED');
    await http.post(`/incidents/${randomUUID()}/critical-incident`).set('authorization', await svc.idp.bearer(['admin'])).send({}).expect(404);
  });
});
