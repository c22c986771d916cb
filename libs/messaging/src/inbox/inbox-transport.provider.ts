import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DistrictDirectory, MessageTransports, Metrics, ServiceConfig } from '#platform';
import { EventValidator } from '../schema/event-validator.js';
import { InboxTransport } from './inbox-transport.js';

/** The service's inbox, registered for createServiceApp to connect (Nest then binds the @InboxConsumer controllers to it). */
function inboxTransport(config: ServiceConfig, dataSource: DataSource, metrics: Metrics, transports: MessageTransports, districts: DistrictDirectory): InboxTransport {
  return transports.register(
    new InboxTransport({
      dataSource,
      validator: new EventValidator(),
      service: config.service,
      runner: {
        maxAttempts: config.CONSUMER_MAX_ATTEMPTS,
        retryBackoffMs: config.CONSUMER_RETRY_BACKOFF_MS,
        maxBatchEvents: config.CONSUMER_BATCH_MAX_EVENTS,
        maxWaitTimeInMs: config.KAFKA_FETCH_MAX_WAIT_MS,
        sessionTimeout: config.KAFKA_SESSION_TIMEOUT_MS,
        heartbeatInterval: config.KAFKA_HEARTBEAT_INTERVAL_MS,
        commitIntervalMs: config.KAFKA_COMMIT_INTERVAL_MS,
        registry: metrics.registry,
        defaultDistrictId: config.DEFAULT_DISTRICT_ID,
        timeZoneOf: (districtId) => districts.timeZoneOf(districtId),
      },
    }),
  );
}

export const INBOX_TRANSPORT_PROVIDER: Provider = {
  provide: InboxTransport,
  useFactory: inboxTransport,
  inject: [ServiceConfig, DataSource, Metrics, MessageTransports, DistrictDirectory],
};
