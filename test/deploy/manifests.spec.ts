import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { PORTAL_DEFAULT_PORT, SERVICES, type ServiceDescriptor } from '#contracts';
import { SERVICE_ENV_NAMES } from '#platform';
import { PORTAL_ENV_NAMES, serviceUrlEnv } from '../../apps/portal/src/portal-config.js';
import { COMPOSE_DATABASE_ENV_FILE, COMPOSE_DATABASE_ROLES, composeDatabaseEnv } from '../../scripts/compose-database.js';

/**
 * Docker and Kubernetes files cannot run here (no engine, no cluster), so they are checked
 * against the code they configure: ports, schemas, env names, entry points and probes.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(join(root, file), 'utf8');

type Env = Record<string, string>;

interface ComposeService {
  image?: string;
  build?: unknown;
  pull_policy?: string;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  env_file?: string | (string | { path: string })[];
  ports?: (string | number | { target: number; published?: string | number })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  secrets?: (string | { source: string; target?: string })[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  secrets?: Record<string, { file?: string }>;
}

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
}
interface EnvVar {
  name: string;
  value?: unknown;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } };
}
interface Probe {
  httpGet?: { path: string; port: number | string };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  ports?: { containerPort: number; name?: string }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; runAsNonRoot?: boolean };
}
interface Deployment extends K8sObject {
  spec: {
    selector: { matchLabels: Record<string, string> };
    template: {
      metadata: { labels: Record<string, string> };
      spec: { securityContext?: { runAsNonRoot?: boolean; runAsUser?: number }; containers: Container[] };
    };
  };
}
interface Service extends K8sObject {
  spec: { type?: string; selector: Record<string, string>; ports: { port: number; targetPort: number | string }[] };
}
interface Hpa extends K8sObject {
  spec: {
    scaleTargetRef: { apiVersion: string; kind: string; name: string };
    minReplicas?: number;
    maxReplicas: number;
    metrics: { type: string; resource?: { name: string; target: { type: string; averageUtilization?: number } } }[];
  };
}
interface ConfigMap extends K8sObject {
  data: Record<string, unknown>;
}
interface Secret extends K8sObject {
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}
interface Kustomization {
  namespace?: string;
  resources: string[];
  images?: { name: string; newName?: string; newTag?: string }[];
}

// ---- loading: collect parse errors instead of throwing, so the first test names them all ----

const parseErrors: string[] = [];

function parseFile(file: string): unknown[] {
  try {
    // Merge keys (<<) are YAML 1.1, but docker compose supports them.
    const docs = [...parseAllDocuments(read(file), { merge: true })];
    const problems = docs.flatMap((d) => [...d.errors, ...d.warnings]);
    parseErrors.push(...problems.map((p) => `${file}: ${p.message}`));
    return problems.length ? [] : docs.map((d) => d.toJS() as unknown).filter((d) => d != null);
  } catch (err) {
    parseErrors.push(`${file}: ${(err as Error).message}`);
    return [];
  }
}

const k8sFiles = readdirSync(join(root, 'k8s'))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const k8sDocs = new Map(k8sFiles.map((f) => [f, parseFile(join('k8s', f))]));
const compose = (parseFile('docker-compose.yml')[0] ?? { services: {} }) as ComposeFile;
const kustomization = (k8sDocs.get('kustomization.yaml')?.[0] ?? { resources: [] }) as Kustomization;
const exampleSecret = k8sDocs.get('secret.example.yaml')?.[0] as Secret | undefined;

/** What `kubectl apply -k k8s/` creates (secret.example.yaml deliberately excluded). */
const applied = kustomization.resources.flatMap((f) => (k8sDocs.get(f) ?? []) as K8sObject[]);
const ofKind = <T extends K8sObject>(kind: string, name: string) =>
  applied.find((o) => o.kind === kind && o.metadata?.name === name) as T | undefined;

// ---- helpers ----

