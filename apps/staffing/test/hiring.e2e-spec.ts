import request from 'supertest';
import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { PsychDeclarationRecordedEvent, type CloudEvent, type Role } from '#contracts';
import { districtDate, startTestService, type TestService, deliverEvent } from '#testing';
import { ProjectPsychDeclarationsHandler } from '../src/hiring/project-psych-declarations/project-psych-declarations.handler.js';
import { staffingDefinition } from '../src/staffing.definition.js';

describe('staffing: joint hiring (dual approval)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  const as = (roles: Role[], sub?: string) => svc.idp.bearer(roles, sub);
  let seq = 0;

  beforeAll(async () => {
    svc = await startTestService(staffingDefinition);
    http = request(svc.app.getHttpServer());
  });
  afterAll(() => svc?.close());

  /** A clinician candidate holding an offer, ready for the two decisions. */
  async function candidateWithOffer(role: 'clinician' | 'officer' = 'clinician'): Promise<{ id: string; requisitionId: string; employeeId: string }> {
    const admin = await as(['admin']);
    const n = ++seq;
    const position = await http
      .post('/positions')
      .set('authorization', admin)
      .send({ code: `POS-${n}`, title: `Position ${n}`, role, unit: role === 'officer' ? 'police' : 'behavioral-health' })
      .expect(201);
    const requisition = await http.post(`/positions/${position.body.id}/requisitions`).set('authorization', await as(['bh-director'])).expect(201);
    const candidate = await http
      .post(`/requisitions/${requisition.body.id}/candidates`)
      .set('authorization', admin)
      .send({ displayName: `Candidate ${n}`, ...(role === 'clinician' ? { licenseNumber: `LCSW-${n}` } : {}) })
      .expect(201);
    expect(candidate.body).toMatchObject({ status: 'screening', licensed: role === 'clinician', decisions: [] });
    await http.post(`/candidates/${candidate.body.id}/advance`).set('authorization', admin).expect(200);
    const employeeId = `E9${String(n).padStart(4, '0')}`;
    const offer = await http.post(`/candidates/${candidate.body.id}/offer`).set('authorization', admin).send({ employeeId, startsOn: '2027-01-04' }).expect(200);
    expect(offer.body).toMatchObject({ status: 'offer', employeeId, startsOn: '2027-01-04' });
    return { id: candidate.body.id, requisitionId: requisition.body.id, employeeId };
  }

  /** Applies a wellness L-3 declaration through staffing's own consumer handler (the event path is in test/system). */
  async function declare(candidateId: string, result: 'fit' | 'not-fit', declaredOn: string): Promise<void> {
    const data = { declarationId: randomUUID(), candidateId, result, declaredOn, evaluatorLicense: 'TX-PSY-1001' };
    await svc.db.transaction((em) => deliverEvent(svc.app, ProjectPsychDeclarationsHandler, { type: PsychDeclarationRecordedEvent.type, data } as CloudEvent, em));
  }
  const today = () => districtDate();
  const daysAgo = (n: number) => districtDate(-n);

  const decide = async (id: string, token: string, body: Record<string, unknown>) =>
    http.post(`/candidates/${id}/offer/decisions`).set('authorization', token).send(body);

  async function staffAddedEvents(employeeId: string): Promise<unknown[]> {
    const ds = svc.db;
    return ds.query(`SELECT payload FROM outbox WHERE type = 'staffing.staff.added' AND payload->>'employeeId' = $1`, [employeeId]);
  }

  it.each([
    ['chief first', ['police-chief', 'bh-director'] as const],
    ['director first', ['bh-director', 'police-chief'] as const],
  ])('hires when both approve (%s): roster entry, filled requisition, staffing.staff.added, decisions with who and when', async (_label, order) => {
    const c = await candidateWithOffer();
    const first = await decide(c.id, await as([order[0]], `${order[0]}-1`), { decision: 'approve', note: 'Joint panel' });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('offer');
    expect(await staffAddedEvents(c.employeeId)).toHaveLength(0);

    const second = await decide(c.id, await as([order[1]], `${order[1]}-1`), { decision: 'approve' });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ status: 'hired', staffId: expect.any(String) });
    expect(second.body.decisions).toEqual([
      { side: order[0], decision: 'approved', decidedBy: `${order[0]}-1`, decidedAt: expect.any(String), note: 'Joint panel' },
      { side: order[1], decision: 'approved', decidedBy: `${order[1]}-1`, decidedAt: expect.any(String), note: null },
    ]);

    const staff = await http.get(`/staff/${second.body.staffId}`).set('authorization', await as(['admin'])).expect(200);
    expect(staff.body).toMatchObject({ employeeId: c.employeeId, role: 'clinician', unit: 'behavioral-health', active: true, licenseNumber: expect.any(String) });
    const requisition = await http.get(`/requisitions/${c.requisitionId}`).set('authorization', await as(['admin'])).expect(200);
    expect(requisition.body).toMatchObject({ status: 'filled', filledAt: expect.any(String) });
    const events = (await staffAddedEvents(c.employeeId)) as { payload: Record<string, unknown> }[];
    expect(events).toHaveLength(1);
    // The license number stays in staffing: the event only says whether there is one.
    expect(events[0].payload).toEqual({ staffId: second.body.staffId, employeeId: c.employeeId, role: 'clinician', unit: 'behavioral-health', licensed: true, districtId: 'dev' });
  });

  it.each([
    ['the chief refuses first', [['police-chief', 'reject']]],
    ['the director refuses first', [['bh-director', 'reject']]],
    ['the chief approves, the director refuses', [['police-chief', 'approve'], ['bh-director', 'reject']]],
    ['the director approves, the chief refuses', [['bh-director', 'approve'], ['police-chief', 'reject']]],
  ] as const)('ends the offer when %s, and nobody can decide after that', async (_label, steps) => {
    const c = await candidateWithOffer();
    let last: request.Response | undefined;
    for (const [side, decision] of steps) last = await decide(c.id, await as([side], `${side}-2`), { decision });
    expect(last!.status).toBe(200);
    expect(last!.body).toMatchObject({ status: 'rejected', staffId: null, rejectionReason: expect.stringMatching(/^Offer refused by the/) });
    expect(last!.body.decisions).toHaveLength(steps.length);

    const otherSide = steps[0][0] === 'police-chief' ? 'bh-director' : 'police-chief';
    const late = await decide(c.id, await as([otherSide], `${otherSide}-3`), { decision: 'approve' });
    expect(late.status).toBe(409);
    expect(late.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(late.body.code).toBe('CANDIDATE.ILLEGAL_TRANSITION');
    expect(await staffAddedEvents(c.employeeId)).toHaveLength(0);
  });

  it('refuses a second decision by the same side (409), also a refusal after an approval', async () => {
    const c = await candidateWithOffer();
    await decide(c.id, await as(['police-chief'], 'chief-7'), { decision: 'approve' }).then((r) => expect(r.status).toBe(200));
    const again = await decide(c.id, await as(['police-chief'], 'chief-7'), { decision: 'approve' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'OFFER.ALREADY_DECIDED', side: 'police-chief' });
    const otherChief = await decide(c.id, await as(['police-chief'], 'chief-8'), { decision: 'reject' });
    expect(otherChief.body.code).toBe('OFFER.ALREADY_DECIDED');
    const read = await http.get(`/candidates/${c.id}`).set('authorization', await as(['admin'])).expect(200);
    expect(read.body).toMatchObject({ status: 'offer', decisions: [expect.objectContaining({ side: 'police-chief', decidedBy: 'chief-7' })] });
  });

  it('lets nobody approve for the other side: 403 for the wrong side, 403 for other roles', async () => {
    const c = await candidateWithOffer();
    const chiefAsDirector = await decide(c.id, await as(['police-chief']), { decision: 'approve', as: 'bh-director' });
    expect(chiefAsDirector.status).toBe(403);
    expect(chiefAsDirector.body.code).toBe('OFFER.NOT_YOUR_SIDE');
    for (const role of ['admin', 'officer', 'clinician', 'system'] as Role[]) {
      const res = await decide(c.id, await as([role]), { decision: 'approve' });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('AUTH.FORBIDDEN');
    }
    const read = await http.get(`/candidates/${c.id}`).set('authorization', await as(['admin'])).expect(200);
    expect(read.body.decisions).toEqual([]);
  });

  it('refuses one person holding both roles giving both approvals (409), and asks them which side (400)', async () => {
    const c = await candidateWithOffer();
    const both = await as(['police-chief', 'bh-director'], 'interim-both-1');
    const ambiguous = await decide(c.id, both, { decision: 'approve' });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.code).toBe('OFFER.SIDE_REQUIRED');
    await decide(c.id, both, { decision: 'approve', as: 'police-chief' }).then((r) => expect(r.status).toBe(200));
    const second = await decide(c.id, both, { decision: 'approve', as: 'bh-director' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('OFFER.SAME_APPROVER');
    await decide(c.id, await as(['bh-director'], 'director-9'), { decision: 'approve' }).then((r) => expect(r.body.status).toBe('hired'));
  });

  it('hires exactly once when the two approvals race (row lock), and never loses one', async () => {
    for (let round = 0; round < 5; round++) {
      const c = await candidateWithOffer('officer');
      await declare(c.id, 'fit', daysAgo(1));
      const [chief, director] = await Promise.all([
        decide(c.id, await as(['police-chief'], 'chief-r'), { decision: 'approve' }),
        decide(c.id, await as(['bh-director'], 'director-r'), { decision: 'approve' }),
      ]);
      expect([chief.status, director.status]).toEqual([200, 200]);
      expect([chief.body.status, director.body.status].sort()).toEqual(['hired', 'offer']);
      const read = await http.get(`/candidates/${c.id}`).set('authorization', await as(['admin'])).expect(200);
      expect(read.body.decisions).toHaveLength(2);
      expect(await staffAddedEvents(c.employeeId)).toHaveLength(1);
    }
  });

  it('lets only one of two racing approvals by the same side count', async () => {
    const c = await candidateWithOffer();
    const token = await as(['police-chief'], 'chief-dup');
    const results = await Promise.all([1, 2, 3].map(() => decide(c.id, token, { decision: 'approve' })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
  });

  it('409 problem+json for illegal transitions', async () => {
    const admin = await as(['admin']);
    const c = await candidateWithOffer();
    const advance = await http.post(`/candidates/${c.id}/advance`).set('authorization', admin).expect(409);
    expect(advance.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(advance.body).toMatchObject({ code: 'CANDIDATE.ILLEGAL_TRANSITION', from: 'offer', to: 'interviewing' });
    const reject = await http.post(`/candidates/${c.id}/reject`).set('authorization', admin).send({ reason: 'x' }).expect(409);
    expect(reject.body.code).toBe('CANDIDATE.ILLEGAL_TRANSITION');

    const position = await http.post('/positions').set('authorization', admin).send({ code: 'POS-T', title: 'Officer', role: 'officer', unit: 'police' }).expect(201);
    const requisition = await http.post(`/positions/${position.body.id}/requisitions`).set('authorization', admin).expect(201);
    const fresh = await http.post(`/requisitions/${requisition.body.id}/candidates`).set('authorization', admin).send({ displayName: 'Candidate T' }).expect(201);
    const early = await http.post(`/candidates/${fresh.body.id}/offer`).set('authorization', admin).send({ employeeId: 'E77701', startsOn: '2027-01-04' }).expect(409);
    expect(early.body).toMatchObject({ code: 'CANDIDATE.ILLEGAL_TRANSITION', from: 'screening', to: 'offer' });
    const noOffer = await decide(fresh.body.id, await as(['police-chief']), { decision: 'approve' });
    expect(noOffer.status).toBe(409);
    await http.post(`/candidates/${fresh.body.id}/reject`).set('authorization', admin).send({ reason: 'Withdrew' }).expect(200);
    await http.post(`/candidates/${fresh.body.id}/advance`).set('authorization', admin).expect(409);
  });

  it('closes a requisition once filled: no new candidates, and a second hire against it is refused', async () => {
    const admin = await as(['admin']);
    const c = await candidateWithOffer('officer');
    const rival = await http.post(`/requisitions/${c.requisitionId}/candidates`).set('authorization', admin).send({ displayName: 'Candidate R' }).expect(201);
    await http.post(`/candidates/${rival.body.id}/advance`).set('authorization', admin).expect(200);
    await http.post(`/candidates/${rival.body.id}/offer`).set('authorization', admin).send({ employeeId: 'E88801', startsOn: '2027-02-01' }).expect(200);
    await declare(c.id, 'fit', daysAgo(2));
    await declare(rival.body.id, 'fit', daysAgo(2));
    await decide(c.id, await as(['police-chief'], 'c1'), { decision: 'approve' });
    await decide(c.id, await as(['bh-director'], 'd1'), { decision: 'approve' }).then((r) => expect(r.body.status).toBe('hired'));
    await decide(rival.body.id, await as(['police-chief'], 'c1'), { decision: 'approve' }).then((r) => expect(r.status).toBe(200));
    const refused = await decide(rival.body.id, await as(['bh-director'], 'd1'), { decision: 'approve' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('REQUISITION.NOT_OPEN');
    const late = await http.post(`/requisitions/${c.requisitionId}/candidates`).set('authorization', admin).send({ displayName: 'Candidate L' }).expect(409);
    expect(late.body.code).toBe('REQUISITION.NOT_OPEN');
  });

  it('needs a license number for a clinician offer (422)', async () => {
    const admin = await as(['admin']);
    const position = await http.post('/positions').set('authorization', admin).send({ code: 'POS-L', title: 'Clinician', role: 'clinician', unit: 'behavioral-health' }).expect(201);
    const requisition = await http.post(`/positions/${position.body.id}/requisitions`).set('authorization', admin).expect(201);
    const c = await http.post(`/requisitions/${requisition.body.id}/candidates`).set('authorization', admin).send({ displayName: 'Candidate L' }).expect(201);
    await http.post(`/candidates/${c.body.id}/advance`).set('authorization', admin).expect(200);
    const res = await http.post(`/candidates/${c.body.id}/offer`).set('authorization', admin).send({ employeeId: 'E66601', startsOn: '2027-01-04' }).expect(422);
    expect(res.body.code).toBe('OFFER.LICENSE_REQUIRED');
    await http.post(`/candidates/${c.body.id}/offer`).set('authorization', admin).send({ employeeId: 'E66601', startsOn: '2027-01-04', licenseNumber: 'LCSW-6' }).expect(200);
  });

  it.each([
    ['/positions', { code: 'lower', title: 'x', role: 'officer', unit: 'police' }, 'code'],
    ['/positions', { code: 'POS-X', title: 'x', role: 'janitor', unit: 'police' }, 'role'],
  ])('400 problem+json for a bad body on %s (%s)', async (path, body, field) => {
    const res = await http.post(path).set('authorization', await as(['admin'])).send(body).expect(400);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('400 problem+json for a bad decision or offer body', async () => {
    const c = await candidateWithOffer();
    const bad = await decide(c.id, await as(['police-chief']), { decision: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['decision']);
    const badSide = await decide(c.id, await as(['police-chief']), { decision: 'approve', as: 'mayor' });
    expect(badSide.body.errors.map((e: { field: string }) => e.field)).toEqual(['as']);
    const badOffer = await http.post(`/candidates/${c.id}/offer`).set('authorization', await as(['admin'])).send({ employeeId: 'E1', startsOn: '2027-13-01' });
    expect(badOffer.status).toBe(400);
    expect(badOffer.body.errors.map((e: { field: string }) => e.field)).toContain('startsOn');
  });
  describe('W4, W5: officer offers need a current fit psychological declaration (TCOLE L-3)', () => {
    it('W4: 409 OFFER.PSYCH_DECLARATION_REQUIRED without one; the chief sees pending, never a reason (W5)', async () => {
      const c = await candidateWithOffer('officer');
      const refused = await decide(c.id, await as(['police-chief'], 'chief-9'), { decision: 'approve' });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'OFFER.PSYCH_DECLARATION_REQUIRED', psychDeclaration: 'pending' });
      const read = await http.get(`/candidates/${c.id}`).set('authorization', await as(['police-chief'])).expect(200);
      expect(read.body).toMatchObject({ status: 'offer', psychDeclaration: 'pending', decisions: [] });
    });

    it('W4: a current fit declaration unblocks both approvals and the hire', async () => {
      const c = await candidateWithOffer('officer');
      await declare(c.id, 'fit', today());
      expect((await http.get(`/candidates/${c.id}`).set('authorization', await as(['bh-director'])).expect(200)).body.psychDeclaration).toBe('fit');
      await decide(c.id, await as(['police-chief'], 'chief-9'), { decision: 'approve' }).then((r) => expect(r.status).toBe(200));
      const hired = await decide(c.id, await as(['bh-director'], 'dir-9'), { decision: 'approve' });
      expect(hired.body.status).toBe('hired');
    });

    it('W4: a fit declaration older than the maximum age (180 days by default) no longer counts', async () => {
      const c = await candidateWithOffer('officer');
      await declare(c.id, 'fit', daysAgo(181));
      const refused = await decide(c.id, await as(['police-chief']), { decision: 'approve' });
      expect(refused.body).toMatchObject({ code: 'OFFER.PSYCH_DECLARATION_REQUIRED', psychDeclaration: 'pending' });
    });

    it('W5: a not-fit candidate shows not-fit only and can still be refused with the usual dual decision', async () => {
      const c = await candidateWithOffer('officer');
      await declare(c.id, 'not-fit', today());
      const refused = await decide(c.id, await as(['bh-director']), { decision: 'approve' });
      expect(refused.body).toMatchObject({ code: 'OFFER.PSYCH_DECLARATION_REQUIRED', psychDeclaration: 'not-fit' });
      const read = await http.get(`/candidates/${c.id}`).set('authorization', await as(['police-chief'])).expect(200);
      expect(read.body.psychDeclaration).toBe('not-fit');
      expect(Object.keys(read.body)).not.toEqual(expect.arrayContaining(['findings', 'evaluatorLicense', 'instruments']));
      const rejected = await decide(c.id, await as(['police-chief'], 'chief-9'), { decision: 'reject' });
      expect(rejected.body.status).toBe('rejected');
    });

    it('W4: clinician offers need no declaration', async () => {
      const c = await candidateWithOffer('clinician');
      expect((await http.get(`/candidates/${c.id}`).set('authorization', await as(['admin'])).expect(200)).body.psychDeclaration).toBe('not-required');
      await decide(c.id, await as(['police-chief'], 'chief-9'), { decision: 'approve' }).then((r) => expect(r.status).toBe(200));
    });
  });
});
