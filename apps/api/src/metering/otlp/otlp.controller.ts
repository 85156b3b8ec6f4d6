import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OtlpExportRequest, OtlpExportResponse } from '../../common/openapi';
import { Writer } from 'protobufjs/light';
import { BusinessClock } from '../../clock/business-clock';
import { AppError } from '../../common/app-error';
import { CurrentMachine, MachineAuth, MachineCallerInfo } from '../../common/decorators';
import { MAX_AGE_MS, MAX_FUTURE_SKEW_MS } from '../machine-input';
import { decodeLogs, decodeMetrics, OtlpDecodeError } from './otlp-decode';
import { OtlpOutcome, OtlpService } from './otlp.service';
import { MachineRateLimited } from '../../rate-limits/machine-rate-limits';

/** What an export left out (OTLP partial success): how many data points or log records, and why. */
interface Rejections {
  count: number;
  problems: string[];
}

const rejections = (): Rejections => ({ count: 0, problems: [] });

function reject(into: Rejections, problem: string): void {
  into.count++;
  if (into.problems.length < 5) into.problems.push(problem);
}

/** Items whose time the receiver keeps (the window of a usage batch): the others are rejected. */
function inWindow<T extends { timeUnixNano: string }>(
  items: T[],
  now: number,
  into: Rejections,
  what: (item: T) => string,
): T[] {
  return items.filter((item) => {
    const ms = BigInt(item.timeUnixNano) / 1_000_000n;
    if (ms > BigInt(now + MAX_FUTURE_SKEW_MS)) reject(into, `${what(item)}: timeUnixNano is in the future`);
    else if (ms < BigInt(now - MAX_AGE_MS))
      reject(into, `${what(item)}: timeUnixNano is more than 400 days ago`);
    else return true;
    return false;
  });
}

/**
 * ExportMetricsServiceResponse / ExportLogsServiceResponse: empty when all was kept, else `partial_success`
 * (field 1) with the rejected count (field 1, int64) and an English `error_message` (field 2).
 */
function exportResponse(
  protobuf: boolean,
  rejected: Rejections,
  countField: 'rejectedDataPoints' | 'rejectedLogRecords',
): Buffer | Record<string, unknown> {
  if (!rejected.count) return protobuf ? Buffer.alloc(0) : {};
  const more = rejected.count - rejected.problems.length;
  const errorMessage = `${rejected.count} rejected: ${rejected.problems.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
  if (!protobuf) return { partialSuccess: { [countField]: String(rejected.count), errorMessage } };
  const writer = Writer.create();
  writer.uint32((1 << 3) | 2).fork();
  writer.uint32((1 << 3) | 0).int64(rejected.count);
  writer.uint32((2 << 3) | 2).string(errorMessage);
  writer.ldelim();
  return Buffer.from(writer.finish());
}

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
  constructor(
    private readonly otlp: OtlpService,
    private readonly clock: BusinessClock,
  ) {}

  /**
   * The answer's headers now and its body returned: Nest sends it once the request's tenant transaction has
   * committed (`passthrough`), so a collector never hears "accepted" for telemetry a failed COMMIT lost, and
   * what it sent is readable as soon as it has the answer.
   */
  private answer(
    reply: Reply,
    contentType: string | undefined,
    outcome: OtlpOutcome,
    rejected: Rejections,
    countField: 'rejectedDataPoints' | 'rejectedLogRecords',
  ): Buffer | Record<string, unknown> {
    reply.header('x-tokenroll-outcome', JSON.stringify({ ...outcome, rejected: rejected.count }));
    const protobuf = (contentType ?? '').toLowerCase().startsWith('application/x-protobuf');
    reply.header('content-type', protobuf ? 'application/x-protobuf' : 'application/json');
    return exportResponse(protobuf, rejected, countField);
  }

  @MachineAuth('usage:write')
  @Post('metrics')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Claude Code metrics (OTLP http/json or http/protobuf): token usage, cost, productivity. Data points that cannot be kept are left out and counted in `partialSuccess`.',
  })
  @ApiConsumes('application/json', 'application/x-protobuf')
  @ApiBody({ type: OtlpExportRequest })
  @ApiOkResponse({ type: OtlpExportResponse })
  async metrics(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @CurrentMachine() machine: MachineCallerInfo,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer | Record<string, unknown>> {
    const rejected = rejections();
    const decodedPoints = decoded(() =>
      decodeMetrics(body as Buffer, contentType ?? '', (problem) => reject(rejected, problem.message)),
    );
    const points = inWindow(decodedPoints, this.clock.now().getTime(), rejected, (point) => point.metric);
    const outcome = await this.otlp.receiveMetrics(points, machine.engineerId);
    for (const problem of outcome.rejections) reject(rejected, problem);
    const { rejections: _kept, ...counts } = outcome;
    return this.answer(reply, contentType, counts as OtlpOutcome, rejected, 'rejectedDataPoints');
  }

  @MachineAuth('usage:write')
  @Post('logs')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Claude Code events (OTLP logs): api_request events count as activity. Records that cannot be kept are left out and counted in `partialSuccess`.',
  })
  @ApiConsumes('application/json', 'application/x-protobuf')
  @ApiBody({ type: OtlpExportRequest })
  @ApiOkResponse({ type: OtlpExportResponse })
  async logs(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @CurrentMachine() machine: MachineCallerInfo,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer | Record<string, unknown>> {
    const rejected = rejections();
    const decodedRecords = decoded(() =>
      decodeLogs(body as Buffer, contentType ?? '', (problem) => reject(rejected, problem.message)),
    );
    const records = inWindow(
      decodedRecords,
      this.clock.now().getTime(),
      rejected,
      (record) => record.eventName || 'log record',
    );
    const outcome = await this.otlp.receiveLogs(records, machine.engineerId);
    const { rejections: _kept, ...counts } = outcome;
    return this.answer(reply, contentType, counts as OtlpOutcome, rejected, 'rejectedLogRecords');
  }
}
