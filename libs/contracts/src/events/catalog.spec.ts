import { readFileSync } from 'node:fs';
import { SERVICES } from '../services.js';
import { allTopicNames, deadLetterTopic, EVENTS, TOPICS } from './catalog.js';
import { consumerRegistrationProblem, CONSUMERS } from './consumers.js';
import { carriesTenantDistrict, DISTRICT_ID_PATTERN } from './define-event.js';
import { STAFFING_DISTRICT_TOPIC } from './staffing/district.topic.js';
import { breakingChanges, shapesOf, type SchemaShape } from './schema-lock.js';

const lock = JSON.parse(readFileSync(new URL('../../schema-lock.json', import.meta.url), 'utf8')) as Record<string, SchemaShape>;

describe('event catalog', () => {
  it('names topics <owner>.<aggregate>.v<major>, once each, owned by a real service', () => {
    const owners = new Map(SERVICES.map((s) => [s.name, s.schema]));
    expect(new Set(TOPICS.map((t) => t.name)).size).toBe(TOPICS.length);
    for (const t of TOPICS) {
      expect(t.name).toMatch(/^[a-z]+\.[a-z-]+\.v\d+$/);
      expect(t.name.split('.')[0]).toBe(t.audience === 'data-teams' ? 'analytics' : owners.get(t.owner));
    }
  });

  it('puts every event on a registered topic of its own service, keyed by a required field', () => {
    for (const e of EVENTS) {
      const topic = TOPICS.find((t) => t.name === e.topic);
      expect(topic).toBeDefined();
      expect(e.type.split('.')[0]).toBe(topic!.name.split('.')[0]);
      expect(e.schema.required).toContain(e.keyField);
      expect(e.schema.$id).toBe(`urn:joint-response:schema:${e.type}:${e.version}`);
    }
    expect(new Set(EVENTS.map((e) => e.type)).size).toBe(EVENTS.length);
  });

  it('gives every topic a dead-letter topic for the broker to create up front', () => {
    const names = allTopicNames().map((t) => t.name);
    for (const t of TOPICS) expect(names).toEqual(expect.arrayContaining([t.name, deadLetterTopic(t.name)]));
  });

  it('changes schemas only additively within a version (see libs/contracts/schema-lock.json)', () => {
    const current = shapesOf(EVENTS);
    const problems = Object.entries(lock).flatMap(([key, locked]) => {
      const event = EVENTS.find((e) => `${e.type}:${e.version}` === key);
      if (!event) return [`${key}: event type removed (publish a new version instead)`];
      return breakingChanges(locked, current[key], event.schema.additionalProperties !== false).map((p) => `${key}: ${p}`);
    });
    expect(problems).toEqual([]);
    // New event types must be locked too, so their first shape is protected from then on.
    expect(Object.keys(current).filter((k) => !(k in lock))).toEqual([]);
  });

  it('flags the breaking changes the lock exists to catch', () => {
    const locked: SchemaShape = { required: ['a'], properties: { a: '"string"', b: '"integer"' } };
    expect(breakingChanges(locked, { required: ['a'], properties: { a: '"string"', b: '"integer"', c: '"string"' } }, true)).toEqual([]);
    expect(breakingChanges(locked, { required: ['a', 'b'], properties: { a: '"string"', b: '"string"' } }, false)).toEqual([
      'retyped field b: "integer" → "string"',
      'newly required field b',
      'schema rejects additional properties, so consumers could not accept additive changes',
    ]);
    expect(breakingChanges(locked, { required: ['a'], properties: { a: '"string"' } }, true)).toEqual(['removed field b']);
  });

  it('locks enums, formats and patterns: removing or changing one breaks, adding an enum value does not', () => {
    const properties = { kind: '"string"', at: '"string"', tags: '"array"' };
    const locked: SchemaShape = {
      required: ['kind'],
      properties,
      enums: { kind: ['a', 'b'], 'tags[]': ['x'] },
      formats: { at: 'date-time' },
      patterns: { kind: '^[a-z]$' },
    };
    const shape = (over: Partial<SchemaShape>): SchemaShape => ({ ...locked, ...over });
    expect(breakingChanges(locked, shape({ enums: { kind: ['a', 'b', 'c'], 'tags[]': ['x', 'y'] } }), true)).toEqual([]);
    expect(breakingChanges(locked, shape({ enums: { kind: ['a'], 'tags[]': ['x'] } }), true)).toEqual(['removed enum value(s) of kind: "b"']);
    expect(breakingChanges(locked, shape({ enums: { kind: ['a', 'b'] } }), true)).toEqual(['dropped the enum of tags[]']);
    expect(breakingChanges(locked, shape({ formats: { at: 'date' } }), true)).toEqual(['changed the format of at: date-time → date']);
    expect(breakingChanges(locked, shape({ formats: {} }), true)).toEqual(['changed the format of at: date-time → none']);
    expect(breakingChanges(locked, shape({ patterns: { kind: '^[a-z]{2}$' } }), true)).toEqual(['changed the pattern of kind: ^[a-z]$ → ^[a-z]{2}$']);
    // A format where there was none narrows what producers send: consumers are unaffected.
    expect(breakingChanges(locked, shape({ formats: { at: 'date-time', kind: 'uuid' } }), true)).toEqual([]);
  });

  it('records each event\'s enums, formats and patterns in the lock', () => {
    const shape = lock['incidents.incident.dispatched:1'];
    expect(shape.enums?.clinicianMode).toEqual(['in-person', 'remote', null]);
    expect(shape.formats?.dispatchedAt).toBe('date-time');
    expect(lock['incidents.incident.reported:1'].patterns?.['studentIds[]']).toBe('^[A-Za-z0-9-]{1,32}$');
  });
});

