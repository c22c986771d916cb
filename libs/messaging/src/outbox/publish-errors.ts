/** Broker answers that will repeat for this record whatever we do: retrying cannot help. */
const REJECTED = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_RECORD', 'CORRUPT_MESSAGE', 'INVALID_RECORD_LIST']);

/** True when the broker rejected the record itself (kafkajs wraps the protocol error as `cause`). */
export function isRejectedRecord(err: unknown): boolean {
  for (let e = err as { type?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.type === 'string' && REJECTED.has(e.type)) return true;
  }
  return false;
}
