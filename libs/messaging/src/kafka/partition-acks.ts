/**
 * kafkajs 2.2.4 tracks produce retries per broker, not per partition: after a leader move, a
 * partition that moved onto a broker that already answered is never sent, yet `sendBatch`
 * resolves. We therefore compare what was sent with what the brokers acknowledged.
 */
export class UnacknowledgedPartitionsError extends Error {
  readonly retriable = true;

  constructor(readonly missing: string[]) {
    super(`broker acknowledged no write for ${missing.join(', ')}; nothing in this batch counts as sent`);
    this.name = 'UnacknowledgedPartitionsError';
  }
}

export interface PartitionAck {
  topicName: string;
  partition: number;
  errorCode: number;
}

/** `topic[partition]` of every expected partition without an error-free acknowledgement. */
export function unacknowledgedPartitions(expected: Iterable<{ topic: string; partition: number }>, acks: PartitionAck[]): string[] {
  const acknowledged = new Set(acks.filter((a) => a.errorCode === 0).map((a) => `${a.topicName}[${a.partition}]`));
  const wanted = new Set([...expected].map((e) => `${e.topic}[${e.partition}]`));
  return [...wanted].filter((p) => !acknowledged.has(p)).sort();
}
