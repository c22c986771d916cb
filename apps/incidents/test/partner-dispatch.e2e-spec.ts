import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PLATFORM_DISTRICT_ID, type District, type SharedResource, type SharingAgreement } from '#contracts';
import { EventValidator } from '#messaging';
import { DistrictDirectory, saveAgreement, saveDirectoryEntry, SharingAgreements } from '#platform';
import { districtDataSource, inDistrict, startTestService, TEST_AUDIENCE, type TestService } from '#testing';
import { incidentsDefinition } from '../src/incidents.definition.js';
import { applyFacts, assigned, citCertified, clinician, officer, onCall } from './support/co-responder-facts.js';
import { IncidentApi, MINUTE } from './support/incident-api.js';

// Issue 19 item 4: dispatch may send a partner district's clinician or CIT officer only under a
// sharing agreement in force for the incident's campus; every partner read and dispatch is audited
// in both districts. B is the deployment's district ('dev', the tokens'), A a registered partner.
const A = 'north-isd';
const B = 'dev';
const OB = randomUUID(); // B's CIT officer at B1
const [KA1, KA2] = [randomUUID(), randomUUID()]; // A's clinicians, on call in A
const OA = randomUUID(); // A's CIT officer
const B1 = 'campus-b-01'; // B's officer, nobody on call
const B2 = 'campus-b-02'; // nobody of B at all
const B3 = 'campus-b-03'; // nobody of B; an agreement lends officers only
const HOUR = 3_600_000;

type Audit = { kind: string; agreement_id: string; acting_district_id: string; partner_district_id: string; actor: string; subject: string };

