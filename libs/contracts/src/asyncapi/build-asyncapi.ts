import { allTopicNames, deadLetterTopic, EVENTS, TOPICS, type TopicAudience, type TopicDefinition } from '../events/catalog.js';
import { dataschemaOf, DISTRICT_ID_PATTERN, type EventDescriptor } from '../events/define-event.js';
import type { JsonSchema } from '../events/json-schema.js';
import { CONSUMERS } from '../events/consumers.js';

/**
 * The event stream as one AsyncAPI 3.0.0 document, built from the topic registry and the event
 * definitions so it cannot drift from what the services publish. Pure and deterministic: the same
 * registry gives the same document, byte for byte (no clock, no randomness).
 */

export interface AsyncApiServer {
  host: string;
  protocol: 'kafka';
  description?: string;
}

export interface BuildAsyncApiOptions {
  /** Replaces the default servers (the dev runner's local broker and the docker-compose broker). */
  servers?: Record<string, AsyncApiServer>;
}

export const DEFAULT_ASYNCAPI_SERVERS: Readonly<Record<string, AsyncApiServer>> = {
  local: {
    host: '127.0.0.1:39092',
    protocol: 'kafka',
    description: 'The dev runner\'s local broker (`npm start`; first port of DEV_KAFKA_PORT_BASE, default 39092).',
  },
  compose: {
    host: 'kafka:9092',
    protocol: 'kafka',
    description: 'The broker inside docker-compose (KAFKA_BROKERS=kafka:9092), reachable from the compose network.',
  },
};

const KAFKA_BINDING_VERSION = '0.5.0';

/** What each audience means; a new audience must be explained here (the compiler insists). */
const AUDIENCES: Record<TopicAudience, string> = {
  'all-services': 'any service of the department may subscribe',
  'clinical-only': 'behavioral-health data: only the clinical service may subscribe',
  'data-teams': 'de-identified data for the data teams',
  'staffing-only': 'the staff well-being boundary: only staffing may subscribe (the L-3 declaration, W3)',
  'wellness-only': 'staff involved in critical incidents: only the wellness service may subscribe (W6)',
};

