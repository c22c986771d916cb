import { Controller, Get, HttpException, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators.js';
import { databaseRoles } from '../tenancy/database-roles.js';
import { ServiceConfig } from '../config/service-config.js';
import { Problem } from '../errors/problem.js';
import { DatabaseProbe } from './database-probe.js';

/** Readiness checks beyond the database (the Kafka broker registers one here). */
@Injectable()
export class ReadinessChecks {
  private readonly checks: HealthIndicatorFunction[] = [];

  add(check: HealthIndicatorFunction): void {
    this.checks.push(check);
  }

  list(): HealthIndicatorFunction[] {
    return [...this.checks];
  }
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController implements OnModuleDestroy {
  private readonly database: DatabaseProbe;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly readiness: ReadinessChecks,
    config: ServiceConfig,
  ) {
    // The role the service's queries run as: readiness says whether they can connect.
    this.database = new DatabaseProbe(databaseRoles(config).appUrl, `${config.service}:readiness`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.database.close();
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process is up and serving HTTP' })
  @ApiOkResponse({ schema: { example: { status: 'ok', info: {}, error: {}, details: {} } } })
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database answers, and the Kafka broker when KAFKA_BROKERS is set' })
  @ApiOkResponse({ schema: { example: { status: 'ok', info: { database: { status: 'up' } }, error: {}, details: {} } } })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down (problem+json, HEALTH.NOT_READY)' })
  @HealthCheck()
  async ready() {
    try {
      return await this.health.check([() => this.databaseCheck(), ...this.readiness.list()]);
    } catch (err) {
      if (err instanceof HttpException) {
        throw new Problem(503, 'HEALTH.NOT_READY', 'A dependency is not ready', { checks: err.getResponse() });
      }
      throw err;
    }
  }

  /** On the probe's own connection, never the request pool (which may be busy or exhausted). */
  private async databaseCheck() {
    const indicator = this.indicators.check('database');
    try {
      await this.database.ping(1500);
      return indicator.up();
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }
}
