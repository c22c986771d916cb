/** Turns one pino JSON line into a short readable line; anything else passes through. */
const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };

export function formatLogLine(service: string, line: string): string {
  const tag = `[${service}]`.padEnd(16);
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return `${tag} ${line}`;
  }
  const level = LEVELS[entry.level as number] ?? 'INFO ';
  const req = entry.req as { method?: string; url?: string } | undefined;
  const res = entry.res as { statusCode?: number } | undefined;
  const http = req ? ` ${req.method} ${req.url}${res ? ` → ${res.statusCode} (${entry.responseTime} ms)` : ''}` : '';
  const err = entry.err as { message?: string } | undefined;
  return `${tag} ${level} ${String(entry.msg ?? '')}${http}${err?.message ? ` error=${err.message}` : ''}`;
}