const DESCRIPTION = `Every fact the department's services share travels on these Kafka topics.

**Envelope: CloudEvents 1.0, Kafka binary mode.** The record value is the event payload as JSON (\`content-type: application/json\`);
the CloudEvents attributes travel as record headers: \`ce_id\`, \`ce_source\` (the producing service), \`ce_type\`,
\`ce_specversion\` (\`1.0\`), \`ce_time\`, \`ce_subject\` (the aggregate id), \`ce_dataschema\` (names the payload's JSON Schema, type and version),
plus the extensions \`ce_correlationid\` (the request that started it) and \`ce_causationid\` (the event that caused this one), when known,
and \`ce_districtid\` (the district whose record it is). The payload's \`districtId\` always equals \`ce_districtid\`; a consumer
dead-letters an event where they differ. The district registry's events (\`staffing.district.v1\`) are the exception: published in the
platform tenant (\`ce_districtid: platform\`), their \`districtId\` names the district described.

**Keys and ordering.** The record key is the aggregate id (the same value as \`ce_subject\`), so all events of one aggregate
land on one partition and are read in the order they were written. There is no ordering across aggregates or topics.

**Versions.** A topic name ends in its major version (\`.v<major>\`). Within a version changes are additive only:
new event types and new payload fields may appear, so ignore what you do not know. A breaking change is a new topic.

**Delivery.** At least once. A record may arrive more than once (after a retry or a rebalance); \`ce_id\` is unique per event,
so deduplicate on it.

**Dead letters.** A consumer that cannot process a record (bad envelope, payload failing its schema, or a handler failing
after its retries) copies it to \`<topic>.dlt\` with the original key, value and headers plus \`dlt_*\` headers saying why, and moves on.

**Audience.** Each topic states who may read it: ${Object.entries(AUDIENCES).map(([name, note]) => `\`${name}\` (${note})`).join('; ')}.`;

/** One header, always a string on the wire (Kafka headers are bytes; ours are UTF-8 text). */
function header(description: string, extra: JsonSchema = {}): JsonSchema {
  return { type: 'string', description, ...extra };
}

/** The headers every record carries, as written by the outbox (toKafkaHeaders). */
const ENVELOPE_REQUIRED = ['ce_id', 'ce_source', 'ce_type', 'ce_specversion', 'ce_time', 'ce_subject', 'ce_dataschema', 'content-type'];

function envelopeHeaderProperties(event?: EventDescriptor, topic?: TopicDefinition): Record<string, JsonSchema> {
  return {
    ce_id: header('Event id, unique per event: deduplicate on it (delivery is at least once).', { format: 'uuid' }),
    ce_source: header(
      'The service that produced the event.',
      topic ? { enum: [topic.owner] } : {},
    ),
    ce_type: header('Event type: selects the payload schema.', event ? { enum: [event.type] } : {}),
    ce_specversion: header('CloudEvents version.', { enum: ['1.0'] }),
    ce_time: header('When the event happened (RFC 3339, UTC).', { format: 'date-time' }),
    ce_subject: header('The aggregate id; equal to the record key.'),
    ce_dataschema: header(
      'Names the payload JSON Schema: type and version.',
      event ? { enum: [dataschemaOf(event.type, event.version)] } : {},
    ),
    ce_correlationid: header('Extension: id of the request that started the chain, when known.'),
    ce_causationid: header('Extension: ce_id of the event that caused this one, when known.'),
    ce_districtid: header('Extension: the district whose record this is (tenancy); absent on events written before tenancy.', { pattern: DISTRICT_ID_PATTERN }),
    'content-type': header('Media type of the record value.', { enum: ['application/json'] }),
  };
}

function eventHeaders(event: EventDescriptor, topic: TopicDefinition): JsonSchema {
  return {
    type: 'object',
    description: 'CloudEvents 1.0 attributes in Kafka binary mode.',
    required: [...ENVELOPE_REQUIRED],
    properties: envelopeHeaderProperties(event, topic),
    additionalProperties: true,
  };
}

const DLT_HEADERS: JsonSchema = {
  type: 'object',
  description:
    'The original record\'s headers, copied unchanged (the ce_* headers, when the record had them), plus why it was dead-lettered.',
  required: [
    'dlt_reason', 'dlt_error', 'dlt_attempts', 'dlt_consumer', 'dlt_original_topic', 'dlt_original_partition', 'dlt_original_offset', 'dlt_failed_at',
  ],
  properties: {
    ...envelopeHeaderProperties(),
    dlt_reason: header(
      'envelope: missing or invalid CloudEvents headers, or a value that is not JSON; schema: the payload failed its JSON Schema; handler: the consumer failed after its retries.',
      { enum: ['envelope', 'schema', 'handler'] },
    ),
    dlt_error: header('The error message (at most 2000 characters).', { maxLength: 2000 }),
    dlt_attempts: header('How many times the consumer tried (decimal integer).', { pattern: '^[0-9]+$' }),
    dlt_consumer: header('The consumer group that gave up, e.g. `incidents.co-responder-eligibility`.'),
    dlt_original_topic: header('The topic the record was read from.'),
    dlt_original_partition: header('Its partition (decimal integer).', { pattern: '^[0-9]+$' }),
    dlt_original_offset: header('Its offset (decimal integer).', { pattern: '^[0-9]+$' }),
    dlt_failed_at: header('When the consumer gave up (RFC 3339, UTC).', { format: 'date-time' }),
  },
  additionalProperties: true,
};

function keySchema(event: EventDescriptor, topic: TopicDefinition): JsonSchema {
  const field = event.schema.properties?.[event.keyField];
  return {
    type: 'string',
    ...(field?.format ? { format: field.format } : {}),
    description: `${topic.keyDescription}: the payload's \`${event.keyField}\`, also sent as ce_subject.`,
  };
}

/** Deterministic example values: fixed ids and times, never the clock. */
const EXAMPLE_EVENT_ID = '3f0c8a52-7d1e-4b6a-9c2f-5e8d1a7b4c60';
const EXAMPLE_CORRELATION_ID = 'req-7f3a9c';
const EXAMPLE_TIME = '2026-11-23T14:05:01.000Z';

