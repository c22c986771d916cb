import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { dataschemaOf, toKafkaHeaders, type CloudEvent, type EventDefinition } from '#contracts';
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
    const trace = RequestContext.current();
    const events = items.map(
      (data): CloudEvent<T> => ({
        id: randomUUID(),
        source: this.source,
        type: definition.type,
        specversion: '1.0',
        time: new Date().toISOString(),
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
