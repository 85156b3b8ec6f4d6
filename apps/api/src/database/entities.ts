import { Company } from '../companies/company.entity';
import { User } from '../members/user.entity';
import { Invitation } from '../members/invitation.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { LoginThrottle } from '../auth/login-throttle.entity';
import { Team } from '../people/team.entity';
import { Engineer } from '../people/engineer.entity';
import { TeamMembership } from '../people/team-membership.entity';
import { BasePay } from '../people/base-pay.entity';
import { AllowancePolicyRow } from '../allowances/allowance-policy.entity';
import { AllowanceOverride } from '../allowances/allowance-override.entity';
import { LedgerAccount } from '../ledger/ledger-account.entity';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { AccountingPeriod } from '../ledger/accounting-period.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Offer } from '../offers/offer.entity';
import { ApiKey } from '../api-keys/api-key.entity';
import { ModelPriceRow } from '../pricing/model-price.entity';
import { CompanyModelPrice } from '../pricing/company-model-price.entity';

/** Every entity of the app; the data source and the migration check read this list. */
export const ENTITIES = [
  Company,
  User,
  Invitation,
  RefreshToken,
  LoginThrottle,
  Team,
  Engineer,
  TeamMembership,
  BasePay,
  AllowancePolicyRow,
  AllowanceOverride,
  LedgerAccount,
  LedgerEntry,
  AccountingPeriod,
  AuditEntry,
  Offer,
  ApiKey,
  ModelPriceRow,
  CompanyModelPrice,
];

/** Tenant tables: row-level security enabled and forced, filtered by app.company_id. */
export const TENANT_TABLES = [
  'accounting_periods',
  'alert_deliveries',
  'alert_settings',
  'alerts',
  'allowance_overrides',
  'allowance_policies',
  'allowance_policy_versions',
  'api_keys',
  'audit_entries',
  'base_pay',
  'burn_changes',
  'chargeback_settings',
  'companies',
  'company_model_prices',
  'engineer_identities',
  'engineer_period_totals',
  'engineers',
  'exchange_rates',
  'holds',
  'increase_requests',
  'invitations',
  'ledger_accounts',
  'ledger_entries',
  'model_patterns',
  'offers',
  'otlp_series',
  'period_closes',
  'productivity_signals',
  'refresh_tokens',
  'shared_costs',
  'sso_connections',
  'sso_domains',
  'sso_sign_ins',
  'statement_allowances',
  'statement_lines',
  'team_memberships',
  'teams',
  'unmapped_usage',
  'usage_daily',
  'usage_engineer_days',
  'usage_event_keys',
  'usage_events',
  'usage_monthly',
  'usage_overages',
  'usage_team_monthly',
  'users',
  'webhook_endpoints',
] as const;

/** Append-only tenant tables: the app role may insert and read only. */
export const APPEND_ONLY_TABLES = [
  'accounting_periods',
  'audit_entries',
  'ledger_entries',
  'period_closes',
  'statement_allowances',
  'statement_lines',
] as const;
