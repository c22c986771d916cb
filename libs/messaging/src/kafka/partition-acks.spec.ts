import { unacknowledgedPartitions } from './partition-acks.js';

describe('unacknowledgedPartitions', () => {
  const sent = [
    { topic: 't', partition: 0 },
    { topic: 't', partition: 1 },
    { topic: 't', partition: 1 },
    { topic: 'u', partition: 0 },
  ];

  it('is empty when every partition written to has an error-free acknowledgement', () => {
    const acks = [
      { topicName: 't', partition: 1, errorCode: 0 },
      { topicName: 'u', partition: 0, errorCode: 0 },
      { topicName: 't', partition: 0, errorCode: 0 },
    ];
    expect(unacknowledgedPartitions(sent, acks)).toEqual([]);
  });

  it('names a partition kafkajs left out of its result (a leader moved onto a broker that had answered)', () => {
    const acks = [
      { topicName: 't', partition: 1, errorCode: 0 },
      { topicName: 'u', partition: 0, errorCode: 0 },
    ];
    expect(unacknowledgedPartitions(sent, acks)).toEqual(['t[0]']);
  });

  it('names a partition acknowledged with an error code', () => {
    const acks = [
      { topicName: 't', partition: 0, errorCode: 6 },
      { topicName: 't', partition: 1, errorCode: 0 },
      { topicName: 'u', partition: 0, errorCode: 0 },
    ];
    expect(unacknowledgedPartitions(sent, acks)).toEqual(['t[0]']);
  });
});
