import type { DataSource, EntityManager } from 'typeorm';
import type { CloudEvent } from '#contracts';
import { dropSchema, migratedSchema, uniqueSchema } from '#testing';
import { InboxClaims } from '../src/inbox/inbox-claims.js';
import { MESSAGING_MIGRATIONS } from '../src/index.js';

/** One chunk's inbox rows in one INSERT leave what per-event claims left (real PostgreSQL). */
describe('InboxClaims', () => {
  const schema = uniqueSchema('inbox_claims');
  const consumer = 'test.inbox-claims';
  let ds: DataSource;

  const event = (id: string, offset: number) => ({
    event: { id, type: 'test.item' } as CloudEvent,
    record: { topic: 'test.items.v1', partition: 2, offset: String(offset), key: 'k', value: '{}', headers: {} },
  });
  const rows = async () =>
    ((await ds.query(`SELECT event_id, partition, "offset" FROM inbox WHERE consumer = $1 ORDER BY "offset"`, [consumer])) as { event_id: string }[]).map((r) => r.event_id);
  const inTransaction = (work: (em: EntityManager) => Promise<void>) => ds.transaction(work);

  beforeAll(async () => {
    ds = await migratedSchema(schema, MESSAGING_MIGRATIONS);
  });

  afterAll(async () => {
    await ds?.destroy();
    await dropSchema(schema);
  });

  beforeEach(() => ds.query(`DELETE FROM inbox`));

  it('claims new events once, tells a duplicate delivery from an id repeated within the chunk, and keeps partition and offset', async () => {
    // Claimed but not applied: the row goes before the commit.
    await inTransaction(async (em) => {
      await (await InboxClaims.claim(em, consumer, [event('a', 1)])).unclaimRest(em);
    });
    expect(await rows()).toEqual([]);
    // Claimed and applied: the row stays.
    await inTransaction(async (em) => {
      const claims = await InboxClaims.claim(em, consumer, [event('a', 1)]);
      expect(claims.standing('a')).toBe('claimed');
      claims.applied('a');
      await claims.unclaimRest(em);
    });
    expect(await rows()).toEqual(['a']);
    await inTransaction(async (em) => {
      const claims = await InboxClaims.claim(em, consumer, [event('a', 10), event('b', 11), event('b', 12)]);
      expect([claims.standing('a'), claims.standing('b'), claims.standing('b')]).toEqual(['duplicate', 'claimed', 'again']);
      claims.applied('b');
      await claims.unclaimRest(em);
    });
    expect(await rows()).toEqual(['a', 'b']);
    expect(await ds.query(`SELECT partition, "offset"::int AS offset FROM inbox WHERE event_id = 'b'`)).toEqual([{ partition: 2, offset: 11 }]);
  });

  it('keeps no row for a dead-lettered event or for events the transaction did not get to', async () => {
    await inTransaction(async (em) => {
      const claims = await InboxClaims.claim(em, consumer, [event('c', 1), event('d', 2), event('e', 3), event('f', 4)]);
      expect(claims.standing('c')).toBe('claimed');
      claims.applied('c');
      expect(claims.standing('d')).toBe('claimed');
      await claims.unclaim(em, 'd');
      // 'e' and 'f': the partition was revoked before them.
      await claims.unclaimRest(em);
    });
    expect(await rows()).toEqual(['c']);
  });
});
