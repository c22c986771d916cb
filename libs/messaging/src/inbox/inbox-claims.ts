import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '#contracts';
import type { IncomingRecord } from '../kafka/broker-client.js';

/** How an event of the chunk stands with the inbox after the chunk's one INSERT. */
export type InboxStanding = 'claimed' | 'duplicate' | 'again';

/**
 * The inbox rows of a chunk's events, claimed in ONE multi-row INSERT at the start of its
 * transaction instead of one INSERT per event. What the committed transaction leaves is what
 * per-event claims left: a row for each applied event and none for an event that was
 * dead-lettered or left unapplied (the consumer stopped, the partition was revoked), so those are
 * delivered and applied again later. An event id seen twice in one chunk goes through the
 * per-event claim the second time (`again`), so it is applied again only if the first was not.
 */
export class InboxClaims {
  /** Claimed by the INSERT, their first occurrence not reached yet. */
  private readonly fresh: Set<string>;
  /** Claimed by the INSERT and not (yet) applied: their rows go before the commit. */
  private readonly unapplied: Set<string>;
  private readonly seen = new Set<string>();

  private constructor(
    private readonly consumer: string,
    claimed: string[],
  ) {
    this.fresh = new Set(claimed);
    this.unapplied = new Set(claimed);
  }

  /** All records of a chunk come from one partition of one topic. */
  static async claim(em: EntityManager, consumer: string, events: { event: CloudEvent; record: IncomingRecord }[]): Promise<InboxClaims> {
    if (events.length === 0) return new InboxClaims(consumer, []);
    const { topic, partition } = events[0].record;
    const claimed: { event_id: string }[] = await em.query(
      `INSERT INTO inbox (consumer, event_id, event_type, topic, partition, "offset")
       SELECT $1, e.id, e.type, $2, $3, e.off FROM unnest($4::text[], $5::text[], $6::bigint[]) AS e(id, type, off)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [consumer, topic, partition, events.map((e) => e.event.id), events.map((e) => e.event.type), events.map((e) => e.record.offset)],
    );
    return new InboxClaims(consumer, claimed.map((c) => c.event_id));
  }

  /** Call once per event, in chunk order. */
  standing(eventId: string): InboxStanding {
    const first = !this.seen.has(eventId);
    this.seen.add(eventId);
    if (this.fresh.delete(eventId)) return 'claimed';
    return first ? 'duplicate' : 'again';
  }

  /** The event's handler committed to its savepoint: its row stays. */
  applied(eventId: string): void {
    this.unapplied.delete(eventId);
  }

  /** A dead-lettered event keeps no inbox row, as if it had never been claimed. */
  async unclaim(em: EntityManager, eventId: string): Promise<void> {
    if (!this.unapplied.delete(eventId)) return;
    await em.query(`DELETE FROM inbox WHERE consumer = $1 AND event_id = $2`, [this.consumer, eventId]);
  }

  /** Before the commit: the rows of events the transaction did not get to. */
  async unclaimRest(em: EntityManager): Promise<void> {
    if (this.unapplied.size === 0) return;
    await em.query(`DELETE FROM inbox WHERE consumer = $1 AND event_id = ANY($2::text[])`, [this.consumer, [...this.unapplied]]);
    this.unapplied.clear();
  }
}
