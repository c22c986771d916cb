import { deadLetterTopic, TOPICS } from './catalog.js';
import { CONSUMERS } from './consumers.js';
import { consumedTopics, DATA_TEAM_GROUP_PREFIX, DATA_TEAM_PRINCIPAL, kafkaAcls, kafkaPrincipals } from './kafka-acls.js';

const acls = kafkaAcls();
const topicGrants = (principal: string, operation: string) =>
  acls.filter((a) => a.principal === principal && a.resourceType === 'topic' && a.operation === operation);

// The broker's ACLs are derived from the registries, never written by hand (issue 12).
describe('Kafka ACLs generated from the topic and consumer registries', () => {
  it('has one principal per service and one for the data team', () => {
    expect(kafkaPrincipals()).toEqual(['incidents', 'support-plans', 'staffing', 'training', 'wellness', DATA_TEAM_PRINCIPAL]);
  });

  it('lets a service write only the topics it owns and the dead-letter topics of what it consumes', () => {
    for (const service of ['incidents', 'support-plans', 'staffing', 'training', 'wellness'] as const) {
      const written = topicGrants(service, 'write').map((a) => a.resourceName).sort();
      const owned = TOPICS.filter((t) => t.owner === service).map((t) => t.name);
      expect(written).toEqual([...owned, ...consumedTopics(service).map(deadLetterTopic)].sort());
    }
  });

  it('lets a service read exactly the topics its registered consumer groups apply, with those groups', () => {
    for (const service of ['incidents', 'support-plans', 'staffing', 'training', 'wellness'] as const) {
      expect(topicGrants(service, 'read').map((a) => a.resourceName).sort()).toEqual(consumedTopics(service));
      const groups = acls.filter((a) => a.principal === service && a.resourceType === 'group').map((a) => a.resourceName);
      expect(groups.sort()).toEqual(CONSUMERS.filter((c) => c.service === service).map((c) => c.group).sort());
    }
  });

  it('R12: the data team reads analytics.* only, with groups under its prefix, and writes nothing', () => {
    const mine = acls.filter((a) => a.principal === DATA_TEAM_PRINCIPAL);
    expect(mine).toEqual([
      expect.objectContaining({ resourceType: 'topic', patternType: 'prefixed', resourceName: 'analytics.', operation: 'read' }),
      expect.objectContaining({ resourceType: 'group', patternType: 'prefixed', resourceName: DATA_TEAM_GROUP_PREFIX, operation: 'read' }),
    ]);
    expect(TOPICS.filter((t) => t.name.startsWith('analytics.')).every((t) => t.audience === 'data-teams')).toBe(true);
  });

  it('R3: only support-plans and registered consumers read clinical-only topics; nothing of theirs is prefixed', () => {
    for (const topic of TOPICS.filter((t) => t.audience === 'clinical-only')) {
      const readers = acls.filter((a) => a.operation === 'read' && a.resourceType === 'topic' && a.resourceName === topic.name).map((a) => a.principal);
      const registered = [...new Set(CONSUMERS.filter((c) => consumedTopics(c.service).includes(topic.name)).map((c) => c.service))];
      expect(readers.sort()).toEqual(registered.sort());
      expect(readers.every((r) => r === 'support-plans')).toBe(true);
    }
    expect(acls.filter((a) => a.patternType === 'prefixed').every((a) => a.principal === DATA_TEAM_PRINCIPAL)).toBe(true);
  });
});
