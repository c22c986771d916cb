import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PortalConfig } from '../portal-config.js';

type UpstreamState = 'up' | 'down';

@ApiTags('health')
@Controller('health')
export class PortalHealthController {
  constructor(private readonly config: PortalConfig) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness' })
  live() {
    return { status: 'ok' };
  }

  /** Ready as soon as it serves: one service being down must not hide the others' docs. */
  @Get('ready')
  @ApiOperation({ summary: 'Readiness, with each upstream service for information' })
  @ApiOkResponse({ schema: { example: { status: 'ok', upstreams: { incidents: 'up', staffing: 'down' } } } })
  async ready() {
    const states = await Promise.all(
      this.config.upstreams.map(async (u): Promise<[string, UpstreamState]> => {
        try {
          const res = await fetch(`${u.url}/health/ready`, { signal: AbortSignal.timeout(1500) });
          return [u.service.name, res.ok ? 'up' : 'down'];
        } catch {
          return [u.service.name, 'down'];
        }
      }),
    );
    return { status: 'ok', upstreams: Object.fromEntries(states) };
  }
}
