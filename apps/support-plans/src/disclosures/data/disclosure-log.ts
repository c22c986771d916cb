import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentDistrictId } from '#platform';
import type { DisclosureRecord } from '../domain/chain.js';
import { DisclosureSealer } from '../seal-disclosures/disclosure-sealer.js';
import { insertDisclosures } from './insert-disclosures.js';

export class DisclosureOutsideTransactionError extends Error {
  override name = 'DisclosureOutsideTransactionError';
}

/**
 * Appends to the record of disclosures (R7) in the caller's transaction, so a disclosure and its
 * log entry commit or roll back together. Sequenced chaining (issue 16): the entry is inserted
 * unsealed, with no lock on the chain head, so disclosures never wait for each other; the
 * DisclosureSealer links committed entries into the hash chain moments later. An unsealed entry
 * is a logged disclosure all the same (parents see it), it just has no place in the chain yet.
 * API reads made through GatedReads journal their entries right after commit instead
 * (DisclosureJournal, group commit); a read in a plain transaction still appends here.
 */
@Injectable()
export class DisclosureLog {
  constructor(private readonly sealer: DisclosureSealer) {}

  async append(em: EntityManager, record: DisclosureRecord): Promise<{ id: string }> {
    if (!em.queryRunner?.isTransactionActive) {
      throw new DisclosureOutsideTransactionError('log a disclosure inside the transaction that discloses');
    }
    const [{ id }] = await insertDisclosures(em.queryRunner, [JSON.stringify(record)]);
    // Not committed yet: the sealer looks a little later (and sweeps every district now and then).
    this.sealer.appended(currentDistrictId());
    return { id };
  }
}