describe('consumer registry', () => {
  it('lists only known event types, each consumed from another service or its own', () => {
    const types = new Set(EVENTS.map((e) => e.type));
    for (const c of CONSUMERS) for (const e of c.events) expect(types).toContain(e);
    expect(new Set(CONSUMERS.map((c) => c.group)).size).toBe(CONSUMERS.length);
  });

  it('explains what is wrong with an unregistered or drifted handler', () => {
    expect(consumerRegistrationProblem('incidents.co-responder-eligibility', ['training.certification.revoked', 'training.certification.granted'])).toBeUndefined();
    expect(consumerRegistrationProblem('incidents.secret-listener', ['support.referral.received'])).toMatch(/not registered/);
    expect(consumerRegistrationProblem('staffing.staff-certifications', ['training.certification.granted'])).toMatch(/registered for/);
  });

  it('W1, W3: wellness publishes only the declaration, read by staffing alone; the critical-incident topic is read by wellness alone', () => {
    expect(TOPICS.filter((t) => t.owner === 'wellness').map((t) => t.name)).toEqual(['wellness.psych-declaration.v1']);
    const readers = (audience: string) => {
      const topics = new Set(TOPICS.filter((t) => t.audience === audience).map((t) => t.name));
      return [...new Set(CONSUMERS.filter((c) => EVENTS.some((e) => c.events.includes(e.type) && topics.has(e.topic))).map((c) => c.service))];
    };
    expect(readers('staffing-only')).toEqual(['staffing']);
    expect(readers('wellness-only')).toEqual(['wellness']);
    const declaration = EVENTS.find((e) => e.topic === 'wellness.psych-declaration.v1')!;
    // Plus districtId: the tenant (equal to ce_districtid), not a wellness fact.
    expect(Object.keys(declaration.schema.properties ?? {}).sort()).toEqual(['candidateId', 'declarationId', 'declaredOn', 'districtId', 'evaluatorLicense', 'result']);
  });

  it('gives every payload an optional tenant districtId, except the registry, whose districtId is the district described', () => {
    for (const e of EVENTS) {
      const registry = e.topic === STAFFING_DISTRICT_TOPIC;
      expect([e.type, carriesTenantDistrict(e)]).toEqual([e.type, !registry]);
      if (registry) expect(e.schema.required).toContain('districtId');
      else {
        expect(e.schema.properties?.districtId).toMatchObject({ type: 'string', pattern: DISTRICT_ID_PATTERN });
        expect(e.schema.required ?? []).not.toContain('districtId');
      }
    }
  });

  it('keeps clinical-only topics away from police-side consumers', () => {
    const clinicalOnly = new Set(TOPICS.filter((t) => t.audience === 'clinical-only').map((t) => t.name));
    for (const c of CONSUMERS.filter((c) => c.service !== 'support-plans')) {
      const topics = EVENTS.filter((e) => c.events.includes(e.type)).map((e) => e.topic);
      expect(topics.filter((t) => clinicalOnly.has(t))).toEqual([]);
    }
  });
});
