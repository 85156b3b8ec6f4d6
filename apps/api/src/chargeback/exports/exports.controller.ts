import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Logger } from '@nestjs/common';
import { STATEMENT_KINDS } from '@tokenroll/domain';
import { Role } from '../../auth/role';
import { AppError } from '../../common/app-error';
import { MachineOrSessionAuth } from '../../common/decorators';
import { ProblemResponse } from '../../common/openapi';
import { ExportsService } from './exports.service';
import { StatementsResponse, statementsResponse } from './exports.dto';
import { fileSafe, StatementPdf, statementPdfName } from './statement-pdf';

const PERIOD_QUERY = {
  name: 'period',
  required: true,
  description:
    'A month (YYYY-MM), a calendar quarter (YYYY-Qn) or a fiscal year (FYyyyy); not in the future.',
  example: '2026-11',
} as const;

const FINANCE_ROLES = [Role.FINANCE, Role.ADMIN];

/**
 * The finance desk's files for machines (an API key with the `finance:read` scope: a BI tool's nightly
 * pull) and for signed-in FINANCE / ADMIN members (the web app downloads the same files with its token).
 */
@ApiTags('finance')
@ApiBearerAuth()
@ApiForbiddenResponse({
  type: ProblemResponse,
  description: 'A key without finance:read, or a role other than FINANCE / ADMIN.',
})
@Controller('v1')
export class ExportsController {
  private readonly logger = new Logger(ExportsController.name);

  constructor(
    private readonly exports: ExportsService,
    private readonly pdf: StatementPdf,
  ) {}

  @MachineOrSessionAuth('finance:read', FINANCE_ROLES)
  @Get('statements')
  @ApiOperation({
    summary:
      'The statements of a period (one per team and per cost centre), or the one named by kind and key.',
  })
  @ApiQuery(PERIOD_QUERY)
  @ApiQuery({ name: 'kind', required: false, enum: STATEMENT_KINDS })
  @ApiQuery({
    name: 'key',
    required: false,
    description: 'Team id (CENTRAL: held centrally) or cost-centre code; with kind.',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'], description: 'json (default) or csv.' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    type: StatementsResponse,
    description: 'JSON; as CSV one row per statement line (TOTAL first).',
  })
  async statements(
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('period') period?: string,
    @Query('kind') kind?: string,
    @Query('key') key?: string,
    @Query('format') format = 'json',
  ): Promise<StatementsResponse | string> {
    if (format !== 'json' && format !== 'csv')
      throw AppError.badInput([{ field: 'format', message: 'must be json or csv' }]);
    const { set, statements } = await this.exports.statements(period, kind, key);
    if (format === 'json') return statementsResponse(set, statements);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="statements-${fileSafe(set.period)}.csv"`);
    return this.exports.statementsCsv(set, statements);
  }

  @MachineOrSessionAuth('finance:read', FINANCE_ROLES)
  @Get('statements/:kind/:key.pdf')
  @ApiOperation({
    summary: 'One team’s or cost centre’s statement as a PDF (same bytes every time for a closed month).',
  })
  @ApiParam({ name: 'kind', enum: STATEMENT_KINDS })
  @ApiParam({ name: 'key', description: 'Team id (CENTRAL: held centrally) or cost-centre code.' })
  @ApiQuery(PERIOD_QUERY)
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PDF.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async statementPdf(
    @Param('kind') kind: string,
    @Param('key') key: string,
    @Query('period') period?: string,
  ): Promise<StreamableFile> {
    const { set, statements } = await this.exports.statements(period, kind, key);
    const document = {
      ...statements[0],
      period: set.period,
      months: set.months,
      currency: set.currency,
      closed: set.closed,
    };
    return new StreamableFile(await this.pdf.pdf(document), {
      type: 'application/pdf',
      disposition: `attachment; filename="${statementPdfName(document)}"`,
    });
  }

  @MachineOrSessionAuth('finance:read', FINANCE_ROLES)
  @Get('exports/focus')
  @ApiOperation({
    summary:
      'The FOCUS 1.2 cost and usage file of a period (CSV, streamed): one row per engineer × day × model × charge; Σ BilledCost = the statements’ total.',
  })
  @ApiQuery(PERIOD_QUERY)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV (RFC 4180), FOCUS 1.2 columns then x_Team, x_CostCentre, x_Engineer.',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  async focus(@Res() reply: FastifyReply, @Query('period') period?: string): Promise<void> {
    const months = await this.exports.months(period);
    const body = new PassThrough();
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="focus-${fileSafe(period ?? '')}.csv"`)
      .send(body);
    // Awaited here so the tenant transaction (and the cursor behind the lines) stays open while it streams;
    // the PassThrough pushes back when the client reads slowly, so memory stays flat.
    try {
      await pipeline(Readable.from(this.exports.focusCsv(months)), body);
    } catch (error) {
      // The status line is gone: the client sees a cut-off body, never a half file passed as whole.
      this.logger.error(`FOCUS export of ${period} stopped: ${(error as Error).message}`);
      body.destroy(error as Error);
    }
  }

  @MachineOrSessionAuth('finance:read', FINANCE_ROLES)
  @Get('exports/gl')
  @ApiOperation({
    summary:
      'The GL journal of a period (CSV): per month and cost centre, debit AI-tooling expense, credit provider payable (closed month) or accrual (open month). 409 in showback mode.',
  })
  @ApiQuery(PERIOD_QUERY)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV: JournalDate, Reference, Account, CostCentre, Debit, Credit, Currency, Memo.',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  async gl(
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('period') period?: string,
  ): Promise<string> {
    const csv = await this.exports.glCsv(await this.exports.months(period));
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="gl-journal-${fileSafe(period ?? '')}.csv"`);
    return csv;
  }
}
