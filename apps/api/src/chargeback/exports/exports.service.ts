import { Injectable } from '@nestjs/common';
import {
  CENTRAL_STATEMENT_KEY,
  focusCsvHeader,
  focusCsvLine,
  focusRow,
  glJournal,
  glJournalCsv,
  microsToDecimal,
  csvField,
  STATEMENT_KINDS,
  type AccountingMonth,
  type Statement,
  type StatementKind,
  type StatementSet,
} from '@tokenroll/domain';
import { BusinessClock } from '../../clock/business-clock';
import { AppError } from '../../common/app-error';
import { CompaniesService } from '../../companies/companies.service';
import { ChargeLinesService } from '../charge-lines.service';
import { ChargebackSettingsService } from '../chargeback-settings.service';
import { StatementsService } from '../statements.service';

/** The `period` query parameter: one text, required. */
function periodKey(value: unknown): string {
  if (typeof value !== 'string' || !value.trim())
    throw AppError.badInput([{ field: 'period', message: 'is required: YYYY-MM, YYYY-Qn or FYyyyy (once)' }]);
  return value.trim();
}

/** An optional query parameter given at most once, as text. */
function optionalText(field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value.trim() || value.length > 200)
    throw AppError.badInput([{ field, message: 'must be given once, as text of at most 200 characters' }]);
  return value.trim();
}

/** A statement set's figures without its statements (one statement's, when one was asked for). */
export type StatementSetHeader = Omit<StatementSet, 'teams' | 'costCentres'>;

/** About how many bytes of CSV the FOCUS stream hands the socket at a time. */
const FOCUS_CHUNK_BYTES = 64 * 1024;

export const STATEMENT_CSV_COLUMNS = [
  'Period',
  'StatementKind',
  'StatementKey',
  'StatementName',
  'Section',
  'ItemKey',
  'ItemName',
  'OriginalMonth',
  'Amount',
  'Currency',
] as const;

