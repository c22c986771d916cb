import { classOf } from '#consent';
import type { PoliceProjectionPublished } from '#contracts';

/** A projection that breaks the consent boundary: refused, so it ends in the dead-letter topic, never in a police table. */
export class BoundaryViolation extends Error {
  override name = 'BoundaryViolation';
}

/**
 * Defence in depth on the receiving side: never a psychotherapy note, never a field the label
 * registry does not know, never SUD without its 42 CFR 2.32 notice, always the R8 marker (R3, R5, R8).
 */
export function checkBoundary(p: PoliceProjectionPublished): void {
  const problems: string[] = [];
  if (p.redisclosure !== 'prohibited') problems.push('no redisclosure=prohibited marker (R8)');
  for (const field of Object.keys(p.data)) {
    const cls = classOf(p.recordType, field);
    if (!cls) problems.push(`unlabelled field ${field}`);
    else if (cls === 'PSY-NOTE') problems.push(`psychotherapy-note field ${field} (R3)`);
    else if (cls === 'SUD' && p.notices.length === 0) problems.push(`SUD field ${field} without the 42 CFR 2.32 notice (R5)`);
  }
  if (problems.length) throw new BoundaryViolation(`projection ${p.projectionId} refused: ${problems.join('; ')}`);
}
