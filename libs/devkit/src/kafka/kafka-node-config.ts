/** server.properties of one local KRaft node (combined broker + controller). */
export interface NodePorts {
  /** SASL/SCRAM listener for every client: services, data team, operator. */
  client: number;
  /** KRaft quorum traffic (SASL/PLAIN, operator only). */
  controller: number;
  /** Replication between brokers (SASL/PLAIN, operator only). */
  internal: number;
}

export interface NodeConfigInput {
  nodeId: number;
  ports: NodePorts;
  /** Every node's id and controller port: the static quorum. */
  voters: { nodeId: number; controller: number }[];
  logDir: string;
  operator: { username: string; password: string };
}

const plainJaas = (operator: NodeConfigInput['operator']) =>
  'org.apache.kafka.common.security.plain.PlainLoginModule required ' +
  `username="${operator.username}" password="${operator.password}" user_${operator.username}="${operator.password}";`;

export function nodeConfig(input: NodeConfigInput): string {
  const { nodeId, ports, voters, logDir, operator } = input;
  const nodes = voters.length;
  const replication = Math.min(3, nodes);
  const props: Record<string, string | number | boolean> = {
    'process.roles': 'broker,controller',
    'node.id': nodeId,
    'controller.quorum.voters': voters.map((v) => `${v.nodeId}@127.0.0.1:${v.controller}`).join(','),
    listeners: `CLIENT://127.0.0.1:${ports.client},CONTROLLER://127.0.0.1:${ports.controller},INTERNAL://127.0.0.1:${ports.internal}`,
    'advertised.listeners': `CLIENT://127.0.0.1:${ports.client},INTERNAL://127.0.0.1:${ports.internal}`,
    'listener.security.protocol.map': 'CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,INTERNAL:SASL_PLAINTEXT',
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'INTERNAL',
    // Clients authenticate with SCRAM (credentials live in the cluster metadata, one per principal);
    // the quorum and replication use PLAIN with the operator, which exists before any metadata.
    'sasl.enabled.mechanisms': 'SCRAM-SHA-512',
    'sasl.mechanism.controller.protocol': 'PLAIN',
    'sasl.mechanism.inter.broker.protocol': 'PLAIN',
    'listener.name.controller.sasl.enabled.mechanisms': 'PLAIN',
    'listener.name.controller.plain.sasl.jaas.config': plainJaas(operator),
    'listener.name.internal.sasl.enabled.mechanisms': 'PLAIN',
    'listener.name.internal.plain.sasl.jaas.config': plainJaas(operator),
    'listener.name.client.sasl.enabled.mechanisms': 'SCRAM-SHA-512',
    'listener.name.client.scram-sha-512.sasl.jaas.config': 'org.apache.kafka.common.security.scram.ScramLoginModule required;',
    'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'super.users': `User:${operator.username}`,
    'allow.everyone.if.no.acl.found': false,
    'log.dirs': logDir,
    'auto.create.topics.enable': false,
    'num.partitions': 1,
    'default.replication.factor': replication,
    'min.insync.replicas': Math.min(2, replication),
    'offsets.topic.replication.factor': replication,
    'offsets.topic.num.partitions': 6,
    'transaction.state.log.replication.factor': replication,
    'transaction.state.log.min.isr': Math.min(2, replication),
    'transaction.state.log.num.partitions': 3,
    'share.coordinator.state.topic.replication.factor': replication,
    'share.coordinator.state.topic.min.isr': Math.min(2, replication),
    'unclean.leader.election.enable': false,
    'group.initial.rebalance.delay.ms': 0,
    // With several nodes a dead broker is noticed in seconds; a lone node heartbeats at the default pace.
    'broker.session.timeout.ms': nodes > 1 ? 4000 : 9000,
    'broker.heartbeat.interval.ms': nodes > 1 ? 1000 : 2000,
    // The controller writes a no-op metadata record this often when idle (default 500 ms): idle cost.
    'metadata.max.idle.interval.ms': 5000,
    'leader.imbalance.check.interval.seconds': 10,
    // Small dev footprint: few threads, small segments, little idle work.
    'num.network.threads': nodes > 1 ? 2 : 1,
    'num.io.threads': 2,
    'group.coordinator.threads': 1,
    'share.coordinator.threads': 1,
    'num.replica.fetchers': 1,
    'background.threads': 2,
    'log.cleaner.threads': 1,
    'log.cleaner.dedupe.buffer.size': 4 * 1024 * 1024,
    'log.segment.bytes': 16 * 1024 * 1024,
    'log.retention.check.interval.ms': 300_000,
    'replica.fetch.wait.max.ms': 500,
    'metadata.log.max.record.bytes.between.snapshots': 4 * 1024 * 1024,
  };
  return `${Object.entries(props)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')}\n`;
}

/** WARN and above to a file per node (log4j2 properties): enough to debug, nothing at idle. */
export function log4jConfig(file: string): string {
  return [
    'status = warn',
    'appender.file.type = File',
    'appender.file.name = file',
    `appender.file.fileName = ${file}`,
    'appender.file.layout.type = PatternLayout',
    'appender.file.layout.pattern = [%d] %p %m (%c)%n',
    // Denied requests are logged at INFO: keep them, they explain an ACL refusal.
    'logger.authorizer.name = kafka.authorizer.logger',
    'logger.authorizer.level = info',
    'rootLogger.level = warn',
    'rootLogger.appenderRef.file.ref = file',
    '',
  ].join('\n');
}
