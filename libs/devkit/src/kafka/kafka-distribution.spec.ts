import { ensureKafkaDistribution, kafkaVersion, MissingToolError } from './kafka-distribution.js';
import { repoRoot } from '../repo-root.js';

describe('the local Kafka distribution', () => {
  it('is pinned to an Apache Kafka 4.x release in tools/kafka/pom.xml', () => {
    expect(kafkaVersion(repoRoot())).toMatch(/^4\.\d+\.\d+$/);
  });

  it('says what to install when no Java runtime is found', () => {
    const saved = process.env.JAVA_HOME;
    process.env.JAVA_HOME = '/nonexistent/jdk';
    try {
      expect(() => ensureKafkaDistribution(repoRoot())).toThrow(MissingToolError);
      expect(() => ensureKafkaDistribution(repoRoot())).toThrow(/Java runtime \(17 or newer\).*apt-get install -y openjdk-17-jre-headless.*KAFKA_BROKERS/s);
    } finally {
      if (saved === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = saved;
    }
  });
});
