/**
 * A domain or request error rendered as RFC 9457 problem+json.
 * `code` is stable (e.g. INCIDENT.NOT_FOUND): clients branch on it, never on `detail`.
 */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'Problem';
  }

  static notFound(code: string, detail: string): Problem {
    return new Problem(404, code, detail);
  }

  static conflict(code: string, detail: string, extensions?: Record<string, unknown>): Problem {
    return new Problem(409, code, detail, extensions);
  }
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  correlationId: string;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: string): string {
  return `urn:problem:${code}`;
}
