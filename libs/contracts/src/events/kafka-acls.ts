import { SERVICES, type ServiceName } from '../services.js';
import { deadLetterTopic, EVENTS, TOPICS } from './catalog.js';
import { CONSUMERS } from './consumers.js';

/**
 * Broker-enforced audiences (ARCHITECTURE "Audiences are enforced by the broker"): every principal
 * and every ACL is derived from the topic and consumer registries above, so the documentation, the
 * AsyncAPI and the broker cannot disagree. With no ACL a principal may do nothing
 * (`allow.everyone.if.no.acl.found=false`); the operator principal is a super user.
 */
export type KafkaPrincipalName = ServiceName | typeof DATA_TEAM_PRINCIPAL;

export const DATA_TEAM_PRINCIPAL = 'data-team';
/** Consumer groups of the data team start with this (any number of their own jobs). */
export const DATA_TEAM_GROUP_PREFIX = 'data-team.';
/** Topics the data team reads: the de-identified analytics family only (R12). */
export const DATA_TEAM_TOPIC_PREFIX = 'analytics.';
/** Provisions topics and ACLs, replays dead letters; never used by a service. */
export const KAFKA_OPERATOR_PRINCIPAL = 'admin';

/** Kafka's name for the one cluster resource. */
export const KAFKA_CLUSTER_RESOURCE = 'kafka-cluster';

export type AclOperation = 'read' | 'write' | 'describe' | 'idempotent-write';

export interface KafkaAcl {
  principal: KafkaPrincipalName;
  resourceType: 'topic' | 'group' | 'cluster';
  patternType: 'literal' | 'prefixed';
  resourceName: string;
  operation: AclOperation;
  /** Why this grant exists, for reviewers and generated manifests. */
  reason: string;
}

export function kafkaPrincipals(): KafkaPrincipalName[] {
  return [...SERVICES.map((s) => s.name), DATA_TEAM_PRINCIPAL];
}

function topicOfEvent(type: string): string {
  const event = EVENTS.find((e) => e.type === type);
  if (!event) throw new Error(`event type ${type} is not in the catalog`);
  return event.topic;
}

/** Topics each service's registered consumer groups read. */
export function consumedTopics(service: ServiceName): string[] {
  const topics = CONSUMERS.filter((c) => c.service === service).flatMap((c) => c.events.map(topicOfEvent));
  return [...new Set(topics)].sort();
}

function serviceAcls(service: ServiceName): KafkaAcl[] {
  const acls: KafkaAcl[] = [];
  const grant = (resourceType: KafkaAcl['resourceType'], resourceName: string, operation: AclOperation, reason: string) =>
    acls.push({ principal: service, resourceType, patternType: 'literal', resourceName, operation, reason });
  // The idempotent producer (no duplicates or reordering on retries) asks the cluster for a producer id.
  grant('cluster', KAFKA_CLUSTER_RESOURCE, 'idempotent-write', 'idempotent producer (outbox relay, dead letters)');
  for (const topic of TOPICS.filter((t) => t.owner === service)) {
    grant('topic', topic.name, 'write', 'owner publishes its outbox');
    grant('topic', topic.name, 'describe', 'owner publishes its outbox');
  }
  for (const topic of consumedTopics(service)) {
    grant('topic', topic, 'read', 'registered consumer (libs/contracts CONSUMERS)');
    grant('topic', deadLetterTopic(topic), 'write', 'its consumers dead-letter poison records');
    grant('topic', deadLetterTopic(topic), 'describe', 'its consumers dead-letter poison records');
  }
  for (const consumer of CONSUMERS.filter((c) => c.service === service)) {
    grant('group', consumer.group, 'read', consumer.purpose);
  }
  return acls;
}

function dataTeamAcls(): KafkaAcl[] {
  const reason = 'data team: de-identified analytics topics only (R12)';
  return [
    { principal: DATA_TEAM_PRINCIPAL, resourceType: 'topic', patternType: 'prefixed', resourceName: DATA_TEAM_TOPIC_PREFIX, operation: 'read', reason },
    { principal: DATA_TEAM_PRINCIPAL, resourceType: 'group', patternType: 'prefixed', resourceName: DATA_TEAM_GROUP_PREFIX, operation: 'read', reason },
  ];
}

/** Every ACL the brokers must hold, in a stable order. */
export function kafkaAcls(): KafkaAcl[] {
  return [...SERVICES.flatMap((s) => serviceAcls(s.name)), ...dataTeamAcls()];
}
