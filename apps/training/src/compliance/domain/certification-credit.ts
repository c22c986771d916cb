import { addDays } from '../../calendar/domain/district-time.js';
import type { CompletionFact } from './compliance-rules.js';

/** A completion as recorded, with the course it was for. */
export interface RecordedCompletion extends CompletionFact {
  courseId: string;
}

/** A certification granted for a course (not revoked), with that course's hours. */
export interface CourseCertification extends CompletionFact {
  courseId: string;
  /** The issue day: the course was completed by then. */
  completedOn: string;
}

/** How long before the issue day a completion of the same course is taken to be the one that earned it. */
export const EARNED_WITHIN_DAYS = 365;

/**
 * Credit for certifications earned through a course, counted once: a certification is a completion
 * of its course on its issue day, worth the course's hours. When a completion of the same course was
 * recorded within EARNED_WITHIN_DAYS before the issue day, that completion earned it: the pair counts
 * once, on the completion's day, with the larger of the two hour figures (a partial record of 28 h
 * for a 40-hour course that was certified counts 40). Each completion earns at most one certification.
 */
export function creditedCompletions(completions: readonly RecordedCompletion[], certifications: readonly CourseCertification[]): CompletionFact[] {
  const used = new Set<number>();
  const credited: CompletionFact[] = [];
  for (const cert of [...certifications].sort((a, b) => a.completedOn.localeCompare(b.completedOn))) {
    const earliest = addDays(cert.completedOn, -EARNED_WITHIN_DAYS);
    const index = completions.findIndex(
      (c, i) => !used.has(i) && c.courseId === cert.courseId && c.completedOn <= cert.completedOn && c.completedOn >= earliest,
    );
    if (index === -1) {
      credited.push({ category: cert.category, completedOn: cert.completedOn, hours: cert.hours });
      continue;
    }
    used.add(index);
    const earned = completions[index];
    credited.push({ category: earned.category, completedOn: earned.completedOn, hours: Math.max(earned.hours, cert.hours) });
  }
  completions.forEach((c, i) => {
    if (!used.has(i)) credited.push({ category: c.category, completedOn: c.completedOn, hours: c.hours });
  });
  return credited;
}
