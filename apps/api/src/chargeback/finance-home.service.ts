import { Injectable } from '@nestjs/common';
import {
  AccountingMonth,
  addAccountingMonths,
  ChargeTotal,
  FieldProblemError,
  StatementSet,
} from '@tokenroll/domain';
import { BusinessClock } from '../clock/business-clock';
import { AccountingPeriodsService } from '../ledger/accounting-periods.service';
import { ChargeLinesService } from './charge-lines.service';
import { ChargebackSettings, ChargebackSettingsService } from './chargeback-settings.service';
import { CloseChecklist, PeriodCloseService } from './period-close.service';
import { StatementsService } from './statements.service';

export interface CostCentreSpend {
  costCentre: string;
  spentMicros: bigint;
  grantedMicros: bigint;
}

export interface FinanceHome {
  month: AccountingMonth;
  currency: string;
  mode: ChargebackSettings['mode'];
  /** This month so far: charged (all categories) and allowance granted, by cost centre (engineers' home team). */
  byCostCentre: CostCentreSpend[];
  /** The last 12 months (this one last): each month's total and whether it is closed. */
  trend: { month: AccountingMonth; totalMicros: bigint; closed: boolean }[];
  /** Why this month's shared cost cannot be allocated yet (its spend by cost centre then leaves it out). */
  allocationProblem: string | null;
  /** The checklist of the next month to close, when one is due. */
  nextClose: CloseChecklist | null;
  /** The last month closed, with its statements. */
  lastClosed: StatementSet | null;
}

/** What FINANCE lands on: this month by cost centre, the 12-month trend, the close to come, the last one done. */
@Injectable()
export class FinanceHomeService {
  constructor(
    private readonly clock: BusinessClock,
    private readonly chargeLines: ChargeLinesService,
    private readonly statements: StatementsService,
    private readonly settings: ChargebackSettingsService,
    private readonly periods: AccountingPeriodsService,
    private readonly close: PeriodCloseService,
  ) {}

  async home(): Promise<FinanceHome> {
    const month = (await this.clock.companyToday()).slice(0, 7);
    const settings = await this.settings.settings();
    let totals: ChargeTotal[] = [];
    let allocationProblem: string | null = null;
    try {
      totals = await this.chargeLines.totals(month);
    } catch (error) {
      // A policy without a basis this month (e.g. pro rata before anyone spent): say so, show the rest.
      if (!(error instanceof FieldProblemError)) throw error;
      allocationProblem = error.message;
    }
    const allowances = await this.statements.monthAllowances(month, totals);
    const centres = new Map<string, CostCentreSpend>();
    const centre = (costCentre: string) => {
      const into = centres.get(costCentre) ?? { costCentre, spentMicros: 0n, grantedMicros: 0n };
      centres.set(costCentre, into);
      return into;
    };
    for (const total of totals) centre(total.costCentre).spentMicros += total.costMicros;
    for (const allowance of allowances) centre(allowance.costCentre).grantedMicros += allowance.grantedMicros;
    const trend = [];
    for (let back = 11; back >= 0; back -= 1) {
      const each = addAccountingMonths(month, -back);
      trend.push({
        month: each,
        totalMicros: await this.chargeLines.monthTotal(each),
        closed: await this.chargeLines.isClosed(each),
      });
    }
    const due = (await this.periods.list()).find((period) => period.closable);
    const closes = await this.close.closes();
    return {
      month,
      currency: await this.statements.currency(),
      allocationProblem,
      mode: settings.mode,
      byCostCentre: [...centres.values()].sort((a, b) => (a.costCentre < b.costCentre ? -1 : 1)),
      trend,
      nextClose: due ? await this.close.checklist(due.month) : null,
      lastClosed: closes.length ? await this.statements.statements(closes[0].month) : null,
    };
  }
}
