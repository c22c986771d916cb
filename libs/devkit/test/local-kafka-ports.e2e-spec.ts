import { createServer, type Server, type Socket } from 'node:net';
import { repoRoot } from '../src/repo-root.js';
import { ephemeralPorts, startLocalKafka, type LocalKafka } from '../src/kafka/local-kafka.js';

/** Parallel test files pick ephemeral ports at once: a port taken before the broker binds it costs a retry, not a failed suite. */
describe('local Kafka: a port taken between the pick and the bind', () => {
  const sockets = new Set<Socket>();
  let squatter: Server | undefined;
  let broker: LocalKafka | undefined;

  afterAll(async () => {
    await broker?.stop();
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => (squatter ? squatter.close(resolve) : resolve(undefined)));
  });

  it('picks new ports and starts the broker on them (the failed start ends when its JVM exits: the squatter answers no Kafka request)', async () => {
    const server = (squatter = createServer((s) => void sockets.add(s)));
    await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
    const taken = (server.address() as { port: number }).port;
    const picks: number[][] = [];
    broker = await startLocalKafka(repoRoot(), {
      heapMb: 256,
      secret: 'test-only-local-kafka-secret',
      pickPorts: async (count) => {
        const ports = await ephemeralPorts(count);
        // The first pick's client port is one another process holds (and accepts connections on).
        if (picks.length === 0) ports[0] = { ...ports[0], client: taken };
        picks.push(ports.map((p) => p.client));
        return ports;
      },
    });
    expect(picks).toHaveLength(2);
    expect(picks[0]).toEqual([taken]);
    expect(picks[1][0]).not.toBe(taken);
    expect(broker.bootstrap).toBe(`127.0.0.1:${picks[1][0]}`);
  }, 120_000);
});
