import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { allTopicNames, kafkaPrincipals } from '#contracts';
import { topicManifests, userManifests } from '../../scripts/kafka-manifests.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const docs = (file: string) => parseAllDocuments(read(file)).map((d) => d.toJSON());

// Issue 12: the broker's topics and ACLs come from the registries, in k8s (Strimzi) as locally.
describe('k8s/kafka: Strimzi topics and users generated from libs/contracts', () => {
  it('are up to date with the registries (run `npm run -s kafka:manifests` after changing them)', () => {
    expect(read('k8s/kafka/topics.yaml')).toBe(topicManifests());
    expect(read('k8s/kafka/users.yaml')).toBe(userManifests());
  });

  it('declare every topic with replication 3 and min.insync.replicas 2, and one SCRAM user per principal', () => {
    const topics = docs('k8s/kafka/topics.yaml');
    expect(topics.map((t) => t.spec.topicName)).toEqual(allTopicNames().map((t) => t.name));
    expect(topics.every((t) => t.spec.replicas === 3 && t.spec.config['min.insync.replicas'] === '2')).toBe(true);
    const users = docs('k8s/kafka/users.yaml');
    expect(users.map((u) => u.metadata.name)).toEqual(kafkaPrincipals());
    expect(users.every((u) => u.spec.authentication.type === 'scram-sha-512' && u.spec.authorization.type === 'simple')).toBe(true);
  });

  it('each service Deployment authenticates as its own principal with the password the User Operator writes', () => {
    for (const service of ['incidents', 'support-plans', 'staffing', 'training', 'wellness']) {
      const deployment = docs(`k8s/${service}.yaml`).find((d) => d.kind === 'Deployment');
      const env: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[] =
        deployment.spec.template.spec.containers[0].env;
      expect(env.find((e) => e.name === 'KAFKA_SASL_USERNAME')?.value).toBe(service);
      expect(env.find((e) => e.name === 'KAFKA_SASL_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({ name: service, key: 'password' });
    }
    expect(read('k8s/configmap.yaml')).toMatch(/KAFKA_SASL_MECHANISM: scram-sha-512/);
  });
});