function exampleHeaders(event: EventDescriptor, topic: TopicDefinition): Record<string, string> {
  return {
    'content-type': 'application/json',
    ce_id: EXAMPLE_EVENT_ID,
    ce_source: topic.owner,
    ce_type: event.type,
    ce_specversion: '1.0',
    ce_time: EXAMPLE_TIME,
    ce_subject: String((event.example as Record<string, unknown>)[event.keyField]),
    ce_dataschema: dataschemaOf(event.type, event.version),
    ce_correlationid: EXAMPLE_CORRELATION_ID,
  };
}

/** Component and channel-message ids: AsyncAPI allows letters, digits, '.', '-' and '_'. */
function messageId(event: EventDescriptor): string {
  return event.type;
}

const DEAD_LETTER_MESSAGE = 'deadLetter';

function eventMessage(event: EventDescriptor, topic: TopicDefinition): Record<string, unknown> {
  return {
    name: event.type,
    title: `${event.type} (v${event.version})`,
    summary: event.summary,
    description:
      `Topic \`${topic.name}\`. Key: ${topic.keyDescription} (payload field \`${event.keyField}\`). ` +
      `Payload schema \`${dataschemaOf(event.type, event.version)}\` (JSON Schema draft 2020-12 as written; only draft-07-compatible keywords are used). ` +
      'Within this version fields are only ever added.',
    contentType: 'application/json',
    headers: eventHeaders(event, topic),
    payload: event.schema,
    correlationId: {
      description: 'The request that started the chain of events.',
      location: '$message.header#/ce_correlationid',
    },
    bindings: { kafka: { key: keySchema(event, topic), bindingVersion: KAFKA_BINDING_VERSION } },
    examples: [{ name: 'example', summary: event.summary, headers: exampleHeaders(event, topic), payload: event.example }],
  };
}

