import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { defineEvent, type CloudEvent } from '#contracts';
import type { EventHandler } from '#messaging';

// The event the reliability tests push through the pipeline, and the projection that applies it.
// No test helpers here: the kill -9 worker imports this file from dist.
export interface Step {
  aggregateId: string;
  seq: number;
}
export const PIPELINE_TOPIC = 'test.pipeline.v1';
export const StepEvent = defineEvent<Step>({
  type: 'test.pipeline.step',
  topic: PIPELINE_TOPIC,
  version: 1,
  summary: 'one step of an aggregate',
  keyField: 'aggregateId',
  schema: { type: 'object', additionalProperties: false, required: ['aggregateId', 'seq'], properties: { aggregateId: { type: 'string', minLength: 1 }, seq: { type: 'integer', minimum: 1 } } },
  example: { aggregateId: 'a', seq: 1 },
});

export class CreateApplied1764900009999 implements MigrationInterface {
  name = 'CreateApplied1764900009999';
  async up(q: QueryRunner) {
    await q.query(`CREATE TABLE applied (id bigserial PRIMARY KEY, event_id text NOT NULL, aggregate text NOT NULL, seq integer NOT NULL)`);
  }
  async down() {}
}

export class Projector implements EventHandler {
  readonly consumer = 'test.pipeline-projector';
  readonly handles = [StepEvent];
  async handle(event: CloudEvent, em: EntityManager) {
    const step = event.data as Step;
    await em.query('INSERT INTO applied (event_id, aggregate, seq) VALUES ($1, $2, $3)', [event.id, step.aggregateId, step.seq]);
  }
}

