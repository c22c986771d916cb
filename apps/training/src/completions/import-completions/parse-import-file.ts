import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { Problem } from '#platform';

export const MAX_IMPORT_ROWS = 5000;

export interface ImportFile {
  format: 'csv' | 'json';
  sha256: string;
  rows: unknown[];
}

const COLUMNS: Record<string, string> = {
  staffid: 'staffId',
  employeeid: 'employeeId',
  coursecode: 'courseCode',
  completedon: 'completedOn',
  hours: 'hours',
};

/** Header names as district systems spell them (staff_id, Staff ID, staffId) map to one field. */
function columnName(header: string): string {
  const key = header.toLowerCase().replace(/[^a-z0-9]/g, '');
  return COLUMNS[key] ?? header;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function parseCsvFile(content: string): ImportFile {
  let records: Record<string, string>[];
  try {
    records = parse(content, {
      bom: true,
      columns: (header: string[]) => header.map(columnName),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (err) {
    throw new Problem(400, 'IMPORT.UNREADABLE_FILE', `The CSV file cannot be read: ${(err as Error).message}`);
  }
  const columns = new Set(Object.keys(records[0] ?? {}));
  const missing = ['courseCode', 'completedOn'].filter((c) => !columns.has(c));
  if (records.length > 0 && !columns.has('staffId') && !columns.has('employeeId')) missing.unshift('staffId or employeeId');
  if (records.length === 0) throw new Problem(400, 'IMPORT.EMPTY_FILE', 'The file has no data rows');
  if (missing.length) throw new Problem(400, 'IMPORT.MISSING_COLUMNS', `Missing columns: ${missing.join(', ')}`, { missing });
  return { format: 'csv', sha256: sha256(content), rows: limit(records) };
}

export function parseJsonFile(body: unknown): ImportFile {
  const rows = (body as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) throw new Problem(400, 'IMPORT.UNREADABLE_FILE', 'A JSON import is {"rows": [...]}');
  if (rows.length === 0) throw new Problem(400, 'IMPORT.EMPTY_FILE', 'The file has no data rows');
  // Same rows in the same order hash the same, however the client spaced its JSON.
  return { format: 'json', sha256: sha256(JSON.stringify(rows)), rows: limit(rows) };
}

function limit<T>(rows: T[]): T[] {
  if (rows.length > MAX_IMPORT_ROWS) throw new Problem(413, 'IMPORT.TOO_MANY_ROWS', `At most ${MAX_IMPORT_ROWS} rows per file; split it`);
  return rows;
}