function deadLetterMessage(): Record<string, unknown> {
  return {
    name: 'dead-letter',
    title: 'Dead-lettered record',
    summary: 'A record a consumer could not process: the original key, value and headers, plus dlt_* headers saying why.',
    description:
      'Replay by fixing the cause and re-publishing the value with its original headers to `dlt_original_topic`; consumers deduplicate on ce_id.',
    contentType: 'application/json',
    headers: { $ref: '#/components/schemas/DeadLetterHeaders' },
    payload: {
      description: 'The original record value, unchanged: normally the event JSON; anything at all when dlt_reason is envelope.',
    },
    bindings: {
      kafka: {
        key: { type: 'string', description: 'The original record key (the aggregate id), or empty when the record had none.' },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

function channelDescription(topic: TopicDefinition, events: readonly EventDescriptor[]): string {
  return [
    topic.description,
    '',
    `- Owner (the only producer): \`${topic.owner}\``,
    `- Audience: \`${topic.audience}\` (${AUDIENCES[topic.audience]})`,
    `- Key: ${topic.keyDescription}; one ${topic.aggregate}'s events stay in order on one partition`,
    `- Partitions: ${topic.partitions}`,
    `- Event types: ${events.map((e) => `\`${e.type}\``).join(', ') || 'none yet'}`,
    `- Dead letters: \`${deadLetterTopic(topic.name)}\``,
  ].join('\n');
}

function partitionsOf(name: string): number {
  const found = allTopicNames().find((t) => t.name === name);
  if (!found) throw new Error(`no partition count for ${name}`);
  return found.partitions;
}

export function buildAsyncApiDocument(options: BuildAsyncApiOptions = {}): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};

  for (const topic of TOPICS) {
    const events = EVENTS.filter((e) => e.topic === topic.name);
    const channelMessages: Record<string, unknown> = {};
    for (const event of events) {
      messages[messageId(event)] = eventMessage(event, topic);
      channelMessages[messageId(event)] = { $ref: `#/components/messages/${messageId(event)}` };
    }
    channels[topic.name] = {
      address: topic.name,
      title: topic.name,
      summary: topic.description,
      description: channelDescription(topic, events),
      messages: channelMessages,
      tags: [{ name: `owner:${topic.owner}` }, { name: `audience:${topic.audience}` }],
      bindings: { kafka: { topic: topic.name, partitions: topic.partitions, bindingVersion: KAFKA_BINDING_VERSION } },
      'x-owner': topic.owner,
      'x-aggregate': topic.aggregate,
      'x-audience': topic.audience,
      'x-key': topic.keyDescription,
    };
    operations[`${topic.name}.publish`] = {
      action: 'send',
      channel: { $ref: `#/channels/${topic.name}` },
      title: `${topic.owner} publishes ${topic.aggregate} events`,
      summary: `The ${topic.owner} service publishes to ${topic.name} through its transactional outbox.`,
      description:
        'Events are written in the same database transaction as the state change, then relayed to Kafka; ' +
        'a crash means a re-send, never a lost event, hence at-least-once delivery.',
      messages: events.map((e) => ({ $ref: `#/channels/${topic.name}/messages/${messageId(e)}` })),
    };

    const dlt = deadLetterTopic(topic.name);
    channels[dlt] = {
      address: dlt,
      title: dlt,
      summary: `Dead letters of ${topic.name}.`,
      description: [
        `Records of \`${topic.name}\` that a consumer group could not process, with the reason in \`dlt_*\` headers.`,
        '',
        `- Written by: any consumer group of \`${topic.name}\``,
        `- Audience: \`${topic.audience}\` (the same data as the source topic)`,
        `- Key: the original key (${topic.keyDescription})`,
        `- Partitions: ${partitionsOf(dlt)}`,
      ].join('\n'),
      messages: { [DEAD_LETTER_MESSAGE]: { $ref: `#/components/messages/${DEAD_LETTER_MESSAGE}` } },
      tags: [{ name: `audience:${topic.audience}` }, { name: 'dead-letter' }],
      bindings: { kafka: { topic: dlt, partitions: partitionsOf(dlt), bindingVersion: KAFKA_BINDING_VERSION } },
      'x-owner': topic.owner,
      'x-aggregate': topic.aggregate,
      'x-audience': topic.audience,
      'x-key': `original key: ${topic.keyDescription}`,
      'x-dead-letter-of': topic.name,
    };
    operations[`${dlt}.publish`] = {
      action: 'send',
      channel: { $ref: `#/channels/${dlt}` },
      title: `Consumers of ${topic.name} dead-letter poison records`,
      summary: `A consumer group that cannot process a record of ${topic.name} copies it here and moves on.`,
      messages: [{ $ref: `#/channels/${dlt}/messages/${DEAD_LETTER_MESSAGE}` }],
    };
  }
  messages[DEAD_LETTER_MESSAGE] = deadLetterMessage();

  for (const consumer of CONSUMERS) {
    for (const topic of TOPICS) {
      const events = EVENTS.filter((e) => e.topic === topic.name && consumer.events.includes(e.type));
      if (events.length === 0) continue;
      operations[`${consumer.group}.${topic.name}.receive`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${topic.name}` },
        title: `${consumer.service} consumes ${topic.name} (group ${consumer.group})`,
        summary: consumer.purpose,
        description:
          `Consumer group \`${consumer.group}\` applies each event once (inbox keyed by ce_id), after validating its payload; ` +
          `poison records go to \`${deadLetterTopic(topic.name)}\`.`,
        messages: events.map((e) => ({ $ref: `#/channels/${topic.name}/messages/${messageId(e)}` })),
      };
    }
  }

  const document = {
    asyncapi: '3.0.0',
    id: 'urn:joint-response:event-stream',
    info: {
      title: 'Joint response department: event stream',
      version: '1.0.0',
      description: DESCRIPTION,
    },
    servers: options.servers ?? DEFAULT_ASYNCAPI_SERVERS,
    defaultContentType: 'application/json',
    channels,
    operations,
    components: {
      schemas: { DeadLetterHeaders: DLT_HEADERS },
      messages,
    },
  };
  // A fresh plain tree on every call: no shared references into the registry, nothing undefined.
  return JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
}
