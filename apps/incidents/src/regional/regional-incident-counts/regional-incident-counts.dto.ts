import { IsCalendarDate } from '#platform';

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD`, inclusive; widened to the whole months they touch. */
export class RegionalIncidentCountsQuery {
  @IsCalendarDate()
  from: string;

  @IsCalendarDate()
  to: string;
}
