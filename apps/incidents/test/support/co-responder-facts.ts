import { randomUUID } from 'node:crypto';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import {
  AssignmentChangedEvent,
  CertificationGrantedEvent,
  dataschemaOf,
  EligibilityChangedEvent,
  OnCallShiftChangedEvent,
  OnCallShiftPublishedEvent,
  StaffAddedEvent,
  StaffDeactivatedEvent,
  type CloudEvent,
  type EventDefinition,
  type OnCallShift,
} from '#contracts';
import { inboxConsumerOf, InboxTransport, MESSAGING_MIGRATIONS, KafkaJsClient, Outbox, OutboxRelay, type EventProducer, type KafkaSecurity } from '#messaging';
import { dropSchema, testDatabaseUrl, uniqueSchema, type TestService } from '#testing';
import { ProjectCertificationsHandler } from '../../src/dispatch/project-certifications/project-certifications.handler.js';
import { ProjectRosterHandler } from '../../src/dispatch/project-roster/project-roster.handler.js';
import { ProjectTrainingEligibilityHandler } from '../../src/dispatch/project-training-eligibility/project-training-eligibility.handler.js';

/**
 * Staffing and training facts as the events those services publish, for building the incidents
 * service's co-responder projections in tests. Synthetic people only.
 */
export interface Fact {
  source: 'staffing' | 'training';
  definition: EventDefinition<unknown>;
  data: unknown;
}

const fact = <T>(source: Fact['source'], definition: EventDefinition<T>, data: NoInfer<T>): Fact => ({
  source,
  definition: definition as unknown as EventDefinition<unknown>,
  data,
});

export function officer(staffId: string, employeeId = 'E5' + staffId.slice(0, 5)): Fact {
  return fact('staffing', StaffAddedEvent, { staffId, employeeId: employeeId.replace(/[^A-Za-z0-9-]/g, ''), role: 'officer', unit: 'police', licensed: false });
}

export function clinician(staffId: string, licensed = true): Fact {
  return fact('staffing', StaffAddedEvent, { staffId, employeeId: 'E6' + staffId.slice(0, 5).replace(/[^A-Za-z0-9]/g, ''), role: 'clinician', unit: 'behavioral-health', licensed });
}

export function deactivated(staffId: string): Fact {
  return fact('staffing', StaffDeactivatedEvent, { staffId, reason: 'leave' });
}

export function assigned(staffId: string, campusId: string, over: { from?: string; to?: string | null; primary?: boolean; cancelled?: boolean; assignmentId?: string } = {}): Fact {
  return fact('staffing', AssignmentChangedEvent, {
    assignmentId: over.assignmentId ?? randomUUID(),
    staffId,
    campusId,
    primary: over.primary ?? true,
    effectiveFrom: over.from ?? '2020-01-01',
    effectiveTo: over.to ?? null,
    cancelled: over.cancelled ?? false,
  });
}

export function onCall(staffId: string, campusIds: string[], startsAt: Date, endsAt: Date, over: Partial<OnCallShift> = {}): Fact {
  const shift: OnCallShift = { shiftId: randomUUID(), staffId, campusIds, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), cancelled: false, ...over };
  return fact('staffing', over.cancelled ? OnCallShiftChangedEvent : OnCallShiftPublishedEvent, shift);
}

export function citCertified(staffId: string, issuedOn = '2020-01-15', expiresOn: string | null = '2099-01-15'): Fact[] {
  const certificationId = randomUUID();
  return [
    fact('training', CertificationGrantedEvent, { certificationId, staffId, courseCode: 'CIT-40', category: 'cit', issuedOn, expiresOn }),
    fact('training', EligibilityChangedEvent, {
      staffId, citCertified: true, certificationId, reason: 'granted', effectiveAt: `${issuedOn}T06:00:00.000Z`,
      validThrough: expiresOn ? new Date(Date.parse(`${expiresOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) : null,
    }),
  ];
}

/** Training withdrew eligibility (revocation or expiry) at `effectiveAt`. */
export function citWithdrawn(staffId: string, effectiveAt: Date, reason: 'revoked' | 'expired' = 'revoked'): Fact {
  return fact('training', EligibilityChangedEvent, {
    staffId, citCertified: false, validThrough: null, certificationId: null, reason, effectiveAt: effectiveAt.toISOString(),
  });
}

export function toCloudEvent(f: Fact): CloudEvent {
  const data = f.data as Record<string, unknown>;
  return {
    id: randomUUID(),
    source: f.source,
    type: f.definition.type,
    specversion: '1.0',
    time: new Date().toISOString(),
    subject: String(data[f.definition.keyField]),
    dataschema: dataschemaOf(f.definition.type, f.definition.version),
    datacontenttype: 'application/json',
    data,
  };
}

/**
 * Applies facts through the service's own projection handlers, in one transaction, without a
 * broker: for tests about what happens after the projections are built (the broker path has its
 * own test, co-responder-dispatch.e2e-spec.ts).
 */
export async function applyFacts(svc: TestService, facts: Fact[]): Promise<void> {
  const inbox = svc.app.get(InboxTransport);
  const projections = [ProjectRosterHandler, ProjectTrainingEligibilityHandler, ProjectCertificationsHandler].map(inboxConsumerOf);
  const groups = inbox.consumerGroups().filter((g) => projections.includes(g.consumer));
  await svc.db.transaction(async (em) => {
    for (const f of facts) {
      const group = groups.find((g) => g.handles.some((d) => d.type === f.definition.type));
      if (!group) throw new Error(`no incidents projection handles ${f.definition.type}`);
      await inbox.deliver(group.consumer, toCloudEvent(f), em);
    }
  });
}

/**
 * Publishes facts to the broker the way staffing and training do: an outbox in a throwaway schema
 * of its own, drained by the real relay (CloudEvents headers, keys, acks from all replicas).
 */
export class FactPublisher {
  private constructor(
    private readonly ds: DataSource,
    private readonly producer: EventProducer,
    private readonly relay: OutboxRelay,
    private readonly schema: string,
  ) {}

  static async start(kafka: { brokers: string[]; security: KafkaSecurity }): Promise<FactPublisher> {
    const schema = uniqueSchema('facts');
    const url = testDatabaseUrl();
    const ds = await new DataSource({
      type: 'postgres',
      url,
      schema,
      migrations: MESSAGING_MIGRATIONS,
      extra: { options: `-c search_path=${schema}`, max: 2 },
    }).initialize();
    await ds.query(`CREATE SCHEMA "${schema}"`);
    await ds.runMigrations();
    const producer = new KafkaJsClient({ clientId: 'test-facts', ...kafka }).producer();
    await producer.connect();
    const relay = new OutboxRelay(producer, { databaseUrl: url, schema, batchSize: 100, pollIntervalMs: 100, registry: new Registry() });
    await relay.start();
    return new FactPublisher(ds, producer, relay, schema);
  }

  async publish(facts: Fact[]): Promise<void> {
    const outboxes = { staffing: new Outbox('staffing'), training: new Outbox('training') };
    await this.ds.transaction(async (em) => {
      for (const f of facts) await outboxes[f.source].add(em, f.definition, f.data);
    });
  }

  async stop(): Promise<void> {
    await this.relay.stop();
    await this.producer.disconnect().catch(() => undefined);
    await this.ds.destroy();
    await dropSchema(this.schema);
  }
}
