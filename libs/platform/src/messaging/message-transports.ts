import { Injectable } from '@nestjs/common';
import type { CustomTransportStrategy } from '@nestjs/microservices';

/**
 * Transports that deliver messages to the service's @EventPattern handlers (libs/messaging
 * registers its inbox here). createServiceApp connects and starts each one, so a service that
 * consumes events needs no wiring of its own, and one that does not (the portal) starts none.
 */
@Injectable()
export class MessageTransports {
  private readonly strategies: CustomTransportStrategy[] = [];

  register<T extends CustomTransportStrategy>(strategy: T): T {
    this.strategies.push(strategy);
    return strategy;
  }

  all(): readonly CustomTransportStrategy[] {
    return this.strategies;
  }
}
