import type { EntityManager } from 'typeorm';
import { projectable, type ProjectableRecord, type ProjectionSource } from '../../share-with-police/data/projection-source.js';
import { ThreatCase } from './threat-case.entity.js';
import { loadThreatCaseView } from './threat-case.view.js';

/** A case as the police projection sees it (share-with-police): team membership never applies to a unit-wide topic. */
export async function threatCaseRecord(em: EntityManager, id: string): Promise<ProjectableRecord> {
  return projectable('threat-assessment', (await loadThreatCaseView(em, id))!, { caseId: id });
}

export const threatCaseSource: ProjectionSource = {
  recordType: 'threat-assessment',
  async forStudent(em, studentId) {
    const cases = await em.find(ThreatCase, { where: { studentId }, order: { openedAt: 'ASC', id: 'ASC' } });
    const out: ProjectableRecord[] = [];
    for (const c of cases) out.push(await threatCaseRecord(em, c.id));
    return out;
  },
};