const envFiles = (svc: ComposeService) =>
  [svc.env_file ?? []].flat().map((f) => (typeof f === 'string' ? f : f.path).replace(/^\.\//, ''));

/** The env file `compose:secrets` writes (git-ignored), with placeholder passwords. */
const composeDatabaseFileEnv: Env = composeDatabaseEnv({ app: 'app-password', relay: 'relay-password' });

/** `environment` wins over `env_file`, as in docker compose; any other env file cannot be checked. */
function composeEnv(svc: ComposeService): Env {
  const fromFiles = Object.fromEntries(
    envFiles(svc).flatMap((f) => (f === COMPOSE_DATABASE_ENV_FILE ? Object.entries(composeDatabaseFileEnv) : [[`<unknown env_file ${f}>`, '']])),
  );
  const env = svc.environment ?? {};
  if (Array.isArray(env)) {
    return { ...fromFiles, ...Object.fromEntries(env.map((kv) => (kv.includes('=') ? [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)] : [kv, '']))) };
  }
  return { ...fromFiles, ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v == null ? '' : String(v)])) };
}

function composePorts(svc: ComposeService): { published: string; target: string }[] {
  return (svc.ports ?? []).map((p) => {
    if (typeof p === 'object') return { published: String(p.published ?? ''), target: String(p.target) };
    const parts = String(p).replace(/\/(tcp|udp)$/, '').split(':');
    return { published: parts.length > 1 ? parts.at(-2)! : '', target: parts.at(-1)! };
  });
}

function composeDependsOn(svc: ComposeService): Record<string, string | undefined> {
  const deps = svc.depends_on ?? {};
  return Array.isArray(deps) ? Object.fromEntries(deps.map((d) => [d, undefined])) : Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, v?.condition]));
}

const commandLine = (cmd: string | string[] | undefined) => (Array.isArray(cmd) ? cmd.join(' ') : (cmd ?? ''));
const entryPoint = (name: string) => `dist/apps/${name}/src/main.js`;

function imageRef(ref: string): { repo: string; tag: string } {
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? { repo: ref.slice(0, colon), tag: ref.slice(colon + 1) } : { repo: ref, tag: 'latest' };
}

/** The env a k8s container ends up with: envFrom ConfigMaps, then env (secret values as placeholders). */
/** `principal`: the Kafka user whose Strimzi-written Secret the container may read. */
function containerEnv(container: Container, principal?: string): { env: Env; problems: string[] } {
  const env: Env = {};
  const problems: string[] = [];
  for (const from of container.envFrom ?? []) {
    if (from.secretRef) problems.push(`envFrom secretRef ${from.secretRef.name}: its keys cannot be checked; use secretKeyRef`);
    if (from.configMapRef) {
      const cm = ofKind<ConfigMap>('ConfigMap', from.configMapRef.name);
      if (!cm) problems.push(`envFrom ConfigMap ${from.configMapRef.name} is not in the kustomization`);
      for (const [k, v] of Object.entries(cm?.data ?? {})) env[k] = String(v);
    }
  }
  for (const e of container.env ?? []) {
    const secretRef = e.valueFrom?.secretKeyRef;
    const cmRef = e.valueFrom?.configMapKeyRef;
    if (e.value !== undefined) {
      // The API server rejects numbers here ("cannot unmarshal number into ... of type string").
      if (typeof e.value !== 'string') problems.push(`env ${e.name}: value must be a quoted string`);
      env[e.name] = String(e.value);
    } else if (secretRef && e.name === 'KAFKA_SASL_PASSWORD') {
      // Written by the Strimzi User Operator for the service's own KafkaUser (k8s/kafka/users.yaml).
      if (secretRef.name !== principal || secretRef.key !== 'password') problems.push(`env ${e.name}: must read Secret ${principal}, key password`);
      env[e.name] = `<secret ${secretRef.name}/${secretRef.key}>`;
    } else if (secretRef) {
      const documented = { ...exampleSecret?.stringData, ...exampleSecret?.data };
      if (secretRef.name !== 'joint-response-secrets') problems.push(`env ${e.name}: unexpected Secret ${secretRef.name}`);
      if (!(secretRef.key in documented)) problems.push(`env ${e.name}: Secret key ${secretRef.key} is not documented in k8s/secret.example.yaml`);
      env[e.name] = `<secret ${secretRef.key}>`;
    } else if (cmRef) {
      const value = ofKind<ConfigMap>('ConfigMap', cmRef.name)?.data?.[cmRef.key];
      if (value === undefined) problems.push(`env ${e.name}: ConfigMap ${cmRef.name} has no key ${cmRef.key}`);
      env[e.name] = String(value);
    } else {
      problems.push(`env ${e.name}: no value`);
    }
  }
  return { env, problems };
}