describe('incidents: dispatch of a partner district’s responders under a sharing agreement', () => {
  let svc: TestService;
  let api: IncidentApi;
  let north: DataSource;
  let platform: DataSource;
  const now = Date.now();
  const at = (minutesAgo: number) => new Date(now - minutesAgo * MINUTE).toISOString();

  const agreement = async (over: Partial<SharingAgreement> & { campusIds: string[]; shares: SharedResource[] }): Promise<SharingAgreement> => {
    const a: SharingAgreement = {
      agreementId: randomUUID(), providerDistrictId: A, receiverDistrictId: B,
      effectiveFrom: new Date(now - 24 * HOUR).toISOString(), effectiveUntil: null, endedAt: null, ...over,
    };
    // As the agreements consumer leaves it: the platform tenant's row and the in-memory set.
    await saveAgreement((sql, p) => platform.query(sql, p), a);
    svc.app.get(SharingAgreements).apply(a);
    return a;
  };
  const audits = (ds: DataSource, incidentId: string): Promise<Audit[]> =>
    ds.query(
      `SELECT kind, agreement_id, acting_district_id, partner_district_id, actor, subject FROM cross_district_access WHERE subject = $1 ORDER BY id`,
      [`incident:${incidentId}`],
    );
  async function triaged(campusId: string, coResponseIndicated = true): Promise<string> {
    const { id } = await api.report({ campusId, occurredAt: at(45), studentIds: ['S5200001'] });
    await api.step(id, 'triage', { priority: 'urgent', coResponseIndicated, at: at(40) });
    return id;
  }

  beforeAll(async () => {
    svc = await startTestService(incidentsDefinition);
    api = new IncidentApi(svc);
    platform = await districtDataSource(svc.app, PLATFORM_DISTRICT_ID);
    const district: District = {
      districtId: A, name: 'North ISD', issuer: 'https://idp.north.example/', jwksUrl: 'https://idp.north.example/jwks', audience: TEST_AUDIENCE,
      timeZone: 'America/Chicago', pseudonymKeyId: 'north-k', campusIds: [],
    };
    await saveDirectoryEntry((sql, p) => platform.query(sql, p), district);
    svc.app.get(DistrictDirectory).apply(district);
    north = await districtDataSource(svc.app, A);
    const shift = [new Date(now - 2 * HOUR), new Date(now + 2 * HOUR)] as const;
    // Each district's staffing facts land in its own projection rows.
    await applyFacts(svc, [officer(OB), ...citCertified(OB), assigned(OB, B1)]);
    await inDistrict(svc, () => applyFacts({ ...svc, db: north }, [
      clinician(KA1), onCall(KA1, ['campus-n-01'], shift[0], shift[1]),
      clinician(KA2), onCall(KA2, ['campus-n-02'], new Date(now - 3 * HOUR), shift[1]),
      officer(OA), ...citCertified(OA), assigned(OA, 'campus-n-01'),
    ]), A);
  }, 60_000);
  afterAll(async () => {
    await north?.destroy();
    await platform?.destroy();
    await svc?.close();
  });

  it('refuses without an agreement in force (none, another campus, expired, ended, officers only): 409, nothing read or audited', async () => {
    const id = await triaged(B1);
    const refuse = async () => {
      const res = await api.post(`/incidents/${id}/dispatch`, { at: at(30) });
      expect([res.status, res.body.code, res.body.reasons]).toEqual([409, 'DISPATCH.NO_ELIGIBLE_PAIR', ['no-clinician-on-call']]);
    };
    await refuse();
    await agreement({ campusIds: ['campus-b-09'], shares: ['on-call-clinicians'] });
    await refuse();
    await agreement({ campusIds: [B1], shares: ['on-call-clinicians'], effectiveFrom: new Date(now - 48 * HOUR).toISOString(), effectiveUntil: new Date(now - 24 * HOUR).toISOString() });
    await refuse();
    await agreement({ campusIds: [B1], shares: ['on-call-clinicians'], endedAt: at(60) });
    await refuse();
    await agreement({ campusIds: [B1], shares: ['co-responders'] });
    await refuse();
    await agreement({ campusIds: [B1], shares: ['on-call-clinicians'], receiverDistrictId: 'south-isd' });
    await refuse();
    expect(await audits(svc.db, id)).toEqual([]);
    expect(await audits(north, id)).toEqual([]);
    expect((await api.get(`/incidents/${id}`)).body.status).toBe('triaged');
  });

  it("dispatches A's on-call clinician with B's officer under an agreement in force, recorded on the incident and the event, audited in both districts", async () => {
    const id = await triaged(B1);
    const covering = await agreement({ campusIds: [B1], shares: ['on-call-clinicians'] });
    const res = await api.post(`/incidents/${id}/dispatch`, { at: at(30) });
    expect(res.status).toBe(200);
    // KA1's shift started later than KA2's: both free, the earlier shift first (as locally).
    expect(res.body.dispatch).toMatchObject({
      coResponse: true, officerStaffId: OB, officerMatch: 'campus', officerDistrictId: null,
      clinicianStaffId: KA2, clinicianDistrictId: A, sharingAgreementId: covering.agreementId, clinicianMode: 'in-person',
    });
    expect((await api.get(`/incidents/${id}`)).body.dispatch).toMatchObject({ clinicianDistrictId: A, sharingAgreementId: covering.agreementId });

    const expected = [
      { kind: 'read', agreement_id: covering.agreementId, acting_district_id: B, partner_district_id: A, actor: 'sub:dev/officer-7', subject: `incident:${id}` },
      { kind: 'dispatch', agreement_id: covering.agreementId, acting_district_id: B, partner_district_id: A, actor: `staff:${KA2}`, subject: `incident:${id}` },
    ];
    expect(await audits(svc.db, id)).toEqual(expected);
    expect(await audits(north, id)).toEqual(expected);

    const [event] = await svc.db.query(`SELECT headers, payload FROM outbox WHERE type = 'incidents.incident.dispatched' AND payload->>'incidentId' = $1`, [id]);
    expect(event.payload).toMatchObject({ clinicianStaffId: KA2, clinicianDistrictId: A, officerDistrictId: null, sharingAgreementId: covering.agreementId });
    expect(new EventValidator().validate(event.headers.ce_dataschema, event.payload).valid).toBe(true);
    const [analytics] = await svc.db.query(`SELECT payload FROM outbox WHERE type = 'analytics.incident.dispatched' ORDER BY id DESC LIMIT 1`);
    expect(JSON.stringify(analytics.payload)).not.toMatch(/DistrictId|sharingAgreement|north-isd/);
  });

  it("counts a partner's clinician already sent here as busy: the next incident gets A's free clinician", async () => {
    const id = await triaged(B1);
    const res = await api.post(`/incidents/${id}/dispatch`, { at: at(29) });
    expect(res.status).toBe(200);
    expect(res.body.dispatch).toMatchObject({ clinicianStaffId: KA1, clinicianDistrictId: A });
  });

  it("sends A's CIT officer and clinician to a campus B has nobody for, under one agreement sharing both", async () => {
    const both = await agreement({ campusIds: [B2], shares: ['on-call-clinicians', 'co-responders'] });
    const id = await triaged(B2);
    const res = await api.post(`/incidents/${id}/dispatch`, { at: at(28) });
    expect(res.status).toBe(200);
    expect(res.body.dispatch).toMatchObject({
      officerStaffId: OA, officerMatch: 'partner-district', officerDistrictId: A, clinicianDistrictId: A, sharingAgreementId: both.agreementId,
    });
    // Both A clinicians are out (on B's incidents above): the first busy one still goes, as locally.
    expect([KA1, KA2]).toContain(res.body.dispatch.clinicianStaffId);
    const kinds = (await audits(north, id)).map((r) => [r.kind, r.actor]);
    expect(kinds).toEqual([['read', 'sub:dev/officer-7'], ['read', 'sub:dev/officer-7'], ['dispatch', `staff:${OA}`], ['dispatch', `staff:${res.body.dispatch.clinicianStaffId}`]]);
    expect(await audits(svc.db, id)).toEqual(await audits(north, id));
  });

  it('an officer alone for a campus B has no officer for, under an agreement lending co-responders', async () => {
    const officers = await agreement({ campusIds: [B3], shares: ['co-responders'] });
    const id = await triaged(B3, false);
    const res = await api.post(`/incidents/${id}/dispatch`, { at: at(27) });
    expect(res.status).toBe(200);
    expect(res.body.dispatch).toMatchObject({ coResponse: false, officerStaffId: OA, officerMatch: 'partner-district', officerDistrictId: A, clinicianStaffId: null, sharingAgreementId: officers.agreementId });
  });

  it('a refused dispatch after a partner read keeps the read audited in both districts, and no dispatch audit', async () => {
    // B3's agreement lends officers, not clinicians; B has nobody on call there.
    const id = await triaged(B3);
    const res = await api.post(`/incidents/${id}/dispatch`, { at: at(26) });
    expect([res.status, res.body.reasons]).toEqual([409, ['no-clinician-on-call']]);
    for (const ds of [svc.db, north]) expect((await audits(ds, id)).map((r) => r.kind)).toEqual(['read']);
    expect((await api.get(`/incidents/${id}`)).body.dispatch).toBeNull();
  });
});