/**
 * The finance desk's exports: statements as CSV / JSON / PDF, the FOCUS 1.2 file (streamed month by month
 * from the charge lines, never held whole in memory) and the GL journal. Every figure is a sum of the
 * period's charge lines, so the files agree with the statements to the micro-unit.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly chargeLines: ChargeLinesService,
    private readonly statementsService: StatementsService,
    private readonly settings: ChargebackSettingsService,
    private readonly companies: CompaniesService,
    private readonly clock: BusinessClock,
  ) {}

  /**
   * The months of a period key, checked by the statements' own rule (a month, quarter or fiscal year that
   * has started; a malformed or future period is a 400 naming `period`), up to this month.
   */
  async months(period: unknown): Promise<AccountingMonth[]> {
    const { months } = await this.statementsService.period(periodKey(period));
    const current = (await this.clock.companyToday()).slice(0, 7);
    // A quarter or year under way: its months up to this one (later months have no lines yet).
    return months.filter((month) => month <= current);
  }

  /** The FOCUS file of a period as CSV chunks, header first, month by month (streamed from a cursor). */
  async *focusCsv(months: readonly AccountingMonth[]): AsyncGenerator<string> {
    const company = await this.companies.current();
    let chunk = focusCsvHeader();
    for (const month of months) {
      const context = { month, currency: company.currency, companyId: company.id, companyName: company.name };
      for await (const line of this.chargeLines.lines(month)) {
        chunk += focusCsvLine(focusRow(line, context));
        if (chunk.length >= FOCUS_CHUNK_BYTES) {
          yield chunk;
          chunk = '';
        }
      }
    }
    if (chunk) yield chunk;
  }

  /** The GL journal of a period as CSV; showback keeps no journal (409). */
  async glCsv(months: readonly AccountingMonth[]): Promise<string> {
    const settings = await this.settings.settings();
    if (settings.mode === 'SHOWBACK')
      throw new AppError(
        'CONFLICT',
        'showback: no journal entries (the company shows costs to teams without booking them; switch to chargeback in the allocation settings)',
        [{ field: 'mode', message: 'is SHOWBACK' }],
      );
    const company = await this.companies.current();
    const journal = [];
    for (const month of months) {
      const lines: { costCentre: string; costMicros: bigint }[] = [];
      // Only the two fields the journal needs are kept: a month of lines is summed per cost centre.
      const totals = new Map<string, bigint>();
      for await (const line of this.chargeLines.lines(month))
        totals.set(line.costCentre, (totals.get(line.costCentre) ?? 0n) + line.costMicros);
      for (const [costCentre, costMicros] of totals) lines.push({ costCentre, costMicros });
      journal.push(
        ...glJournal(
          [{ month, closed: await this.chargeLines.isClosed(month), lines }],
          {
            expenseAccount: settings.glExpenseAccount,
            payableAccount: settings.glPayableAccount,
            accrualAccount: settings.glAccrualAccount,
          },
          company.currency,
        ),
      );
    }
    return glJournalCsv(journal);
  }

  /** The statements of a period (all of them, or the one named by kind and key), with the period's figures. */
  async statements(
    periodParam: unknown,
    kindParam: unknown,
    keyParam: unknown,
  ): Promise<{ set: StatementSetHeader; statements: Statement[] }> {
    const period = periodKey(periodParam);
    const kind = optionalText('kind', kindParam);
    const key = optionalText('key', keyParam);
    if ((kind === undefined) !== (key === undefined)) {
      const missing = kind === undefined ? 'kind' : 'key';
      throw AppError.badInput([{ field: missing, message: 'name both kind and key, or neither' }]);
    }
    if (kind !== undefined && !(STATEMENT_KINDS as readonly string[]).includes(kind))
      throw AppError.badInput([{ field: 'kind', message: `must be one of ${STATEMENT_KINDS.join(', ')}` }]);
    if (kind === undefined) {
      const { teams, costCentres, ...set } = await this.statementsService.statements(period);
      return { set, statements: [...teams, ...costCentres] };
    }
    const {
      period: key_,
      months,
      currency,
      closed,
      ...statement
    } = await this.statementsService.statement(period, kind as StatementKind, key ?? '');
    const category = (name: string) => statement.byCategory.find((row) => row.key === name)?.costMicros ?? 0n;
    const set: StatementSetHeader = {
      period: key_,
      months,
      currency,
      closed,
      mode: (await this.settings.settings()).mode,
      totalMicros: statement.totalMicros,
      usageMicros: category('USAGE'),
      adjustmentMicros: category('ADJUSTMENT'),
      sharedMicros: category('SHARED'),
      unabsorbedMicros: category('UNABSORBED'),
    };
    return { set, statements: [statement] };
  }

  /** Statements as CSV: per statement a TOTAL row, then its breakdowns, adjustments and allowances spent. */
  statementsCsv(set: StatementSetHeader, statements: readonly Statement[]): string {
    let out = `${STATEMENT_CSV_COLUMNS.join(',')}\r\n`;
    const row = (
      statement: Statement,
      section: string,
      itemKey: string,
      itemName: string,
      originalMonth: string | null,
      micros: bigint,
    ) => {
      out += [
        set.period,
        statement.kind,
        statement.key,
        statement.name,
        section,
        itemKey,
        itemName,
        originalMonth,
        microsToDecimal(micros),
        set.currency,
      ]
        .map((value) => csvField(value))
        .join(',');
      out += '\r\n';
    };
    for (const statement of statements) {
      row(statement, 'TOTAL', statement.key, statement.name, null, statement.totalMicros);
      if (statement.previousTotalMicros !== null)
        row(
          statement,
          'PREVIOUS_PERIOD_TOTAL',
          statement.key,
          statement.name,
          null,
          statement.previousTotalMicros,
        );
      const sections: [string, Statement['byEngineer']][] = [
        ['CATEGORY', statement.byCategory],
        ['ENGINEER', statement.byEngineer],
        ['MODEL', statement.byModel],
        ['PROVIDER', statement.byProvider],
        ['TOOL', statement.byTool],
      ];
      for (const [section, amounts] of sections)
        for (const amount of amounts)
          row(statement, section, amount.key, amount.name, null, amount.costMicros);
      for (const adjustment of statement.adjustments)
        row(
          statement,
          'ADJUSTMENT',
          adjustment.engineerId ?? CENTRAL_STATEMENT_KEY,
          adjustment.engineerName ?? 'Shared',
          adjustment.originalMonth,
          adjustment.costMicros,
        );
      for (const allowance of statement.allowances) {
        if (allowance.grantedMicros !== null)
          row(
            statement,
            'ALLOWANCE_GRANTED',
            allowance.engineerId,
            allowance.engineerName,
            null,
            allowance.grantedMicros,
          );
        row(
          statement,
          'ALLOWANCE_SPENT',
          allowance.engineerId,
          allowance.engineerName,
          null,
          allowance.spentMicros,
        );
      }
    }
    return out;
  }
}
