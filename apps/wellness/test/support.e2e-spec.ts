import type { Type } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CloudEvent, Role } from '#contracts';
import { districtDate, startTestService, type TestService, deliverEvent } from '#testing';
import { ProjectCriticalIncidentsHandler } from '../src/support/project-critical-incidents/project-critical-incidents.handler.js';
import { ProjectPeerCertificationsHandler } from '../src/roster/project-peer-certifications/project-peer-certifications.handler.js';
import { ProjectRosterHandler } from '../src/roster/project-roster/project-roster.handler.js';
import { wellnessDefinition } from '../src/wellness.definition.js';

// Events are applied through the service's own consumer handlers; the broker path is in test/system.
describe('wellness: critical-incident debriefs and peer support (confidential)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  const sgt = randomUUID();
  const officer = randomUUID();
  const clinician = randomUUID();
  const peerSameChain = sgt; // certified, but the officer's own supervisor
  const peerOther = randomUUID();
  const chief = randomUUID();
  const as = (sub: string, roles: Role[] = ['officer']) => svc.idp.bearer(roles, sub);
  const apply = async (handler: Type<unknown>, type: string, data: unknown) =>
    svc.db.transaction((em) => deliverEvent(svc.app, handler, { type, data } as CloudEvent, em));

  beforeAll(async () => {
    svc = await startTestService(wellnessDefinition);
    http = request(svc.app.getHttpServer());
    const roster = ProjectRosterHandler;
    const staff: [string, string, string, string | null][] = [
      [chief, 'director', 'police', null],
      [sgt, 'supervisor', 'police', chief],
      [officer, 'officer', 'police', sgt],
      [peerOther, 'officer', 'police', randomUUID()],
      [randomUUID(), 'officer', 'police', sgt],
      [clinician, 'clinician', 'behavioral-health', null],
    ];
    for (const [staffId, role, unit, supervisorId] of staff) {
      await apply(roster, 'staffing.staff.added', { staffId, employeeId: staffId.slice(0, 8), role, unit, licensed: role === 'clinician', supervisorId });
    }
    const certs = ProjectPeerCertificationsHandler;
    for (const staffId of [peerSameChain, peerOther]) {
      await apply(certs, 'training.certification.granted', { certificationId: randomUUID(), staffId, courseCode: 'PEER-24', category: 'peer-support', issuedOn: '2026-01-05', expiresOn: '2030-01-05' });
    }
    await apply(certs, 'training.certification.granted', { certificationId: randomUUID(), staffId: clinician, courseCode: 'CIT-40', category: 'cit', issuedOn: '2026-01-05', expiresOn: null });
  });
  afterAll(() => svc?.close());

  const criticalIncident = (recordedAt: Date, staffIds = [officer, clinician]) =>
    apply(ProjectCriticalIncidentsHandler, 'incidents.critical-incident.recorded', {
      criticalIncidentId: randomUUID(), incidentId: randomUUID(), kinds: ['use-of-force'], staffIds, recordedAt: recordedAt.toISOString(),
    });
  const offers = async (sub: string, roles: Role[] = ['officer']) => (await http.get('/me/support-offers').set('authorization', await as(sub, roles)).expect(200)).body;

  it('W6, W7: each staff member involved gets their own offer, which only they see', async () => {
    await criticalIncident(new Date());
    expect(await offers(officer)).toEqual([expect.objectContaining({ kind: 'debrief', source: 'critical-incident', status: 'open', assignedTo: null })]);
    expect(await offers(clinician, ['clinician'])).toHaveLength(1);
    expect(await offers(chief, ['police-chief'])).toEqual([]);
    expect(await offers(sgt)).toEqual([]);
  });

  it('W10: somebody else accepting the offer gets the same 404 as for a missing one, whatever their rank', async () => {
    const [offer] = await offers(officer);
    const missing = await http.post(`/me/support-offers/${randomUUID()}/accept`).set('authorization', await as(chief, ['police-chief'])).send({}).expect(404);
    const other = await http.post(`/me/support-offers/${offer.id}/accept`).set('authorization', await as(chief, ['police-chief'])).send({}).expect(404);
    expect(other.body.code).toBe('SUPPORT.NOT_FOUND');
    expect({ ...other.body, detail: 0, instance: 0, correlationId: 0 }).toEqual({ ...missing.body, detail: 0, instance: 0, correlationId: 0 });
    // Reading it: the officer sees it, the chief gets the same 404 as for a missing one.
    await http.get(`/me/support-offers/${offer.id}`).set('authorization', await as(officer)).expect(200);
    const chiefRead = await http.get(`/me/support-offers/${offer.id}`).set('authorization', await as(chief, ['police-chief'])).expect(404);
    const chiefMissing = await http.get(`/me/support-offers/${randomUUID()}`).set('authorization', await as(chief, ['police-chief'])).expect(404);
    expect({ ...chiefRead.body, detail: 0, instance: 0, correlationId: 0 }).toEqual({ ...chiefMissing.body, detail: 0, instance: 0, correlationId: 0 });
  });

  it('W7, W8: accepting assigns a certified peer outside the chain of command, due 72 h later; held is recorded with when and by whom only', async () => {
    const [offer] = await offers(officer);
    const accepted = await http.post(`/me/support-offers/${offer.id}/accept`).set('authorization', await as(officer)).send({}).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', supporterKind: 'peer', assignedTo: peerOther });
    const answered = (await svc.db.query(`SELECT answered_at FROM support_offer WHERE id = $1`, [offer.id]))[0].answered_at as Date;
    expect(new Date(accepted.body.dueAt).getTime() - answered.getTime()).toBe(72 * 3600 * 1000);

    const assignments = (await http.get('/support-assignments').set('authorization', await as(peerOther)).expect(200)).body;
    expect(assignments).toEqual([expect.objectContaining({ id: offer.id, staffId: officer, heldAt: null })]);
    expect((await http.get('/support-assignments').set('authorization', await as(sgt)).expect(200)).body).toEqual([]);
    await http.post(`/support-sessions/${offer.id}/held`).set('authorization', await as(sgt)).send({}).expect(404);
    const held = await http.post(`/support-sessions/${offer.id}/held`).set('authorization', await as(peerOther)).send({}).expect(200);
    expect(held.body.heldAt).toEqual(expect.any(String));
    expect((await offers(officer))[0]).toMatchObject({ status: 'held' });
    const columns: { column_name: string }[] = await svc.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'support_offer'`,
    );
    expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(['notes']));
    expect(columns.map((c) => c.column_name).filter((c) => /content|note|summary|narrative/.test(c))).toEqual([]);
  });

  it('W7: an expired offer cannot be accepted, and the staff member can ask again', async () => {
    await criticalIncident(new Date(Date.now() - 20 * 86_400_000), [clinician]);
    const expired = (await offers(clinician, ['clinician'])).find((o: { status: string }) => o.status === 'expired');
    const refused = await http.post(`/me/support-offers/${expired.id}/accept`).set('authorization', await as(clinician, ['clinician'])).send({}).expect(409);
    expect(refused.body.code).toBe('SUPPORT.OFFER_CLOSED');
    await http.put('/eap-clinicians').set('authorization', await svc.idp.bearer(['admin'])).send({ sub: 'eap-1', displayName: 'EAP clinician A', license: 'LPC-77231' }).expect(200);
    const again = await http.post('/me/support-requests').set('authorization', await as(clinician, ['clinician'])).send({ kind: 'debrief', supporter: 'eap' }).expect(201);
    expect(again.body).toMatchObject({ source: 'self-request', status: 'accepted', supporterKind: 'eap', assignedTo: 'eap-1' });
  });

  it('W8: anyone can ask for peer support without a reason; never matched with their own supervisor', async () => {
    const res = await http.post('/me/support-requests').set('authorization', await as(officer)).send({ kind: 'peer-support' }).expect(201);
    expect(res.body).toMatchObject({ kind: 'peer-support', supporterKind: 'peer', assignedTo: peerOther });
    const mine = (await http.get('/support-assignments').set('authorization', await as(peerOther)).expect(200)).body;
    expect(mine.find((a: { id: string }) => a.id === res.body.id)).toMatchObject({ reason: null });
  });

  it('W9: imminent danger goes to a licensed clinician with a justification the staff member can read', async () => {
    const session = (await offers(officer)).find((o: { kind: string }) => o.kind === 'peer-support');
    const short = await http.post(`/support-sessions/${session.id}/escalations`).set('authorization', await as(peerOther)).send({ justification: 'worried' }).expect(422);
    expect(short.body.code).toBe('SUPPORT.ESCALATION_REFUSED');
    await http.post(`/support-sessions/${session.id}/escalations`).set('authorization', await as(chief, ['police-chief'])).send({ justification: 'x'.repeat(30) }).expect(404);
    const justification = 'Stated a specific plan to harm self tonight';
    await http.post(`/support-sessions/${session.id}/escalations`).set('authorization', await as(peerOther)).send({ justification }).expect(201);
    const seen = (await offers(officer)).find((o: { id: string }) => o.id === session.id);
    expect(seen).toMatchObject({ supporterKind: 'eap', assignedTo: 'eap-1', escalations: [{ at: expect.any(String), by: peerOther, clinicianLicense: 'LPC-77231', justification }] });
  });

  it('W11: command sees suppressed counts per quarter, department-wide or for a unit of at least 5, never a person', async () => {
    const today = districtDate();
    const res = await http.get(`/wellness/reports?from=${today}&to=${today}`).set('authorization', await as(chief, ['police-chief'])).expect(200);
    expect(res.body.quarters).toEqual([
      { quarter: expect.stringMatching(/^\d{4}-Q[1-4]$/), debriefsOffered: '<5', debriefsAccepted: '<5', debriefsHeldWithinDue: '<5', peerSupportSessions: 0, screeningDeclarations: 0 },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(new RegExp([officer, clinician, peerOther, 'eap-1'].join('|')));
    // Whole quarters only: a one-day range reports its entire quarter.
    expect(res.body).toMatchObject({ from: expect.stringMatching(/-(01|04|07|10)-01$/), to: expect.stringMatching(/-(03-31|06-30|09-30|12-31)$/) });
    const small = await http.get(`/wellness/reports?from=${today}&to=${today}&unit=behavioral-health`).set('authorization', await svc.idp.bearer(['bh-director'])).expect(422);
    expect(small.body.code).toBe('REPORT.UNIT_TOO_SMALL');
    await http.get(`/wellness/reports?from=${today}&to=${today}&unit=police`).set('authorization', await svc.idp.bearer(['admin'])).expect(200);
    await http.get(`/wellness/reports?from=${today}&to=${today}`).set('authorization', await as(officer)).expect(403);
  });
});
