import { DiagnosticSeverity, Parser, type AsyncAPIDocumentInterface, type Diagnostic } from '@asyncapi/parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { deadLetterTopic, EVENTS, TOPICS } from '../events/catalog.js';
import { buildAsyncApiDocument } from './build-asyncapi.js';

type Json = Record<string, any>;

const REQUIRED_HEADERS = ['ce_id', 'ce_source', 'ce_type', 'ce_specversion', 'ce_time', 'ce_subject', 'ce_dataschema'];

/** The parser annotates schemas with x-parser-* keys; compare without them. */
function withoutParserKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutParserKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !k.startsWith('x-parser-')).map(([k, v]) => [k, withoutParserKeys(v)]));
  }
  return value;
}

function describeDiagnostics(diagnostics: Diagnostic[]): string {
  return diagnostics.map((d) => `[${DiagnosticSeverity[d.severity]}] ${d.code} at ${d.path.join('.')}: ${d.message}`).join('\n');
}

describe('AsyncAPI document of the event stream', () => {
  const raw = buildAsyncApiDocument() as Json;
  let diagnostics: Diagnostic[];
  let parsed: AsyncAPIDocumentInterface | undefined;

  beforeAll(async () => {
    const output = await new Parser().parse(JSON.stringify(raw));
    diagnostics = output.diagnostics;
    parsed = output.document;
  });

  it('parses with no errors and no warnings', () => {
    const serious = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
    if (serious.length) process.stderr.write(`AsyncAPI diagnostics:\n${describeDiagnostics(serious)}\n`);
    expect(describeDiagnostics(serious)).toBe('');
    expect(parsed).toBeDefined();
    expect(parsed!.version()).toBe('3.0.0');
  });

  it('is deterministic and does not share objects with the registry', () => {
    expect(JSON.stringify(buildAsyncApiDocument())).toBe(JSON.stringify(raw));
    expect((raw.components.messages[EVENTS[0].type] as Json).payload).not.toBe(EVENTS[0].schema);
  });

  it('has a channel for every topic and every dead-letter topic, addressed by the topic name', () => {
    const addresses = parsed!.channels().all().map((c) => c.address());
    for (const topic of TOPICS) {
      expect(addresses).toContain(topic.name);
      expect(addresses).toContain(deadLetterTopic(topic.name));
      expect(raw.channels[topic.name]).toMatchObject({ address: topic.name, 'x-audience': topic.audience, 'x-owner': topic.owner });
      expect(raw.channels[topic.name].bindings.kafka.partitions).toBe(topic.partitions);
    }
    expect(addresses).toHaveLength(TOPICS.length * 2);
  });

  it('has a send operation by the owner for every topic', () => {
    for (const topic of TOPICS) {
      const operation = parsed!.operations().get(`${topic.name}.publish`);
      expect(operation?.action()).toBe('send');
      expect(operation?.channels().all().map((c) => c.address())).toEqual([topic.name]);
    }
  });

  it('has every event type as a message on its topic, with the event schema as payload', () => {
    for (const event of EVENTS) {
      expect(raw.components.messages[event.type].payload).toEqual(event.schema);
      // The tenant district is documented in every payload (the registry's own districtId included).
      expect(raw.components.messages[event.type].payload.properties.districtId).toMatchObject({ type: 'string' });
      const message = parsed!.allMessages().all().find((m) => m.name() === event.type);
      expect(message).toBeDefined();
      expect(withoutParserKeys(message!.payload()!.json())).toEqual(event.schema);
      const channel = parsed!.channels().all().find((c) => c.address() === event.topic);
      expect(channel!.messages().all().map((m) => m.name())).toContain(event.type);
    }
  });

  it('gives every message a Kafka key binding', () => {
    const messages = parsed!.allMessages().all();
    expect(messages.length).toBe(EVENTS.length + 1);
    for (const message of messages) {
      const kafka = message.bindings().get('kafka');
      expect(kafka).toBeDefined();
      expect((kafka!.value() as Json).key).toMatchObject({ type: 'string', description: expect.any(String) });
    }
    const incidents = TOPICS[0];
    const event = EVENTS.find((e) => e.topic === incidents.name)!;
    expect(raw.components.messages[event.type].bindings.kafka.key.description).toContain(incidents.keyDescription);
  });

  it('lists the required CloudEvents headers on every event message, and dlt_* headers on dead letters', () => {
    for (const event of EVENTS) {
      const message = parsed!.allMessages().all().find((m) => m.name() === event.type)!;
      const headers = message.headers()!.json() as Json;
      expect(headers.required).toEqual(expect.arrayContaining(REQUIRED_HEADERS));
      for (const name of [...REQUIRED_HEADERS, 'ce_correlationid', 'ce_causationid', 'ce_districtid', 'content-type']) expect(headers.properties[name]).toBeDefined();
      expect(headers.properties.ce_type.enum).toEqual([event.type]);
      const example = message.examples().all()[0];
      expect(example.payload()).toEqual(event.example);
      expect(Object.keys(example.headers()!)).toEqual(expect.arrayContaining(REQUIRED_HEADERS));
    }
    const deadLetter = parsed!.allMessages().all().find((m) => m.name() === 'dead-letter')!;
    const dltHeaders = deadLetter.headers()!.json() as Json;
    expect(dltHeaders.required).toEqual(
      expect.arrayContaining(['dlt_reason', 'dlt_error', 'dlt_attempts', 'dlt_consumer', 'dlt_original_topic', 'dlt_original_partition', 'dlt_original_offset', 'dlt_failed_at']),
    );
    expect(dltHeaders.properties.dlt_reason.enum).toEqual(['envelope', 'schema', 'handler']);
  });

  it('has examples that are valid against their own header and payload schemas', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    for (const event of EVENTS) {
      const message = raw.components.messages[event.type] as Json;
      const [example] = message.examples as Json[];
      const validHeaders = ajv.compile(message.headers);
      expect({ type: event.type, valid: validHeaders(example.headers), errors: validHeaders.errors ?? null }).toEqual({ type: event.type, valid: true, errors: null });
      const validPayload = ajv.compile({ ...message.payload, $id: undefined });
      expect({ type: event.type, valid: validPayload(example.payload), errors: validPayload.errors ?? null }).toEqual({ type: event.type, valid: true, errors: null });
      expect(example.headers.ce_subject).toBe(String((event.example as Json)[event.keyField]));
    }
  });

  it('accepts other servers', () => {
    const doc = buildAsyncApiDocument({ servers: { prod: { host: 'kafka.district.example:9093', protocol: 'kafka' } } }) as Json;
    expect(Object.keys(doc.servers)).toEqual(['prod']);
  });
});
