import type { EntityManager } from 'typeorm';
import type { EventDefinition } from '#contracts';
import type { Outbox } from '#messaging';

/** One outbox insert carries 6 parameters per event; PostgreSQL allows 65,535 per statement. */
const CHUNK = 2000;

export async function addInChunks<T>(outbox: Outbox, em: EntityManager, definition: EventDefinition<T>, items: T[]): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await outbox.addAll(em, definition, items.slice(i, i + CHUNK));
}
