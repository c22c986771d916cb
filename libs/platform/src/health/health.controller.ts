import { Controller, Get, HttpException, Injectable } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthIndicatorFunction, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators.js';
import { Problem } from '../errors/problem.js';

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
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly readiness: ReadinessChecks,
  ) {}

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
      return await this.health.check([() => this.db.pingCheck('database').withTimeout(1500), ...this.readiness.list()]);
    } catch (err) {
      if (err instanceof HttpException) {
        throw new Problem(503, 'HEALTH.NOT_READY', 'A dependency is not ready', { checks: err.getResponse() });
      }
      throw err;
    }
  }
}
