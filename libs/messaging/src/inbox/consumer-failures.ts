import { isDatabaseUnavailable, isTransactionConflict } from '#platform';

/** Failures that say nothing about the event: the database is away, or the transaction lost a race. */
export function isInfrastructureFailure(err: unknown): boolean {
  return isDatabaseUnavailable(err) || isTransactionConflict(err);
}

/** The batch was revoked or the consumer is stopping while we waited: leave the records unresolved. */
export class Abandoned extends Error {}

/** A record that will fail again however often it is retried: it goes to the dead-letter topic. */
export class PoisonMessage extends Error {
  constructor(
    readonly reason: 'envelope' | 'schema' | 'handler',
    message: string,
    readonly attempts: number,
  ) {
    super(message);
  }
}
