import request from 'supertest';
import { DataSource } from 'typeorm';
import type { LocalKafka as LocalBroker } from '#devkit';
import { bootTestService, districtDate, eventually, startTestBroker, startTestService, testBrokerEnv, type TestService } from '#testing';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { wellnessDefinition } from '../../apps/wellness/src/wellness.definition.js';

// Issue 17: a psychologist's TCOLE L-3 declaration, recorded in wellness, crosses the broker to
// staffing and unblocks an officer offer (W3, W4). The evaluation never leaves wellness (W2).
describe('system: psych declaration → officer offer, through the broker', () => {
  let broker: LocalBroker;
  let env: NodeJS.ProcessEnv;
  let wellness: TestService;
  let staffing: TestService;

  beforeAll(async () => {
    broker = await startTestBroker();
    env = testBrokerEnv(broker);
    [wellness, staffing] = await Promise.all([startTestService(wellnessDefinition, env), startTestService(staffingDefinition, env)]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([wellness?.close(), staffing?.close()]);
    await broker?.stop();
  });

  const psychologist = async () => `Bearer ${await wellness.idp.token(['psychologist'], 'psy-ext-1', { claims: { license_number: 'TX-PSY-4242' } })}`;

  async function officerCandidateWithOffer(n: number): Promise<string> {
    const http = request(staffing.app.getHttpServer());
    const admin = await staffing.idp.bearer(['admin']);
    const position = await http.post('/positions').set('authorization', admin).send({ code: `SYS-OFF-${n}`, title: 'Officer', role: 'officer', unit: 'police' }).expect(201);
    const requisition = await http.post(`/positions/${position.body.id}/requisitions`).set('authorization', admin).expect(201);
    const candidate = await http.post(`/requisitions/${requisition.body.id}/candidates`).set('authorization', admin).send({ displayName: `Candidate S${n}` }).expect(201);
    await http.post(`/candidates/${candidate.body.id}/advance`).set('authorization', admin).expect(200);
    await http.post(`/candidates/${candidate.body.id}/offer`).set('authorization', admin).send({ employeeId: `E6${n}001`, startsOn: '2027-01-04' }).expect(200);
    return candidate.body.id;
  }

  async function declare(candidateId: string): Promise<void> {
    const wellnessHttp = request(wellness.app.getHttpServer());
    await wellnessHttp
      .post('/evaluations')
      .set('authorization', await psychologist())
      .send({ candidateId, instruments: ['MMPI-3'], interviewNotes: 'SEALED-NOTES-7731', findings: 'SEALED-FINDINGS-7731' })
      .expect(201);
    const today = districtDate();
    await wellnessHttp.post('/declarations').set('authorization', await psychologist()).send({ candidateId, result: 'fit', declaredOn: today }).expect(201);
  }

  const status = async (svc: TestService, id: string) =>
    (await request(svc.app.getHttpServer()).get(`/candidates/${id}`).set('authorization', await svc.idp.bearer(['police-chief']))).body.psychDeclaration as string;

  it('W4: the offer is refused until the declaration arrives, then both approvals hire the candidate; nothing of the evaluation reaches staffing (W2)', async () => {
    const id = await officerCandidateWithOffer(1);
    const http = request(staffing.app.getHttpServer());
    const chief = await staffing.idp.bearer(['police-chief'], 'chief-1');
    const refused = await http.post(`/candidates/${id}/offer/decisions`).set('authorization', chief).send({ decision: 'approve' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'OFFER.PSYCH_DECLARATION_REQUIRED', psychDeclaration: 'pending' });

    await declare(id);
    await eventually(() => status(staffing, id), (s) => s === 'fit');
    await http.post(`/candidates/${id}/offer/decisions`).set('authorization', chief).send({ decision: 'approve' }).expect(200);
    const hired = await http.post(`/candidates/${id}/offer/decisions`).set('authorization', await staffing.idp.bearer(['bh-director'], 'dir-1')).send({ decision: 'approve' }).expect(200);
    expect(hired.body.status).toBe('hired');

    const [row] = await staffing.db.query(`SELECT row_to_json(d)::text AS j FROM psych_declaration d WHERE candidate_id = $1`, [id]);
    expect(JSON.parse(row.j)).toMatchObject({ candidate_id: id, result: 'fit', evaluator_license: 'TX-PSY-4242' });
    expect(row.j).not.toMatch(/SEALED|MMPI/);
  }, 90_000);

  it('W3 under a fault: staffing is down while the declaration is published; on restart it applies it exactly once', async () => {
    const id = await officerCandidateWithOffer(2);
    const schema = staffing.schema;
    const idp = staffing.idp;
    await staffing.db.destroy();
    await staffing.app.close(); // the consumer is gone, its schema and committed offsets stay

    await declare(id);
    // The event leaves wellness's outbox while nobody in staffing is listening.
    await eventually(() => wellness.db.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`), ([r]) => r.n === 0);

    staffing = await bootTestService(staffingDefinition, schema, idp, env);
    const { db } = staffing;
    await eventually(() => status(staffing, id), (s) => s === 'fit');
    const [counts] = await db.query(
      `SELECT (SELECT count(*)::int FROM psych_declaration WHERE candidate_id = $1) AS declarations,
              (SELECT count(*)::int FROM inbox WHERE consumer = 'staffing.psych-declarations') AS applied`,
      [id],
    );
    expect(counts.declarations).toBe(1);
    expect(counts.applied).toBe(2);
  }, 120_000);
});
