import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../common/decorators';
import { metricsRegistry } from './metrics';

interface ReplyLike {
  status(code: number): ReplyLike;
  send(body: unknown): void;
}

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

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

  /** Prometheus text exposition. */
  @Public()
  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
