import {
  Controller,
  Get,
  Header,
  Headers,
  Inject,
  NotFoundException,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { ApiExcludeController } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../common/decorators';
import { APP_CONFIG, AppConfig } from '../config/config';
import { metricsRegistry } from './metrics';

interface ReplyLike {
  status(code: number): ReplyLike;
  send(body: unknown): void;
}

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Process and database health, for load balancers and orchestrators. */
  @Public()
  @Get('healthz')
  async health(@Res() reply: ReplyLike): Promise<void> {
    const started = Date.now();
    try {
      await this.dataSource.query('select 1');
      reply.status(200).send({ status: 'ok', database: 'ok', databaseLatencyMs: Date.now() - started });
    } catch {
      reply.status(503).send({ status: 'error', database: 'unreachable' });
    }
  }

  /**
   * Prometheus text exposition, for a scraper that sends `Authorization: Bearer <METRICS_TOKEN>`. Without a
   * METRICS_TOKEN it is open in development and test and off in production (not public diagnostics).
   */
  @Public()
  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(@Headers('authorization') authorization: string | undefined): Promise<string> {
    const token = this.config.metricsToken;
    if (token === undefined) {
      if (this.config.nodeEnv === 'production') throw new NotFoundException('No route /metrics');
    } else if (!sameSecret(/^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '', token)) {
      throw new UnauthorizedException('/metrics needs Authorization: Bearer <METRICS_TOKEN>');
    }
    return metricsRegistry.metrics();
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
