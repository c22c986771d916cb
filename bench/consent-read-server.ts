import 'reflect-metadata';
import { Controller, Get, Inject, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConsentPolicy } from '#consent';
import { Authorize, createServiceApp, CurrentPrincipal, type Principal, Problem, UuidParam } from '#platform';
import { ConsentGate } from '../apps/support-plans/src/consent-gate/data/consent-gate.js';
import { CONSENT_POLICY } from '../apps/support-plans/src/consent-gate/domain/consent-policy.js';
import { ConsentGateModule } from '../apps/support-plans/src/consent-gate/consent-gate.module.js';
import type { DisclosureLog } from '../apps/support-plans/src/disclosures/data/disclosure-log.js';
import { supportPlansDefinition } from '../apps/support-plans/src/support-plans.definition.js';
import { loadSupportPlanView, type SupportPlanView } from '../apps/support-plans/src/support-plans/data/support-plan.view.js';

/**
 * Bench-only harness for bench/consent-read.ts (issue 16): the support-plans service exactly as
 * main.ts builds it, plus ONE extra route that exists only in this process:
 * GET /bench/ungated/support-plans/:id, the same transaction and the same plan loader as
 * GET /support-plans/:id, behind the same auth, without the consent gate (no facts, no decide(),
 * no redaction, no record of disclosure). And, to show what each layer of the gate costs,
 * GET /bench/unlogged/support-plans/:id: the real ConsentGate (facts, decide(), redaction) with a
 * record of disclosures that writes nothing. Nothing of this is reachable from production code.
 */
@Controller('bench/ungated/support-plans')
class UngatedSupportPlanController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @Authorize('clinician', 'bh-director', 'officer', 'police-chief', 'admin')
  get(@UuidParam('id') id: string): Promise<SupportPlanView> {
    return this.dataSource.transaction(async (em) => {
      const view = await loadSupportPlanView(em, id);
      if (!view) throw Problem.notFound('SUPPORT_PLAN.NOT_FOUND', `No support plan ${id}`);
      return view;
    });
  }
}

/** The gate without its R7 append: only to split the gate's cost into facts + decide() and the log. */
@Controller('bench/unlogged/support-plans')
class UnloggedSupportPlanController {
  private readonly gate: ConsentGate;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CONSENT_POLICY) policy: ConsentPolicy,
  ) {
    this.gate = new ConsentGate(policy, { append: async () => ({ id: '' }) } as unknown as DisclosureLog);
  }

  @Get(':id')
  @Authorize('clinician', 'bh-director', 'officer', 'police-chief', 'admin')
  get(@UuidParam('id') id: string, @CurrentPrincipal() by: Principal): Promise<Partial<SupportPlanView>> {
    return this.dataSource.transaction(async (em) => {
      const view = await loadSupportPlanView(em, id);
      const read = await this.gate.read(
        em,
        {
          recordType: 'support-plan', record: view, recordFacts: { studentId: view?.studentId ?? '', ...(view ? { authorId: view.startedBy } : {}) },
          recordId: id, requester: by, purpose: 'co-response', notFound: { code: 'SUPPORT_PLAN.NOT_FOUND', detail: `No support plan ${id}` },
        },
        new Date(),
      );
      return read.data;
    });
  }
}

@Module({ imports: [supportPlansDefinition.feature, ConsentGateModule], controllers: [UngatedSupportPlanController, UnloggedSupportPlanController] })
class BenchHarnessModule {}

const app = await createServiceApp({ ...supportPlansDefinition, feature: BenchHarnessModule });
const shutdown = () => void app.close().then(() => process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
await app.listen({ port: 0, host: '127.0.0.1' });
process.stderr.write(`READY ${(app.getHttpServer().address() as { port: number }).port}\n`);