/** Mirrors loadServiceConfig's production rules, so a manifest cannot ship a service that refuses to start. */
function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  if (env.NODE_ENV !== 'production') problems.push('NODE_ENV must be production');
  if (!env.JWT_ISSUER || !env.JWT_AUDIENCE) problems.push('JWT_ISSUER and JWT_AUDIENCE are required in production');
  if (!env.JWT_JWKS_URL && !env.JWT_PUBLIC_KEY && !env.JWT_PUBLIC_KEY_FILE) problems.push('one of JWT_JWKS_URL, JWT_PUBLIC_KEY, JWT_PUBLIC_KEY_FILE is required');
  if (!env.DATABASE_URL) problems.push('DATABASE_URL is required');
  // Issue 19: the roles bound by row-level security; without them the service refuses to start.
  if (!env.DATABASE_APP_URL || !env.DATABASE_RELAY_URL) problems.push('DATABASE_APP_URL and DATABASE_RELAY_URL are required in production');
  if (env.KAFKA_BROKERS && !env.KAFKA_SASL_MECHANISM) problems.push('KAFKA_SASL_MECHANISM is required in production (issue 12)');
  if (env.KAFKA_SASL_MECHANISM && !env.KAFKA_SASL_PASSWORD && !env.KAFKA_SASL_PASSWORD_FILE) problems.push('a Kafka password is required');
  if (env.KAFKA_SASL_PASSWORD?.startsWith('dev-only-')) problems.push('dev-only Kafka password');
  return problems;
}

const unknownNames = (env: Env, allowed: readonly string[]) => Object.keys(env).filter((k) => !allowed.includes(k));

// ---- tests ----

describe('deployment manifests: files', () => {
  it('parses docker-compose.yml and every k8s/*.yaml (all documents)', () => {
    expect(k8sFiles.length).toBeGreaterThan(0);
    expect(parseErrors).toEqual([]);
  });

  it('lists only existing files in k8s/kustomization.yaml, and every manifest but the example Secret', () => {
    expect(kustomization.resources.filter((f) => !existsSync(join(root, 'k8s', f)))).toEqual([]);
    const expected = k8sFiles.filter((f) => f !== 'kustomization.yaml' && f !== 'secret.example.yaml');
    expect([...kustomization.resources].sort()).toEqual(expected);
  });

  it('deploys into the joint-response namespace', () => {
    expect(kustomization.namespace).toBe('joint-response');
    expect(ofKind('Namespace', 'joint-response')).toBeDefined();
  });

  it('builds one non-root production image whose health check hits /health/live', () => {
    const dockerfile = read('Dockerfile');
    const stages = dockerfile.split(/^FROM /m).slice(1);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.startsWith('node:20-bookworm-slim')).toBe(true);
    const runtime = stages.at(-1)!;
    expect(runtime).toMatch(/^USER (?!root\b|0\b)\S+/m);
    expect(runtime).toMatch(/NODE_ENV=production/);
    expect(runtime).toMatch(/^HEALTHCHECK .*[\s\S]*\/health\/live/m);
    expect(runtime).toContain(`CMD ["node", "${entryPoint('incidents')}"]`);
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim());
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.dev', '.git']));
  });
});

