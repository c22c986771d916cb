import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { quarterBounds, quartersBetween, reportScope, suppressCell, suppressRow } from '#consent';
import { Problem } from '#platform';
import { WellnessPolicyProvider } from '../../policy/wellness-policy.js';
import type { WellnessReportQuery } from './wellness-reports.dto.js';
import { QuarterCounts, WellnessReportResponse } from './wellness-reports.response.js';

const QUARTER = (col: string) => `extract(year from ${col} AT TIME ZONE 'UTC')::int || '-Q' || extract(quarter from ${col} AT TIME ZONE 'UTC')::int`;

/** W11, W1: counts per whole quarter for command, small cells suppressed, no filter finer than a unit of 5. */
@Injectable()
export class WellnessReportsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: WellnessPolicyProvider,
  ) {}

  async execute(q: WellnessReportQuery): Promise<WellnessReportResponse> {
    if (q.to < q.from) throw new Problem(400, 'REPORT.INVALID_RANGE', 'to is before from');
    const policy = this.policy.policy;
    const em = this.dataSource.manager;
    let unitSize = 0;
    if (q.unit) [{ n: unitSize }] = await em.query(`SELECT count(*)::int AS n FROM staff_member WHERE active AND unit = $1`, [q.unit]);
    const scope = reportScope(q.unit ? { name: q.unit, size: unitSize } : null, policy);
    if (!scope.allow) throw new Problem(422, 'REPORT.UNIT_TOO_SMALL', `A report may not be narrowed below a unit of ${policy.minUnitSize} people`);
    // W11: whole quarters only, so two narrow ranges cannot be differenced down to one person's day.
    const from = quarterBounds(q.from).start;
    const to = quarterBounds(q.to).end;
    const range = [from, to, q.unit ?? null];
    const offers: { quarter: string; offered: number; accepted: number; held: number; peer: number }[] = await em.query(
      `SELECT ${QUARTER('o.offered_at')} AS quarter,
              count(*) FILTER (WHERE o.kind = 'debrief')::int AS offered,
              count(*) FILTER (WHERE o.kind = 'debrief' AND o.answer = 'accepted')::int AS accepted,
              count(*) FILTER (WHERE o.kind = 'debrief' AND o.held_at IS NOT NULL AND o.held_at <= o.due_at)::int AS held,
              count(*) FILTER (WHERE o.kind = 'peer-support' AND o.held_at IS NOT NULL)::int AS peer
         FROM support_offer o LEFT JOIN staff_member m ON m.staff_id = o.staff_id
        WHERE (o.offered_at AT TIME ZONE 'UTC')::date BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR m.unit = $3)
        GROUP BY 1`,
      range,
    );
    const declarations: { quarter: string; n: number }[] = q.unit
      ? []
      : await em.query(`SELECT ${QUARTER('created_at')} AS quarter, count(*)::int AS n FROM psych_declaration WHERE (created_at AT TIME ZONE 'UTC')::date BETWEEN $1::date AND $2::date GROUP BY 1`, [from, to]);
    const quarters = quartersBetween(q.from, q.to).map((quarter) => {
      const o = offers.find((r) => r.quarter === quarter);
      const counts = suppressRow({ debriefsOffered: o?.offered ?? 0, debriefsAccepted: o?.accepted ?? 0, debriefsHeldWithinDue: o?.held ?? 0, peerSupportSessions: o?.peer ?? 0 }, policy);
      const screening = q.unit ? {} : { screeningDeclarations: suppressCell(declarations.find((r) => r.quarter === quarter)?.n ?? 0, policy) };
      return Object.assign(new QuarterCounts(), { quarter, ...counts, ...screening });
    });
    return Object.assign(new WellnessReportResponse(), { from, to, unit: q.unit ?? null, quarters });
  }
}
