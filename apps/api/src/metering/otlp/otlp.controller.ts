import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppError } from '../../common/app-error';
import { CurrentMachine, MachineAuth, MachineCallerInfo } from '../../common/decorators';
import { decodeLogs, decodeMetrics, OtlpDecodeError } from './otlp-decode';
import { OtlpOutcome, OtlpService } from './otlp.service';
import { MachineRateLimited } from '../../rate-limits/machine-rate-limits';

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
@MachineRateLimited()
@Controller('v1/otlp/v1')
export class OtlpController {
  constructor(private readonly otlp: OtlpService) {}

  /**
   * The answer's headers now and its body returned: Nest sends it once the request's tenant transaction has
   * committed (`passthrough`), so a collector never hears "accepted" for telemetry a failed COMMIT lost, and
   * what it sent is readable as soon as it has the answer.
   */
  private answer(
    reply: Reply,
    contentType: string | undefined,
    outcome: OtlpOutcome,
  ): Buffer | Record<string, never> {
    reply.header('x-tokenroll-outcome', JSON.stringify(outcome));
    if ((contentType ?? '').toLowerCase().startsWith('application/x-protobuf')) {
      reply.header('content-type', 'application/x-protobuf');
      return Buffer.alloc(0);
    }
    reply.header('content-type', 'application/json');
    return {};
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
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer | Record<string, never>> {
    const points = decoded(() => decodeMetrics(body as Buffer, contentType ?? ''));
    return this.answer(reply, contentType, await this.otlp.receiveMetrics(points, machine.engineerId));
  }

  @MachineAuth('usage:write')
  @Post('logs')
  @HttpCode(200)
  @ApiOperation({ summary: 'Claude Code events (OTLP logs): api_request events count as activity.' })
  async logs(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @CurrentMachine() machine: MachineCallerInfo,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer | Record<string, never>> {
    const records = decoded(() => decodeLogs(body as Buffer, contentType ?? ''));
    return this.answer(reply, contentType, await this.otlp.receiveLogs(records, machine.engineerId));
  }
}
