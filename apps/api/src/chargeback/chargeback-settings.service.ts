import { Injectable } from '@nestjs/common';
import { ALLOCATION_POLICIES, AllocationPolicy, CHARGEBACK_MODES, ChargebackMode } from '@tokenroll/domain';
import { AuditService } from '../audit/audit.service';
import { AppError, FieldError } from '../common/app-error';
import { TenancyService } from '../database/tenancy.service';

/** A company's chargeback settings (a company that never saved them has DEFAULT_CHARGEBACK_SETTINGS). */
export interface ChargebackSettings {
  mode: ChargebackMode;
  allocationPolicy: AllocationPolicy;
  /** The cost centre that holds what is not allocated to a team (CENTRAL policy, engineers without a team). */
  centralCostCentre: string;
  /** GL account codes of the journal (exports): debit expense, credit payable (invoiced) or accrual. */
  glExpenseAccount: string;
  glPayableAccount: string;
  glAccrualAccount: string;
  /** How far a provider invoice may differ from Tokenroll's cost and still be OK, in basis points. */
  invoiceToleranceBp: number;
  updatedBy: string | null;
  updatedAt: Date | null;
}

export const DEFAULT_CHARGEBACK_SETTINGS: ChargebackSettings = {
  mode: 'SHOWBACK',
  allocationPolicy: 'PRO_RATA',
  centralCostCentre: 'CENTRAL',
  glExpenseAccount: '6400',
  glPayableAccount: '2100',
  glAccrualAccount: '2150',
  invoiceToleranceBp: 100,
  updatedBy: null,
  updatedAt: null,
};

export type ChargebackSettingsChange = Partial<Omit<ChargebackSettings, 'updatedBy' | 'updatedAt'>>;

const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,39}$/;

/** What is wrong with a change of the settings (empty when nothing). A field left out or null stays as it is. */
export function settingsProblems(change: ChargebackSettingsChange): FieldError[] {
  const problems: FieldError[] = [];
  if (change.mode != null && !CHARGEBACK_MODES.includes(change.mode))
    problems.push({ field: 'mode', message: `must be one of ${CHARGEBACK_MODES.join(', ')}` });
  if (change.allocationPolicy != null && !ALLOCATION_POLICIES.includes(change.allocationPolicy))
    problems.push({
      field: 'allocationPolicy',
      message: `must be one of ${ALLOCATION_POLICIES.join(', ')}`,
    });
  const codes = ['centralCostCentre', 'glExpenseAccount', 'glPayableAccount', 'glAccrualAccount'] as const;
  for (const field of codes) {
    const value = change[field];
    if (value != null && !CODE.test(value))
      problems.push({
        field,
        message: 'must be 1–40 letters, digits, dots, dashes, slashes or underscores',
      });
  }
  if (
    change.invoiceToleranceBp != null &&
    (!Number.isInteger(change.invoiceToleranceBp) ||
      change.invoiceToleranceBp < 0 ||
      change.invoiceToleranceBp > 10_000)
  )
    problems.push({ field: 'invoiceToleranceBp', message: 'must be a whole number from 0 to 10000' });
  return problems;
}

interface SettingsRow {
  mode: ChargebackMode;
  allocation_policy: AllocationPolicy;
  central_cost_centre: string;
  gl_expense_account: string;
  gl_payable_account: string;
  gl_accrual_account: string;
  invoice_tolerance_bp: number;
  updated_by: string | null;
  updated_at: Date;
}

/** The chargeback settings of the current company: read by statements, exports and reconciliation. */
@Injectable()
export class ChargebackSettingsService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
  ) {}

  async settings(): Promise<ChargebackSettings> {
    const [row]: SettingsRow[] = await this.tenancy
      .manager()
      .query(`select * from chargeback_settings where company_id = $1`, [this.tenancy.companyId()]);
    if (!row) return { ...DEFAULT_CHARGEBACK_SETTINGS };
    return {
      mode: row.mode,
      allocationPolicy: row.allocation_policy,
      centralCostCentre: row.central_cost_centre,
      glExpenseAccount: row.gl_expense_account,
      glPayableAccount: row.gl_payable_account,
      glAccrualAccount: row.gl_accrual_account,
      invoiceToleranceBp: row.invoice_tolerance_bp,
      updatedBy: row.updated_by,
      updatedAt: row.updated_at,
    };
  }

  /** Changes the settings (FINANCE/ADMIN; the resolver checks). Bad input changes nothing. Audited. */
  async update(change: ChargebackSettingsChange): Promise<ChargebackSettings> {
    const problems = settingsProblems(change);
    if (problems.length) throw AppError.badInput(problems);
    const before = await this.settings();
    const next = { ...before, ...given(change) };
    await this.tenancy.manager().query(
      `insert into chargeback_settings (company_id, mode, allocation_policy, central_cost_centre, gl_expense_account,
                                        gl_payable_account, gl_accrual_account, invoice_tolerance_bp, updated_by, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
       on conflict (company_id) do update set mode = excluded.mode, allocation_policy = excluded.allocation_policy,
          central_cost_centre = excluded.central_cost_centre, gl_expense_account = excluded.gl_expense_account,
          gl_payable_account = excluded.gl_payable_account, gl_accrual_account = excluded.gl_accrual_account,
          invoice_tolerance_bp = excluded.invoice_tolerance_bp, updated_by = excluded.updated_by, updated_at = now()`,
      [
        this.tenancy.companyId(),
        next.mode,
        next.allocationPolicy,
        next.centralCostCentre,
        next.glExpenseAccount,
        next.glPayableAccount,
        next.glAccrualAccount,
        next.invoiceToleranceBp,
        this.tenancy.actorUserId(),
      ],
    );
    const after = await this.settings();
    const view = (settings: ChargebackSettings) => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { updatedAt, updatedBy, ...rest } = settings;
      return rest;
    };
    await this.audit.record(
      'CHARGEBACK_SETTINGS_CHANGED',
      'chargeback_settings',
      null,
      view(before),
      view(after),
    );
    return after;
  }
}

/** The fields a change gives a value (GraphQL's null, like leaving a field out, keeps the setting). */
function given<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v != null)) as Partial<T>;
}
