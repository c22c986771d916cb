/**
 * pino `err` serializer (issue 14, item 6): what an error log keeps. A database error's message,
 * SQL, parameters and detail carry the values it failed on (student ids, narratives: `invalid input
 * syntax for type uuid: "S1000001"`, `Key (student_id)=(S1000001) already exists`), so only its
 * class, SQLSTATE, constraint, table and stack frames are logged. Other errors keep their message
 * (broker and network failures name hosts, not people) but never their attached data.
 */
export interface SafeError {
  type: string;
  message?: string;
  code?: string;
  constraint?: string;
  table?: string;
  stack?: string;
}

const DATABASE_ERRORS = new Set(['QueryFailedError', 'DatabaseError', 'EntityPropertyNotFoundError', 'TypeORMError']);

export function serializeError(err: unknown): SafeError | unknown {
  if (!(err instanceof Error)) return err;
  const e = err as Error & { code?: unknown; constraint?: unknown; table?: unknown; driverError?: Record<string, unknown> };
  const driver = e.driverError ?? {};
  const pick = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  const isDatabase = DATABASE_ERRORS.has(e.name) || DATABASE_ERRORS.has(e.constructor?.name) || 'driverError' in e;
  const frames = e.stack?.split('\n').filter((l) => /^\s+at /.test(l)).join('\n');
  const out: SafeError = { type: e.constructor?.name ?? e.name };
  if (!isDatabase) out.message = e.message;
  const code = pick(e.code) ?? pick(driver.code);
  const constraint = pick(e.constraint) ?? pick(driver.constraint);
  const table = pick(e.table) ?? pick(driver.table);
  if (code) out.code = code;
  if (constraint) out.constraint = constraint;
  if (table) out.table = table;
  if (frames) out.stack = frames;
  return out;
}
