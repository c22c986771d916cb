import { MessagingModule } from '#messaging';

/**
 * The service's one messaging module (outbox, inbox transport, relay), imported by each feature that
 * publishes or consumes events. One object on purpose: Nest tells dynamic modules apart by reference,
 * so a second forService() would start a second relay and inbox.
 */
export const TrainingMessaging = MessagingModule.forService('training');
