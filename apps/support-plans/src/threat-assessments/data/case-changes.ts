import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Outbox } from '#messaging';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import type { ThreatCase } from './threat-case.entity.js';
import { threatCaseRecord } from './threat-case.projection.js';
import { loadThreatCaseView, type ThreatCaseView } from './threat-case.view.js';

export type CaseLock = (em: EntityManager, id: string) => Promise<ThreatCase>;

/**
 * One change to a threat-assessment case, in one transaction: the case locked (`lockCase` or
 * `lockOpenCase`), the change with its event, the case offered again to the police projection,
 * and the case as it is now.
 */
@Injectable()
export class CaseChanges {
  constructor(
    private readonly dataSource: DataSource,
    readonly outbox: Outbox,
    private readonly police: PolicePublisher,
  ) {}

  apply(caseId: string, lock: CaseLock, now: Date, change: (em: EntityManager, c: ThreatCase) => Promise<void>): Promise<ThreatCaseView> {
    return this.dataSource.transaction(async (em) => {
      await change(em, await lock(em, caseId));
      await this.police.publishRecord(em, await threatCaseRecord(em, caseId), now);
      return (await loadThreatCaseView(em, caseId))!;
    });
  }
}
