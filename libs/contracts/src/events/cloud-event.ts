/**
 * CloudEvents 1.0 in Kafka binary mode: attributes travel as `ce_*` headers, the record value is
 * the JSON payload (`data`), and the record key is the aggregate id.
 * Extensions: `correlationid` (the originating request), `causationid` (the event that caused this one)
 * and `districtid` (the district whose record it is: tenancy, issue 19).
 */
export interface CloudEvent<T = unknown> {
  id: string;
  source: string;
  type: string;
  specversion: '1.0';
  time: string;
  subject: string;
  dataschema: string;
  datacontenttype: 'application/json';
  correlationid?: string;
  causationid?: string;
  districtid?: string;
  data: T;
}

const REQUIRED = ['id', 'source', 'type', 'specversion', 'time', 'subject', 'dataschema'] as const;
const OPTIONAL = ['correlationid', 'causationid', 'districtid'] as const;

export type KafkaHeaders = Record<string, string>;

export function toKafkaHeaders(event: Omit<CloudEvent, 'data'>): KafkaHeaders {
  const headers: KafkaHeaders = { 'content-type': event.datacontenttype };
  for (const attr of [...REQUIRED, ...OPTIONAL]) {
    const value = event[attr];
    if (value !== undefined) headers[`ce_${attr}`] = value;
  }
  return headers;
}

export class EnvelopeError extends Error {
  override name = 'EnvelopeError';
}

/** Reads a binary-mode record back into an event; throws EnvelopeError when it is not one. */
export function fromKafkaRecord(headers: Record<string, string | undefined>, value: string | null): CloudEvent {
  const missing = REQUIRED.filter((a) => !headers[`ce_${a}`]);
  if (missing.length) throw new EnvelopeError(`missing CloudEvents headers: ${missing.map((a) => `ce_${a}`).join(', ')}`);
  if (headers.ce_specversion !== '1.0') throw new EnvelopeError(`unsupported ce_specversion ${headers.ce_specversion}`);
  if (value === null) throw new EnvelopeError('record has no value');
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    throw new EnvelopeError('record value is not JSON');
  }
  const event: CloudEvent = {
    id: headers.ce_id!,
    source: headers.ce_source!,
    type: headers.ce_type!,
    specversion: '1.0',
    time: headers.ce_time!,
    subject: headers.ce_subject!,
    dataschema: headers.ce_dataschema!,
    datacontenttype: 'application/json',
    data,
  };
  for (const attr of OPTIONAL) if (headers[`ce_${attr}`]) event[attr] = headers[`ce_${attr}`];
  return event;
}
