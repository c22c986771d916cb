import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { dataschemaOf, toKafkaHeaders, TOPICS, type CloudEvent, type EventDefinition } from '#contracts';
import { RequestContext } from '#platform';

export class OutboxOutsideTransactionError extends Error {
  override name = 'OutboxOutsideTransactionError';
}

/**
 * Records events in the same transaction as the state change they describe. The relay publishes
 * them later; a crash anywhere means a retry, never a lost or phantom event.
 */
export class Outbox {
  constructor(private readonly source: string) {}

  async add<T>(em: EntityManager, definition: EventDefinition<T>, data: T): Promise<CloudEvent<T>> {
    const [event] = await this.addAll(em, definition, [data]);
    return event;
  }

  async addAll<T>(em: EntityManager, definition: EventDefinition<T>, items: T[]): Promise<CloudEvent<T>[]> {
    if (!em.queryRunner?.isTransactionActive) {
      throw new OutboxOutsideTransactionError(`${definition.type}: write events inside the transaction that changes state`);
    }
    if (items.length === 0) return [];
    const deidentified = isDataTeamTopic(definition.topic);
    // R12: data-team events carry no trace that links them to a request, a log line or another event.
    const trace = deidentified ? undefined : RequestContext.current();
    const now = new Date();
    const events = items.map(
      (data): CloudEvent<T> => ({
        id: randomUUID(),
        source: this.source,
        type: definition.type,
        specversion: '1.0',
        time: deidentified ? dayOf(now) : now.toISOString(),
        subject: String(data[definition.keyField]),
        dataschema: dataschemaOf(definition.type, definition.version),
        datacontenttype: 'application/json',
        ...(trace?.correlationId ? { correlationid: trace.correlationId } : {}),
        ...(trace?.causationId ? { causationid: trace.causationId } : {}),
        data,
      }),
    );
    const params: unknown[] = [];
    const rows = events.map((e) => {
      const { data, ...attributes } = e;
      params.push(e.id, definition.topic, e.subject, e.type, JSON.stringify(toKafkaHeaders(attributes)), JSON.stringify(data));
      const n = params.length;
      return `($${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}::jsonb, $${n}::jsonb)`;
    });
    await em.query(`INSERT INTO outbox (event_id, topic, key, type, headers, payload) VALUES ${rows.join(', ')}`, params);
    return events;
  }
}

/** Topics of the `data-teams` audience get a de-identified envelope (R12), whoever writes to them. */
function isDataTeamTopic(topic: string): boolean {
  return TOPICS.some((t) => t.name === topic && t.audience === 'data-teams');
}

/** ce_time truncated to the (UTC) day, still an RFC 3339 timestamp as CloudEvents requires. */
function dayOf(at: Date): string {
  return `${at.toISOString().slice(0, 10)}T00:00:00Z`;
}
