import {
  AnalyticsDispositionRecordedEvent,
  AnalyticsIncidentReportedEvent,
  AnalyticsIncidentRespondedEvent,
  AnalyticsUseOfForceRecordedEvent,
  DISPOSITION_VALUES,
  type AnalyticsDispositionRecorded,
  type AnalyticsIncidentReported,
  type AnalyticsIncidentResponded,
  type AnalyticsUseOfForceRecorded,
  type DispositionValue,
} from '#contracts';

/**
 * The data teams' outcome metrics, folded from the de-identified analytics.incident.v2 stream (R12).
 * Delivery is at least once, so every fact is counted once by its own id.
 */

export interface MinuteStats {
  count: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

export interface OutcomeMetrics {
  /** Dispatch → on-scene, whole minutes. */
  responseMinutes: { coResponse: MinuteStats; officerOnly: MinuteStats };
  dispositions: Record<DispositionValue, number>;
  /** Diversion program or referral to behavioral health, against arrests. */
  divertedOrReferred: number;
  arrested: number;
  /** Incidents per pseudonymous student (per pseudonym key: a rotated key starts new pseudonyms). */
  contacts: { students: number; repeatStudents: number; byCount: Record<string, number>; max: number };
  useOfForce: { withClinician: number; withoutClinician: number };
}

const DIVERSIONS: ReadonlySet<DispositionValue> = new Set(['diversion-program', 'referred-to-behavioral-health']);

function stats(values: number[]): MinuteStats {
  if (!values.length) return { count: 0, median: null, p90: null, mean: null };
  const s = [...values].sort((a, b) => a - b);
  const rank = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { count: s.length, median: rank(0.5), p90: rank(0.9), mean: Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 10) / 10 };
}

export class OutcomeFold {
  private readonly responded = new Map<string, AnalyticsIncidentResponded>();
  private readonly dispositions = new Map<string, AnalyticsDispositionRecorded>();
  private readonly forces = new Map<string, AnalyticsUseOfForceRecorded>();
  /** `${keyId}:${pseudonym}` → analytic incident ids. */
  private readonly contacts = new Map<string, Set<string>>();

  /** Takes one event by its CloudEvents type; other types (newer ones included) are ignored. */
  add(type: string, data: unknown): void {
    switch (type) {
      case AnalyticsIncidentReportedEvent.type: {
        const e = data as AnalyticsIncidentReported;
        for (const p of e.studentPseudonyms) {
          const key = `${e.pseudonymKeyId}:${p}`;
          this.contacts.set(key, (this.contacts.get(key) ?? new Set()).add(e.analyticIncidentId));
        }
        return;
      }
      case AnalyticsIncidentRespondedEvent.type:
        this.responded.set((data as AnalyticsIncidentResponded).analyticIncidentId, data as AnalyticsIncidentResponded);
        return;
      case AnalyticsDispositionRecordedEvent.type:
        this.dispositions.set((data as AnalyticsDispositionRecorded).analyticDispositionId, data as AnalyticsDispositionRecorded);
        return;
      case AnalyticsUseOfForceRecordedEvent.type:
        this.forces.set((data as AnalyticsUseOfForceRecorded).analyticUseOfForceId, data as AnalyticsUseOfForceRecorded);
    }
  }

  result(): OutcomeMetrics {
    const responses = [...this.responded.values()];
    const dispositions = Object.fromEntries(DISPOSITION_VALUES.map((d) => [d, 0])) as Record<DispositionValue, number>;
    for (const d of this.dispositions.values()) dispositions[d.disposition] += 1;
    const perStudent = [...this.contacts.values()].map((s) => s.size);
    const byCount: Record<string, number> = {};
    for (const n of perStudent) byCount[n >= 3 ? '3+' : String(n)] = (byCount[n >= 3 ? '3+' : String(n)] ?? 0) + 1;
    const forces = [...this.forces.values()];
    return {
      responseMinutes: {
        coResponse: stats(responses.filter((r) => r.coResponse).map((r) => r.dispatchToOnSceneMinutes)),
        officerOnly: stats(responses.filter((r) => !r.coResponse).map((r) => r.dispatchToOnSceneMinutes)),
      },
      dispositions,
      divertedOrReferred: [...this.dispositions.values()].filter((d) => DIVERSIONS.has(d.disposition)).length,
      arrested: dispositions.arrest,
      contacts: { students: perStudent.length, repeatStudents: perStudent.filter((n) => n > 1).length, byCount, max: Math.max(0, ...perStudent) },
      useOfForce: { withClinician: forces.filter((f) => f.clinicianPresent).length, withoutClinician: forces.filter((f) => !f.clinicianPresent).length },
    };
  }
}

/** R12 small-cell suppression where counts are shown: a count from 1 to minCell-1 prints as "<minCell". */
export function formatOutcomes(m: OutcomeMetrics, minCell = 5): string {
  const n = (v: number) => (v > 0 && v < minCell ? `<${minCell}` : String(v));
  const minutes = (s: MinuteStats) =>
    s.count === 0 ? 'none' : s.count < minCell ? `${n(s.count)} responses (too few to show times)` : `${s.count} responses, median ${s.median} min, p90 ${s.p90} min, mean ${s.mean} min`;
  const lines = [
    'Outcome metrics (analytics.incident.v2)',
    `  co-response time, dispatch → on scene: ${minutes(m.responseMinutes.coResponse)}`,
    `  officer-only response time:            ${minutes(m.responseMinutes.officerOnly)}`,
    `  diverted or referred vs arrested:      ${n(m.divertedOrReferred)} vs ${n(m.arrested)}`,
    '  dispositions:',
    ...Object.entries(m.dispositions).map(([d, v]) => `    ${d.padEnd(31)} ${n(v)}`),
    `  students with contacts:                ${n(m.contacts.students)} (repeat: ${n(m.contacts.repeatStudents)})`,
    ...Object.entries(m.contacts.byCount)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `    with ${k} incident(s):${' '.repeat(Math.max(1, 17 - k.length))}${n(v)}`),
    `  use of force, clinician present:       ${n(m.useOfForce.withClinician)}`,
    `  use of force, no clinician present:    ${n(m.useOfForce.withoutClinician)}`,
  ];
  return lines.join('\n');
}
