import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConsentRevokedEvent, PoliceProjectionPublishedEvent, PoliceProjectionWithdrawnEvent, type CloudEvent, type EventDescriptor, type PoliceProjectionPublished } from '#contracts';
import { startTestService, type TestService, deliverEvent } from '#testing';
import { incidentsDefinition } from '../src/incidents.definition.js';
import { BoundaryViolation } from '../src/support-disclosures/domain/disclosure-boundary.js';
import { SupportDisclosuresHandler } from '../src/support-disclosures/project-support-disclosures/project-support-disclosures.handler.js';

const cloudEvent = <T>(def: EventDescriptor, data: T): CloudEvent<T> => ({
  id: randomUUID(), source: 'support-plans', type: def.type, specversion: '1.0', time: new Date().toISOString(),
  subject: 'x', dataschema: 'urn:x', datacontenttype: 'application/json', data,
});

const projection = (over: Partial<PoliceProjectionPublished> = {}): PoliceProjectionPublished => ({
  projectionId: randomUUID(),
  recordType: 'referral',
  studentId: 'S7000001',
  purpose: 'co-response',
  data: { id: randomUUID(), studentId: 'S7000001', reason: 'Counselor reports withdrawal.', safetyFlag: true },
  consentIds: [randomUUID()],
  grantIds: [],
  redisclosure: 'prohibited',
  notices: [],
  validUntil: new Date(Date.now() + 86_400_000).toISOString(),
  projectedAt: new Date().toISOString(),
  ...over,
});

describe('incidents: support-disclosures, the police-side read model of consented clinical data', () => {
  let svc: TestService;
  let ds: DataSource;

  beforeAll(async () => {
    svc = await startTestService(incidentsDefinition);
    ds = svc.db;
  });
  afterAll(() => svc?.close());

  const apply = (def: EventDescriptor, data: unknown) => ds.transaction((em) => deliverEvent(svc.app, SupportDisclosuresHandler, cloudEvent(def, data), em));
  const read = async (studentId: string, purpose = 'co-response', roles: ('officer' | 'police-chief' | 'clinician' | 'admin')[] = ['officer']) =>
    request(svc.app.getHttpServer()).get(`/support-disclosures?studentId=${studentId}&purpose=${purpose}`).set('authorization', await svc.idp.bearer(roles));

  it('R3 R8: police roles read what was projected for the purpose they state, marked redisclosure=prohibited', async () => {
    const p = projection();
    await apply(PoliceProjectionPublishedEvent, p);
    const res = await read('S7000001');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([expect.objectContaining({ projectionId: p.projectionId, data: p.data, consentIds: p.consentIds, redisclosure: 'prohibited' })]);
    expect((await read('S7000001', 'threat-assessment')).body).toEqual([]);
    for (const roles of [['clinician'], ['admin']] as const) expect((await read('S7000001', 'co-response', [...roles])).status).toBe(403);
    expect((await read('S7000001', 'treatment')).status).toBe(400);
  });

  it('R9: support.consent.revoked drops every row built under that consent, in the same transaction, and no other', async () => {
    const consent = randomUUID();
    const a = projection({ studentId: 'S7000002', consentIds: [consent] });
    const b = projection({ studentId: 'S7000002', consentIds: [consent, randomUUID()], purpose: 'threat-assessment' });
    const other = projection({ studentId: 'S7000002' });
    for (const p of [a, b, other]) await apply(PoliceProjectionPublishedEvent, p);
    await apply(ConsentRevokedEvent, { consentId: consent, revokedAt: new Date().toISOString() });
    const left = (await ds.query(`SELECT projection_id FROM support_disclosure WHERE student_id = 'S7000002'`)).map((r: { projection_id: string }) => r.projection_id);
    expect(left).toEqual([other.projectionId]);
  });

  it('R9: a newer copy built under other consents is revoked by those, not by the ones it no longer names (support_disclosure_consent)', async () => {
    const [was, is, kept] = [randomUUID(), randomUUID(), randomUUID()];
    const p = projection({ studentId: 'S7000005', consentIds: [was, kept] });
    await apply(PoliceProjectionPublishedEvent, p);
    await apply(PoliceProjectionPublishedEvent, { ...p, consentIds: [is, kept], projectedAt: new Date(Date.parse(p.projectedAt) + 1_000).toISOString() });
    const consents = () => ds.query(`SELECT consent_id FROM support_disclosure_consent WHERE projection_id = $1 ORDER BY 1`, [p.projectionId]);
    expect((await consents()).map((r: { consent_id: string }) => r.consent_id)).toEqual([is, kept].sort());
    await apply(ConsentRevokedEvent, { consentId: was, revokedAt: new Date().toISOString() });
    expect((await read('S7000005')).body).toHaveLength(1);
    await apply(ConsentRevokedEvent, { consentId: is, revokedAt: new Date().toISOString() });
    expect((await read('S7000005')).body).toEqual([]);
    expect(await consents()).toEqual([]);
  });

  it('R9: a projection built under a consent revoked earlier is never stored, whatever the arrival order', async () => {
    const consent = randomUUID();
    await apply(ConsentRevokedEvent, { consentId: consent, revokedAt: new Date().toISOString() });
    await apply(PoliceProjectionPublishedEvent, projection({ studentId: 'S7000003', consentIds: [consent] }));
    expect((await read('S7000003')).body).toEqual([]);
  });

  it('R9: a withdrawal drops the row; an older copy never replaces a newer one; past its basis it is not shown', async () => {
    const p = projection({ studentId: 'S7000004' });
    await apply(PoliceProjectionPublishedEvent, p);
    await apply(PoliceProjectionPublishedEvent, { ...p, data: { studentId: 'S7000004', safetyFlag: true }, projectedAt: new Date(Date.now() - 60_000).toISOString() });
    expect((await read('S7000004')).body[0].data).toEqual(p.data);
    await apply(PoliceProjectionWithdrawnEvent, { projectionId: p.projectionId, withdrawnAt: new Date().toISOString() });
    expect((await read('S7000004')).body).toEqual([]);
    await apply(PoliceProjectionPublishedEvent, projection({ studentId: 'S7000004', validUntil: new Date(Date.now() - 1).toISOString() }));
    expect((await read('S7000004')).body).toEqual([]);
  });

  it('R3 R5 R8: refuses (to the dead-letter topic) a psychotherapy note, an unlabelled field, SUD without its notice, or a missing marker', async () => {
    const bad = [
      projection({ data: { studentId: 'S7000005', clinicalNote: 'x' } }),
      projection({ data: { studentId: 'S7000005', diagnosis: 'x' } }),
      projection({ data: { studentId: 'S7000005', substanceUse: 'x' } }),
      { ...projection(), redisclosure: 'allowed' as 'prohibited' },
    ];
    for (const p of bad) await expect(apply(PoliceProjectionPublishedEvent, { ...p, studentId: 'S7000005' })).rejects.toBeInstanceOf(BoundaryViolation);
    expect((await read('S7000005')).body).toEqual([]);
    await apply(PoliceProjectionPublishedEvent, projection({ studentId: 'S7000005', data: { studentId: 'S7000005', substanceUse: 'x' }, notices: ['42 CFR part 2 prohibits unauthorized use or disclosure of these records.'] }));
    expect((await read('S7000005')).body[0].notices).toHaveLength(1);
  });
});
