import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Authorize, createServiceApp, Problem, UuidParam } from '#platform';
import { supportPlansService } from '../apps/support-plans/src/support-plans.service.js';
import { loadSupportPlanView, type SupportPlanView } from '../apps/support-plans/src/support-plans/support-plan.view.js';

/**
 * Bench-only harness for bench/consent-read.ts (issue 16): the support-plans service exactly as
 * main.ts builds it, plus ONE extra route that exists only in this process:
 * GET /bench/ungated/support-plans/:id, the same transaction and the same plan loader as
 * GET /support-plans/:id, behind the same auth, without the consent gate (no facts, no decide(),
 * no redaction, no record of disclosure). Nothing of this is reachable from production code.
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

@Module({ imports: [supportPlansService.feature], controllers: [UngatedSupportPlanController] })
class BenchHarnessModule {}

const app = await createServiceApp({ ...supportPlansService, feature: BenchHarnessModule });
const shutdown = () => void app.close().then(() => process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
await app.listen({ port: 0, host: '127.0.0.1' });
process.stderr.write(`READY ${(app.getHttpServer().address() as { port: number }).port}\n`);
