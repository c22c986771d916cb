import type { EntityManager } from 'typeorm';
import { fieldsOf, type RecordFacts, type RecordType } from '#consent';

/** A clinical record offered to the police projection: its labelled fields and what decide() needs about it. */
export interface ProjectableRecord {
  recordType: RecordType;
  recordId: string;
  studentId: string;
  /** Every labelled field, null ones included (which fields are set must not show through, R10). */
  data: Record<string, unknown>;
  record?: Omit<RecordFacts, 'studentId'>;
}

/**
 * A record type whose records the police unit may come to see (under a consent or grant naming
 * the unit). When a student's bases change, every source is asked for that student's records.
 */
export interface ProjectionSource {
  readonly recordType: RecordType;
  forStudent(em: EntityManager, studentId: string): Promise<ProjectableRecord[]>;
}

/** Multi-provider token: the record types offered to the police projection (ShareWithPoliceModule). */
export const PROJECTION_SOURCES = Symbol('PROJECTION_SOURCES');

/** Every labelled field of the record type, null where the record has none (which are set must not show, R10). */
export function projectable(recordType: RecordType, view: { id: string; studentId: string }, record: Omit<RecordFacts, 'studentId'>): ProjectableRecord {
  const plain = view as unknown as Record<string, unknown>;
  return {
    recordType,
    recordId: view.id,
    studentId: view.studentId,
    data: Object.fromEntries(fieldsOf(recordType).map((f) => [f, plain[f] ?? null])),
    record,
  };
}