describe('deployment manifests: docker-compose.yml', () => {
  it('runs postgres and apache/kafka, each with a health check', () => {
    expect(compose.services.postgres?.image).toMatch(/^postgres:/);
    expect(compose.services.kafka?.image).toMatch(/^apache\/kafka:/);
    expect(compose.services.postgres?.healthcheck?.test).toBeDefined();
    expect(commandLine(compose.services.kafka?.healthcheck?.test)).toContain('kafka-broker-api-versions.sh');
  });

  it('builds the backend image once and shares it', () => {
    const apps = [...SERVICES.map((s) => s.name), 'portal'].map((n) => compose.services[n]);
    expect(new Set(apps.map((s) => s?.image)).size).toBe(1);
    // Parallel builds of one tag collide ("image ... already exists"); one service builds it.
    expect(apps.filter((s) => s?.build).length).toBe(1);
  });

  describe.each(SERVICES)('$name', (descriptor: ServiceDescriptor) => {
    const svc = compose.services[descriptor.name] ?? {};
    const env = composeEnv(svc);

    it('publishes and listens on its default port with its own schema', () => {
      expect(composePorts(svc)).toEqual([{ published: String(descriptor.defaultPort), target: String(descriptor.defaultPort) }]);
      expect(env.PORT).toBe(String(descriptor.defaultPort));
      expect(env.DB_SCHEMA).toBe(descriptor.schema);
    });

    it('sets only variables the service reads, enough to start in production', () => {
      expect(unknownNames(env, SERVICE_ENV_NAMES)).toEqual([]);
      expect(productionProblems(env)).toEqual([]);
      expect(new URL(env.DATABASE_URL).hostname).toBe('postgres');
      expect(env.KAFKA_BROKERS).toBe('kafka:9092');
    });

    it('authenticates to Kafka as its own principal, with a password from a compose secret', () => {
      expect(env.KAFKA_SASL_USERNAME).toBe(descriptor.name);
      expect(env.KAFKA_SASL_PASSWORD_FILE).toBe('/run/secrets/kafka_password');
      const mounted = (svc.secrets ?? []).find((s) => typeof s !== 'string' && s.target === 'kafka_password') as { source: string };
      expect(mounted.source).toBe(`kafka_${descriptor.name.replace('-', '_')}_password`);
      expect(compose.secrets?.[mounted.source]?.file).toBeDefined();
    });

    it('reads its JWT key from a declared compose secret', () => {
      const file = env.JWT_PUBLIC_KEY_FILE;
      expect(file).toMatch(/^\/run\/secrets\//);
      const secret = file.replace('/run/secrets/', '');
      const declared = (svc.secrets ?? []).map((s) => (typeof s === 'string' ? s : (s.target ?? s.source)));
      expect(declared).toContain(secret);
      expect(compose.secrets?.[secret]?.file).toBeDefined();
    });

    it('connects as the app and relay roles, not the owner, and waits until they exist', () => {
      const [owner, app, relay] = [env.DATABASE_URL, env.DATABASE_APP_URL, env.DATABASE_RELAY_URL].map((u) => new URL(u));
      expect([app.username, relay.username]).toEqual([COMPOSE_DATABASE_ROLES.app.role, COMPOSE_DATABASE_ROLES.relay.role]);
      expect(new Set([owner.username, app.username, relay.username]).size).toBe(3);
      for (const u of [app, relay]) expect([u.host, u.pathname]).toEqual([owner.host, owner.pathname]);
      expect(composeDependsOn(svc)['postgres-roles']).toBe('service_completed_successfully');
    });

    it('runs its entry point and waits for healthy postgres and kafka', () => {
      expect(commandLine(svc.command)).toContain(entryPoint(descriptor.name));
      expect(existsSync(join(root, 'apps', descriptor.name, 'src', 'main.ts'))).toBe(true);
      expect(composeDependsOn(svc)).toMatchObject({ postgres: 'service_healthy', kafka: 'service_healthy', 'kafka-provision': 'service_completed_successfully' });
    });
  });

  it('creates the app and relay roles as the owner, never superuser or BYPASSRLS, with passwords from compose secrets', () => {
    const roles = compose.services['postgres-roles'] ?? {};
    const script = commandLine(roles.command);
    expect(roles.image).toBe(compose.services.postgres?.image);
    expect(composeDependsOn(roles)).toEqual({ postgres: 'service_healthy' });
    expect(composeEnv(roles).PGUSER).toBe(new URL(composeEnv(compose.services.incidents ?? {}).DATABASE_URL).username);
    for (const { role, secret } of Object.values(COMPOSE_DATABASE_ROLES)) {
      expect(roles.secrets).toContain(secret);
      expect(compose.secrets?.[secret]?.file).toBe(`./.dev/compose/${secret}`);
      expect(script).toContain(`/run/secrets/${secret}`);
      expect(/unnest\(ARRAY\[([^\]]*)\]\)/.exec(script)?.[1]).toContain(`'${role}'`);
      expect(script).toMatch(new RegExp(`ALTER ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'\\w+'`));
    }
  });

  describe('portal', () => {
    const svc = compose.services.portal ?? {};
    const env = composeEnv(svc);

    it('sets only variables the portal reads, on its default port', () => {
      expect(unknownNames(env, PORTAL_ENV_NAMES)).toEqual([]);
      expect(env.PORT).toBe(String(PORTAL_DEFAULT_PORT));
      expect(composePorts(svc)).toEqual([{ published: String(PORTAL_DEFAULT_PORT), target: String(PORTAL_DEFAULT_PORT) }]);
      expect(commandLine(svc.command)).toContain(entryPoint('portal'));
      expect(existsSync(join(root, 'apps', 'portal', 'src', 'main.ts'))).toBe(true);
    });

    it.each(SERVICES)('points $name URL at that compose service and port, and waits for it', (descriptor: ServiceDescriptor) => {
      const url = new URL(env[serviceUrlEnv(descriptor)]);
      expect([url.hostname, url.port]).toEqual([descriptor.name, String(descriptor.defaultPort)]);
      expect(composeDependsOn(svc)[descriptor.name]).toBe('service_healthy');
    });
  });
});

