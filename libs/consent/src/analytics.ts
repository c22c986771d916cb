import { recordTypeSpec } from './labels.js';
import { localDate, utcDay } from './time.js';

/**
 * R12: the data team's view of a record. An allow-list driven by the label registry:
 * - student identifiers become pseudonyms (the caller's keyed HMAC: no crypto here, rotation is theirs);
 * - dates become days;
 * - categorical values and record references stay;
 * - free text, PSY-NOTE, SUD, reporter identities and anything unlabelled are dropped.
 * Small-cell suppression happens where counts are made, not per record.
 */
export interface DeidentifyOptions {
  /** The calendar of the truncated days: 'UTC' (what the incidents service publishes) or an IANA zone. */
  dayIn?: 'UTC' | string;
}

export function deidentifyForAnalytics(
  recordType: string,
  record: Readonly<Record<string, unknown>>,
  pseudonym: (studentId: string) => string,
  options: DeidentifyOptions = {},
): Record<string, unknown> {
  const spec = recordTypeSpec(recordType);
  const out: Record<string, unknown> = {};
  if (!spec) return out;
  const day = (v: unknown) => {
    if (options.dayIn && options.dayIn !== 'UTC') {
      const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : undefined;
      return d && !Number.isNaN(d.getTime()) ? localDate(d, options.dayIn) : undefined;
    }
    return utcDay(v);
  };
  for (const [field, label] of Object.entries(spec.fields)) {
    if (!Object.hasOwn(record, field)) continue;
    const value = record[field];
    const tags = label.tags;
    if (label.class === 'PSY-NOTE' || label.class === 'SUD' || tags.includes('free-text') || tags.includes('reporter-identity')) continue;
    if (tags.includes('identifier')) {
      if (typeof value === 'string') out[field] = pseudonym(value);
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[field] = value.map((v) => pseudonym(v));
    } else if (tags.includes('date')) {
      const d = day(value);
      if (d !== undefined) out[field] = d;
    } else if (tags.includes('categorical') || tags.includes('reference')) {
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) out[field] = value;
    }
  }
  return out;
}
