import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppError } from '../../common/app-error';
import { CurrentMachine, MachineAuth, MachineCallerInfo } from '../../common/decorators';
import { decodeLogs, decodeMetrics, OtlpDecodeError } from './otlp-decode';
import { OtlpOutcome, OtlpService } from './otlp.service';

interface Reply {
  header(name: string, value: string): Reply;
  send(body: unknown): void;
}

function decoded<T>(decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof OtlpDecodeError)
      throw new AppError('BAD_USER_INPUT', `Malformed OTLP export: ${error.message}`, [
        { field: error.field, message: error.message },
      ]);
    throw error;
  }
}

/**
 * OTLP over HTTP for Claude Code (`OTEL_EXPORTER_OTLP_ENDPOINT=<origin>/v1/otlp`): the exporter appends
 * `/v1/metrics` and `/v1/logs`. Answers in the request's encoding: an empty ExportServiceResponse.
 */
@ApiTags('otlp')
@ApiBearerAuth()
@Controller('v1/otlp/v1')
export class OtlpController {
  constructor(private readonly otlp: OtlpService) {}

  private answer(reply: Reply, contentType: string | undefined, outcome: OtlpOutcome): void {
    reply.header('x-tokenroll-outcome', JSON.stringify(outcome));
    if ((contentType ?? '').toLowerCase().startsWith('application/x-protobuf')) {
      reply.header('content-type', 'application/x-protobuf').send(Buffer.alloc(0));
    } else {
      reply.header('content-type', 'application/json').send({});
    }
  }

  @MachineAuth('usage:write')
  @Post('metrics')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Claude Code metrics (OTLP http/json or http/protobuf): token usage, cost, productivity.',
  })
  async metrics(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @CurrentMachine() machine: MachineCallerInfo,
    @Res() reply: Reply,
  ): Promise<void> {
    const points = decoded(() => decodeMetrics(body as Buffer, contentType ?? ''));
    this.answer(reply, contentType, await this.otlp.receiveMetrics(points, machine.engineerId));
  }

  @MachineAuth('usage:write')
  @Post('logs')
  @HttpCode(200)
  @ApiOperation({ summary: 'Claude Code events (OTLP logs): api_request events count as activity.' })
  async logs(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @CurrentMachine() machine: MachineCallerInfo,
    @Res() reply: Reply,
  ): Promise<void> {
    const records = decoded(() => decodeLogs(body as Buffer, contentType ?? ''));
    this.answer(reply, contentType, await this.otlp.receiveLogs(records, machine.engineerId));
  }
}
