import type { Type } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CloudEvent } from '#contracts';
import { startTestService, type TestService, deliverEvent } from '#testing';
import { ProjectRosterHandler } from '../src/roster/project-roster/project-roster.handler.js';
import { ProjectWellbeingTrainingHandler } from '../src/reports/project-wellbeing-training/project-wellbeing-training.handler.js';
import { wellnessDefinition } from '../src/wellness.definition.js';

describe('wellness: the yearly well-being training goal, per unit as counts only', () => {
  let svc: TestService;
  beforeAll(async () => (svc = await startTestService(wellnessDefinition)));
  afterAll(() => svc?.close());

  const apply = (handler: Type<unknown>, type: string, data: unknown) =>
    svc.db.transaction((em) => deliverEvent(svc.app, handler, { type, data } as CloudEvent, em));

  it('W13: stress-management and resilience hours count toward the goal; other courses do not; small units show no counts (W11)', async () => {
    const police = Array.from({ length: 6 }, () => randomUUID());
    const clinicians = [randomUUID(), randomUUID()];
    for (const [staffId, unit] of [...police.map((id) => [id, 'police']), ...clinicians.map((id) => [id, 'behavioral-health'])]) {
      await apply(ProjectRosterHandler, 'staffing.staff.added', { staffId, employeeId: staffId.slice(0, 8), role: 'officer', unit, licensed: false });
    }
    const completion = (staffId: string, category: string, hours: number, completedOn = '2026-03-10') =>
      apply(ProjectWellbeingTrainingHandler, 'training.completion.recorded', { completionId: randomUUID(), staffId, courseCode: 'X-1', category, completedOn, hours, source: 'import' });
    await completion(police[0], 'resilience', 4);
    await completion(police[1], 'stress-management', 2);
    await completion(police[1], 'resilience', 2);
    await completion(police[2], 'cit', 40);
    await completion(police[3], 'resilience', 8, '2025-12-31');
    await completion(clinicians[0], 'resilience', 6);

    const res = await request(svc.app.getHttpServer())
      .get('/wellness/reports/wellbeing-training?year=2026')
      .set('authorization', await svc.idp.bearer(['bh-director']))
      .expect(200);
    expect(res.body).toEqual({
      year: 2026,
      goalHours: 4,
      categories: ['stress-management', 'resilience'],
      units: [
        { unit: 'behavioral-health', suppressed: true },
        { unit: 'police', suppressed: false, people: 6, met: '<5', notMet: '<5' },
      ],
    });
    await request(svc.app.getHttpServer()).get('/wellness/reports/wellbeing-training?year=2026').set('authorization', await svc.idp.bearer(['officer'])).expect(403);
  });
});
