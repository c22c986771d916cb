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

/** A handler failed in a pass without savepoints: the chunk's transaction rolls back and runs again with them. */
export class HandlerFailed extends Error {
  constructor(
    readonly eventId: string,
    readonly error: unknown,
  ) {
    super(`handler failed for event ${eventId}: ${(error as Error)?.message}`);
  }
}
