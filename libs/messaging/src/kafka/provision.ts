import kafkajs, { Kafka, logLevel, type AclEntry, type Admin } from 'kafkajs';
import { allTopicNames, kafkaAcls, type KafkaAcl } from '#contracts';
import { kafkaJsSecurity, type KafkaSecurity } from './kafka-security.js';
import { untilReady } from './until-ready.js';

export interface ProvisionOptions {
  brokers: string[];
  /** An operator principal (a super user): creating topics and ACLs is nobody else's business. */
  security?: KafkaSecurity;
  replicationFactor: number;
  /** Acks=all then needs this many in-sync replicas; 2 of 3 survives one broker down. */
  minInsyncReplicas: number;
  /** Also apply the generated ACLs (only where an authorizer runs). */
  acls: boolean;
}

export interface ProvisionResult {
  topicsCreated: number;
  topicsPresent: number;
  aclsApplied: number;
}

// kafkajs is CommonJS; Node's ESM loader cannot see these enums as named exports.
const { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } = kafkajs;

const OPERATIONS = {
  read: AclOperationTypes.READ,
  write: AclOperationTypes.WRITE,
  describe: AclOperationTypes.DESCRIBE,
  'idempotent-write': AclOperationTypes.IDEMPOTENT_WRITE,
} as const;
const RESOURCES = { topic: AclResourceTypes.TOPIC, group: AclResourceTypes.GROUP, cluster: AclResourceTypes.CLUSTER } as const;

export function toAclEntry(acl: KafkaAcl): AclEntry {
  return {
    resourceType: RESOURCES[acl.resourceType],
    resourceName: acl.resourceName,
    resourcePatternType: acl.patternType === 'literal' ? ResourcePatternTypes.LITERAL : ResourcePatternTypes.PREFIXED,
    principal: `User:${acl.principal}`,
    host: '*',
    operation: OPERATIONS[acl.operation],
    permissionType: AclPermissionTypes.ALLOW,
  };
}

/**
 * Creates every registry topic (DLTs included) with its partitions, replication and configs, and
 * applies the generated ACLs. Idempotent: existing topics are kept, ACLs are set-like on the broker.
 */
export async function provisionKafka(options: ProvisionOptions): Promise<ProvisionResult> {
  const kafka = new Kafka({ clientId: 'provision', brokers: options.brokers, ...kafkaJsSecurity(options.security), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const result = await createTopics(admin, options);
    if (options.acls) {
      const entries = kafkaAcls().map(toAclEntry);
      await admin.createAcls({ acl: entries });
      await waitForAcls(admin, entries.length);
      result.aclsApplied = entries.length;
    }
    return result;
  } finally {
    await admin.disconnect();
  }
}

async function createTopics(admin: Admin, options: ProvisionOptions): Promise<ProvisionResult> {
  const present = new Set(await admin.listTopics());
  const wanted = allTopicNames();
  const missing = wanted.filter((t) => !present.has(t.name));
  if (missing.length) {
    await admin.createTopics({
      waitForLeaders: false,
      timeout: 30_000,
      topics: missing.map((t) => ({
        topic: t.name,
        numPartitions: t.partitions,
        replicationFactor: options.replicationFactor,
        configEntries: Object.entries({ ...t.config, 'min.insync.replicas': String(options.minInsyncReplicas) }).map(([name, value]) => ({ name, value })),
      })),
    });
  }
  await waitForTopicLeaders(admin, wanted.map((t) => t.name));
  return { topicsCreated: missing.length, topicsPresent: wanted.length - missing.length, aclsApplied: 0 };
}

/**
 * Until every partition of these topics has a leader. Brokers learn of a new topic from the
 * metadata log a moment apart, so "unknown topic" right after creation is retried too (kafkajs's
 * own waitForLeaders gives up on it in a multi-node cluster).
 */
export async function waitForTopicLeaders(admin: Admin, topics: string[], timeoutMs = 60_000): Promise<void> {
  await untilReady('topics', timeoutMs, async () => {
    const { topics: found } = await admin.fetchTopicMetadata({ topics });
    const leaderless = found.filter((t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0));
    return (found.length === topics.length && leaderless.length === 0) || `${leaderless.length} topic(s) without leaders`;
  });
}

/**
 * CreateAcls returns once the controller committed them; each broker's authorizer applies them a
 * moment later. Until then a principal is refused, so wait until a broker reports all of them.
 */
async function waitForAcls(admin: Admin, expected: number, timeoutMs = 30_000): Promise<void> {
  const any = { resourceType: AclResourceTypes.ANY, resourcePatternType: ResourcePatternTypes.ANY, operation: AclOperationTypes.ANY, permissionType: AclPermissionTypes.ANY };
  await untilReady('ACLs', timeoutMs, async () => {
    const { resources } = await admin.describeAcls(any as Parameters<Admin['describeAcls']>[0]);
    const seen = resources.reduce((n, r) => n + r.acls.length, 0);
    return seen >= expected || `${seen} of ${expected} visible`;
  }, 100);
}
