import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pinned Apache Kafka broker, fetched from Maven Central into the git-ignored .dev/kafka/. */
export interface KafkaDistribution {
  version: string;
  /** Java classpath (the jars' folder, wildcard). */
  classpath: string;
  java: string;
}

export class MissingToolError extends Error {
  override name = 'MissingToolError';
}

export function kafkaVersion(root: string): string {
  const pom = readFileSync(join(root, 'tools', 'kafka', 'pom.xml'), 'utf8');
  const version = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(pom)?.[1];
  if (!version) throw new Error('tools/kafka/pom.xml: no <kafka.version>');
  return version;
}

function javaCommand(): string {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const major = Number(/version "(\d+)/.exec(`${probe.stderr}${probe.stdout}`)?.[1] ?? 0);
  if (probe.error || probe.status !== 0) {
    throw new MissingToolError(
      'The local Kafka broker needs a Java runtime (17 or newer) and none was found. ' +
        'Install one (Debian/Ubuntu: `sudo apt-get install -y openjdk-17-jre-headless maven`), ' +
        'or set KAFKA_BROKERS to a Kafka you already run.',
    );
  }
  if (major < 17) throw new MissingToolError(`Apache Kafka 4 needs Java 17 or newer; found Java ${major} (${java}). Set JAVA_HOME to a newer JDK.`);
  return java;
}

/**
 * Ensures the broker's jars are in .dev/kafka/<version>/libs, fetching them once with Maven
 * (tools/kafka/pom.xml pins the version). Safe to call from several processes at once.
 */
export function ensureKafkaDistribution(root: string): KafkaDistribution {
  const version = kafkaVersion(root);
  const java = javaCommand();
  const home = join(root, '.dev', 'kafka', version);
  const libs = join(home, 'libs');
  const done = join(home, '.complete');
  if (!existsSync(done)) fetchJars(root, home, libs, done);
  return { version, classpath: `${libs}/*`, java };
}

function fetchJars(root: string, home: string, libs: string, done: string): void {
  mkdirSync(home, { recursive: true });
  const staging = join(home, `libs.${process.pid}`);
  if (spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status !== 0) {
    throw new MissingToolError(
      'Fetching the local Kafka broker needs Apache Maven (`sudo apt-get install -y maven`), ' +
        'or set KAFKA_BROKERS to a Kafka you already run.',
    );
  }
  process.stderr.write(`[kafka] fetching Apache Kafka ${kafkaVersion(root)} from Maven Central (once)...\n`);
  execFileSync(
    'mvn',
    ['-q', '-B', '-f', join(root, 'tools', 'kafka', 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`, '-DincludeScope=runtime'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (!readdirSync(staging).some((f) => f.startsWith('kafka_2.13-'))) throw new Error('Maven fetched no kafka_2.13 jar');
  // Another process may have finished first: the rename is the commit point.
  if (existsSync(done)) return void rmSync(staging, { recursive: true, force: true });
  rmSync(libs, { recursive: true, force: true });
  renameSync(staging, libs);
  writeFileSync(done, new Date().toISOString());
}
