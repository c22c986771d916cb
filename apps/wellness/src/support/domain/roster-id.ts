const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A subject that is not a roster id has no offers; never let it reach a uuid column as-is. */
export function asUuid(sub: string): string {
  return UUID.test(sub) ? sub : '00000000-0000-0000-0000-000000000000';
}