describe('deployment manifests: k8s', () => {
  describe.each(SERVICES)('$name', (descriptor: ServiceDescriptor) => {
    const port = descriptor.defaultPort;
    const deployment = ofKind<Deployment>('Deployment', descriptor.name);
    const container = deployment?.spec.template.spec.containers[0];

    it('has a Deployment with one container running its entry point', () => {
      expect(deployment?.spec.template.spec.containers).toHaveLength(1);
      expect([...(container?.command ?? []), ...(container?.args ?? [])].join(' ')).toContain(entryPoint(descriptor.name));
      expect(container?.ports?.map((p) => p.containerPort)).toEqual([port]);
    });

    it('sets only variables the service reads, with its port and schema, enough to start in production', () => {
      const { env, problems } = containerEnv(container!, descriptor.name);
      expect(problems).toEqual([]);
      expect(unknownNames(env, SERVICE_ENV_NAMES)).toEqual([]);
      expect(env.PORT).toBe(String(port));
      expect(env.DB_SCHEMA).toBe(descriptor.schema);
      expect(productionProblems(env)).toEqual([]);
    });

    it('connects as its own app and relay roles, distinct from its owner and from every other service', () => {
      const documented: Env = { ...exampleSecret?.stringData, ...exampleSecret?.data };
      const user = (s: ServiceDescriptor, name: string) => {
        const key = /^<secret (\S+)>$/.exec(containerEnv(ofKind<Deployment>('Deployment', s.name)!.spec.template.spec.containers[0]).env[name])?.[1];
        return key && documented[key] ? new URL(documented[key]).username : `<no Secret key for ${s.name} ${name}>`;
      };
      const mine = ['DATABASE_URL', 'DATABASE_APP_URL', 'DATABASE_RELAY_URL'].map((n) => user(descriptor, n));
      expect(new Set(mine).size).toBe(3);
      const others = SERVICES.filter((s) => s !== descriptor).flatMap((s) => ['DATABASE_APP_URL', 'DATABASE_RELAY_URL'].map((n) => user(s, n)));
      expect(others.filter((u) => mine.includes(u))).toEqual([]);
    });

    it('probes /health/live and /health/ready on its port', () => {
      expect(container?.livenessProbe?.httpGet).toEqual({ path: '/health/live', port });
      expect(container?.readinessProbe?.httpGet).toEqual({ path: '/health/ready', port });
    });

    it('runs locked down, with resource requests and limits', () => {
      expect(deployment?.spec.template.spec.securityContext?.runAsNonRoot).toBe(true);
      expect(container?.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
      expect(Object.keys(container?.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
      expect(Object.keys(container?.resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
    });

    it('has a ClusterIP Service on its port that selects its pods', () => {
      const service = ofKind<Service>('Service', descriptor.name);
      expect(service?.spec.type ?? 'ClusterIP').toBe('ClusterIP');
      expect(service?.spec.ports.map((p) => [p.port, p.targetPort])).toEqual([[port, port]]);
      expect(deployment?.spec.template.metadata.labels).toMatchObject(service?.spec.selector ?? { missing: 'selector' });
      expect(deployment?.spec.template.metadata.labels).toMatchObject(deployment?.spec.selector.matchLabels ?? {});
    });

    it('autoscales on 70% CPU', () => {
      const hpa = ofKind<Hpa>('HorizontalPodAutoscaler', descriptor.name);
      expect(hpa?.apiVersion).toBe('autoscaling/v2');
      expect(hpa?.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: descriptor.name });
      expect(hpa?.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }]);
    });
  });

  describe('portal', () => {
    const deployment = ofKind<Deployment>('Deployment', 'portal');
    const container = deployment?.spec.template.spec.containers[0];

    it('runs its entry point on its default port, with only variables the portal reads', () => {
      expect([...(container?.command ?? []), ...(container?.args ?? [])].join(' ')).toContain(entryPoint('portal'));
      expect(container?.ports?.map((p) => p.containerPort)).toEqual([PORTAL_DEFAULT_PORT]);
      const { env, problems } = containerEnv(container!);
      expect(problems).toEqual([]);
      expect(unknownNames(env, PORTAL_ENV_NAMES)).toEqual([]);
      expect(env.PORT).toBe(String(PORTAL_DEFAULT_PORT));
    });

    it('probes /health/live and /health/ready, runs locked down, and has a Service', () => {
      expect(container?.livenessProbe?.httpGet).toEqual({ path: '/health/live', port: PORTAL_DEFAULT_PORT });
      expect(container?.readinessProbe?.httpGet).toEqual({ path: '/health/ready', port: PORTAL_DEFAULT_PORT });
      expect(container?.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
      const service = ofKind<Service>('Service', 'portal');
      expect(service?.spec.ports.map((p) => [p.port, p.targetPort])).toEqual([[PORTAL_DEFAULT_PORT, PORTAL_DEFAULT_PORT]]);
    });

    it.each(SERVICES)('points $name URL at that Service and port', (descriptor: ServiceDescriptor) => {
      const url = new URL(containerEnv(container!).env[serviceUrlEnv(descriptor)]);
      expect([url.hostname, url.port]).toEqual([descriptor.name, String(descriptor.defaultPort)]);
    });
  });

  it('uses the kustomization image in every Deployment, and the compose image repository', () => {
    expect(kustomization.images).toHaveLength(1);
    const [image] = kustomization.images!;
    const deployments = applied.filter((o): o is Deployment => o.kind === 'Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([...SERVICES.map((s) => s.name), 'portal'].sort());
    for (const d of deployments) {
      for (const c of d.spec.template.spec.containers) {
        expect(imageRef(c.image)).toEqual({ repo: image.name, tag: image.newTag });
      }
    }
    expect(imageRef(compose.services.incidents?.image ?? '').repo).toBe(image.name);
  });
});
