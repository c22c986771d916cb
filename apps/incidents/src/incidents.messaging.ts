import { MessagingModule } from '#messaging';

/**
 * The service's one messaging module (outbox relay, inbox transport). Nest tells dynamic modules
 * apart by reference, so every feature imports this same object: a second forService() would
 * start a second relay and register a second inbox transport.
 */
export const IncidentsMessaging = MessagingModule.forService('incidents');
