/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  name: string;
  password: string;
  token: string;
};

export type AuditFilterInput = {
  action?: string | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
  limit?: number | null | undefined;
};

/** Everyone, those who run out before period end at their pace, or those who barely use theirs. */
export type BurnShow =
  | 'ALL'
  | 'RUNS_OUT'
  | 'UNDER_USE';

/** A column of the per-engineer burn table. RUNS_OUT and BAND sort those who last the period last. */
export type BurnSort =
  | 'ACCRUED'
  | 'ALLOWANCE'
  | 'AVAILABLE'
  | 'BAND'
  | 'BURN7'
  | 'BURN30'
  | 'CONFIDENCE'
  | 'HELD'
  | 'NAME'
  | 'RUNS_OUT'
  | 'SIGNAL'
  | 'SPENT'
  | 'TEAM';

export type ChangeOfferStatusInput = {
  id: string | number;
  /** SENT, ACCEPTED, DECLINED or WITHDRAWN. */
  status: string;
};

export type CompleteSsoSignInInput = {
  /** The query string the provider sent to /sso/callback (code, state, iss). */
  callbackQuery: string;
};

export type CreateApiKeyInput = {
  /** ADMIN only: a company key (a gateway or importer names the engineer per event). */
  company?: boolean | null | undefined;
  /** ADMIN only: a key for this engineer. Omit for your own key (engineers) or a company key (ADMIN with company: true). */
  engineerId?: string | number | null | undefined;
  name: string;
  scopes: Array<string>;
};

export type CreateEngineerInput = {
  /** Annual base pay as a decimal amount, e.g. "185000" or "185,000.00". */
  annualPay: string;
  currency: string;
  email: string;
  endDate?: string | null | undefined;
  level?: string | null | undefined;
  location?: string | null | undefined;
  name: string;
  startDate: string;
  teamId: string | number;
  title?: string | null | undefined;
};

export type CreateModelPatternInput = {
  model: string;
  /** e.g. claude-opus-5-5-* */
  pattern: string;
  provider: string;
};

export type CreateTeamInput = {
  costCentre: string;
  managerUserId?: string | number | null | undefined;
  name: string;
  parentId?: string | number | null | undefined;
};

export type CreateWebhookEndpointInput = {
  format?: WebhookFormat;
  /** An http(s) URL that receives a POST per alert. */
  url: string;
};

/** Offer before the start date, active, leaver after the end date. */
export type EngineerStatus =
  | 'ACTIVE'
  | 'LEAVER'
  | 'OFFER';

export type FundTeamPoolInput = {
  /** Amount in the company currency, e.g. "500.00". */
  amount: string;
  memo?: string | null | undefined;
  teamId: string | number;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  email: string;
  roles: Array<Role>;
};

export type LeavingPreviewInput = {
  /** The last employed day being considered. */
  endDate: string;
  engineerId: string | number;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type MapIdentityInput = {
  engineerId: string | number;
  identityKind: string;
  identityValue: string;
};

export type MemberStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'INVITED';

export type MoveAllowanceInput = {
  amount: string;
  from: MoveEndInput;
  note?: string | null | undefined;
  to: MoveEndInput;
};

export type MoveEndInput = {
  engineerId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
};

export type MoveEngineerInput = {
  effectiveFrom: string;
  engineerId: string | number;
  teamId: string | number;
};

export type OfferInputDto = {
  annualPay: string;
  bonusAmount?: string | null | undefined;
  candidateEmail: string;
  candidateName: string;
  currency: string;
  equity?: string | null | undefined;
  level?: string | null | undefined;
  location?: string | null | undefined;
  overrideAnnualAmount?: string | null | undefined;
  overrideKind?: string | null | undefined;
  overrideRatioBp?: number | null | undefined;
  overrideReason?: string | null | undefined;
  startDate: string;
  teamId: string | number;
  title: string;
};

export type RecordRaiseInput = {
  annualPay: string;
  effectiveFrom: string;
  engineerId: string | number;
};

export type RequestIncreaseInput = {
  /** Amount in the company currency, e.g. "50.00". */
  amount: string;
  kind: string;
  reason: string;
};

/** Amounts in the company currency ("50", "1,000.00"); the gift limit in basis points. */
export type RequestLimitsInput = {
  autoApproveAmount: string;
  autoApprovePerPeriodAmount: string;
  giftLimitBp: number;
  hrApprovalAboveAmount: string;
};

/** What a member may do; a member can hold several roles. */
export type Role =
  | 'ADMIN'
  | 'ENGINEER'
  | 'FINANCE'
  | 'HR'
  | 'MANAGER';

export type SaveSsoConnectionInput = {
  allowedDomains: Array<string>;
  clientId: string;
  /** Required the first time; leave empty to keep the stored one. */
  clientSecret?: string | null | undefined;
  issuerUrl: string;
  roleClaim?: string | null | undefined;
  roleMappings?: Array<SsoRoleMappingInput> | null | undefined;
  slug: string;
  ssoRequired: boolean;
};

export type SelfHostedInput = {
  /** GPU cost per hour, e.g. "2.50". */
  gpuHourCost: string;
  /** Tokens per second one GPU serves. */
  tokensPerSecond: number;
  /** Utilization in basis points: 10000 = 100%. */
  utilizationBp: number;
};

export type SetAllowanceOverrideInput = {
  /** Fixed annual allowance as a decimal amount. */
  annualAmount?: string | null | undefined;
  /** RATIO or FIXED; null goes back to the company policy. */
  basisKind?: string | null | undefined;
  effectiveFrom: string;
  engineerId: string | number;
  /** Basis points of annual base pay: 5000 = 50%. */
  ratioBp?: number | null | undefined;
  reason: string;
};

export type SetCompanyModelPriceInput = {
  cacheReadPerMillion?: string | null | undefined;
  cacheWritePerMillion?: string | null | undefined;
  effectiveFrom: string;
  /** Dollars per 1M input tokens, e.g. "2.70". */
  inputPerMillion?: string | null | undefined;
  model: string;
  note?: string | null | undefined;
  outputPerMillion?: string | null | undefined;
  provider: string;
  selfHosted?: SelfHostedInput | null | undefined;
};

export type SetEndDateInput = {
  /** Last employed day; null clears it. */
  endDate?: string | null | undefined;
  engineerId: string | number;
};

export type SetExchangeRateInput = {
  currency: string;
  effectiveFrom: string;
  /** Units of the currency per 1 USD, e.g. "0.92". */
  rate: string;
};

export type SetMemberRolesInput = {
  roles: Array<Role>;
  userId: string | number;
};

export type SignUpInput = {
  companyName: string;
  email: string;
  name: string;
  password: string;
};

export type SsoRoleMappingInput = {
  role: Role;
  value: string;
};

export type StartSsoSignInInput = {
  /** Your work email, or your company’s SSO name. */
  identifier: string;
};

export type TransferAllowanceInput = {
  amount: string;
  note?: string | null | undefined;
  toEngineerId: string | number;
};

export type UpdateAlertSettingsInput = {
  mailEnabled?: boolean | null | undefined;
  runOutAlert?: boolean | null | undefined;
  /** 1 to 20000 basis points each, at most 10. */
  thresholdsBp?: Array<number> | null | undefined;
  webhooksEnabled?: boolean | null | undefined;
};

export type UpdateAllowancePolicyInput = {
  accrual: string;
  annualAmount?: string | null | undefined;
  basisKind: string;
  capAmount?: string | null | undefined;
  /** The day the change applies from (default today). Months already granted are trued up; a fiscal year start change applies from the next period. */
  effectiveFrom?: string | null | undefined;
  fiscalYearStartMonth: number;
  floorAmount?: string | null | undefined;
  ratioBp?: number | null | undefined;
  rolloverCapAmount?: string | null | undefined;
  rolloverKind: string;
};

export type UpdateOfferInput = {
  annualPay: string;
  bonusAmount?: string | null | undefined;
  candidateEmail: string;
  candidateName: string;
  currency: string;
  equity?: string | null | undefined;
  id: string | number;
  level?: string | null | undefined;
  location?: string | null | undefined;
  overrideAnnualAmount?: string | null | undefined;
  overrideKind?: string | null | undefined;
  overrideRatioBp?: number | null | undefined;
  overrideReason?: string | null | undefined;
  startDate: string;
  teamId: string | number;
  title: string;
};

export type UpdateTeamInput = {
  costCentre?: string | null | undefined;
  id: string | number;
  managerUserId?: string | number | null | undefined;
  name?: string | null | undefined;
  parentId?: string | number | null | undefined;
};

/** JSON: the alert event; SLACK: `{"text": "…"}` for a Slack-compatible incoming webhook. */
export type WebhookFormat =
  | 'JSON'
  | 'SLACK';

export type AlertDeliveriesQueryVariables = Exact<{
  status?: string | null | undefined;
}>;


export type AlertDeliveriesQuery = { alertDeliveries: Array<{ id: string, kind: string, alertId: string | null, channel: string, recipient: string, subject: string | null, status: string, attempts: number, maxAttempts: number, nextAttemptAt: string | null, lastError: string | null, createdAt: string, sentAt: string | null }> };

export type AlertSettingsFieldsFragment = { thresholdsBp: Array<number>, runOutAlert: boolean, mailEnabled: boolean, webhooksEnabled: boolean, mailConfigured: boolean };

export type AlertsSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertsSettingsQuery = { alertSettings: { thresholdsBp: Array<number>, runOutAlert: boolean, mailEnabled: boolean, webhooksEnabled: boolean, mailConfigured: boolean }, webhookEndpoints: Array<{ id: string, url: string, format: WebhookFormat, createdAt: string }>, mailSettings: { from: string, configured: boolean, host: string | null } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string, format: WebhookFormat, createdAt: string } } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type EvaluateAlertsMutationVariables = Exact<{ [key: string]: never; }>;


export type EvaluateAlertsMutation = { evaluateAlerts: number };

export type SendTestEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type SendTestEmailMutation = { sendTestEmail: { sent: boolean, to: string, error: string | null } };

export type UpdateAlertSettingsMutationVariables = Exact<{
  input: UpdateAlertSettingsInput;
}>;


export type UpdateAlertSettingsMutation = { updateAlertSettings: { thresholdsBp: Array<number>, runOutAlert: boolean, mailEnabled: boolean, webhooksEnabled: boolean, mailConfigured: boolean } };

export type WebhookEndpointFieldsFragment = { id: string, url: string, format: WebhookFormat, createdAt: string };

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, scopes: Array<string>, engineerId: string | null, engineerName: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, prefix: string, scopes: Array<string>, engineerId: string | null, engineerName: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, prefix: string, scopes: Array<string>, engineerId: string | null, engineerName: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, prefix: string, scopes: Array<string>, engineerId: string | null, engineerName: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type ApiKeyCreationQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyCreationQuery = { apiKeyCreation: { ownKey: boolean, companyKeys: boolean } };

export type AllIncreaseRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type AllIncreaseRequestsQuery = { increaseRequests: Array<{ id: string, engineerId: string, engineerName: string, amountMicros: string, kind: string, reason: string, status: string, needsHr: boolean, approvedBy: string | null, source: string | null, managerComment: string | null, decisionComment: string | null, createdAt: string, decidedAt: string | null, canDecide: boolean, pendingReason: { code: string, message: string } | null }> };

export type ApprovalQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalQueueQuery = { me: { id: string, company: { id: string, currency: string } }, increaseRequests: Array<{ id: string, engineerId: string, engineerName: string, amountMicros: string, kind: string, reason: string, status: string, needsHr: boolean, approvedBy: string | null, source: string | null, managerComment: string | null, decisionComment: string | null, createdAt: string, decidedAt: string | null, canDecide: boolean, engineerBudget: { currency: string, allowanceMicros: string | null, spentMicros: string, availableMicros: string | null, dailyBurnMicros: string, runsOutOn: string | null, periodEnd: string } | null, pendingReason: { code: string, message: string } | null }> };

export type ApproveIncreaseRequestMutationVariables = Exact<{
  id: string | number;
  comment?: string | null | undefined;
}>;


export type ApproveIncreaseRequestMutation = { approveIncreaseRequest: { id: string, engineerId: string, engineerName: string, amountMicros: string, kind: string, reason: string, status: string, needsHr: boolean, approvedBy: string | null, source: string | null, managerComment: string | null, decisionComment: string | null, createdAt: string, decidedAt: string | null, canDecide: boolean, pendingReason: { code: string, message: string } | null } };

export type EngineerBudgetFieldsFragment = { currency: string, allowanceMicros: string | null, spentMicros: string, availableMicros: string | null, dailyBurnMicros: string, runsOutOn: string | null, periodEnd: string };

export type IncreaseRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type IncreaseRequestQuery = { me: { id: string, company: { id: string, currency: string } }, increaseRequest: { id: string, engineerId: string, engineerName: string, amountMicros: string, kind: string, reason: string, status: string, needsHr: boolean, approvedBy: string | null, source: string | null, managerComment: string | null, decisionComment: string | null, createdAt: string, decidedAt: string | null, canDecide: boolean, engineerBudget: { currency: string, allowanceMicros: string | null, spentMicros: string, availableMicros: string | null, dailyBurnMicros: string, runsOutOn: string | null, periodEnd: string } | null, pendingReason: { code: string, message: string } | null } };

export type RejectIncreaseRequestMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;


export type RejectIncreaseRequestMutation = { rejectIncreaseRequest: { id: string, engineerId: string, engineerName: string, amountMicros: string, kind: string, reason: string, status: string, needsHr: boolean, approvedBy: string | null, source: string | null, managerComment: string | null, decisionComment: string | null, createdAt: string, decidedAt: string | null, canDecide: boolean, pendingReason: { code: string, message: string } | null } };

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: Array<{ id: string, createdAt: string, actorEmail: string | null, action: string, entityType: string, entityId: string | null, before: string | null, after: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, email: string, name: string, roles: Array<Role>, createdAt: string, company: { id: string, name: string, currency: string, createdAt: string, timeZone: string, today: string } } } };

export type AuthPayloadFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, user: { id: string, email: string, name: string, roles: Array<Role>, createdAt: string, company: { id: string, name: string, currency: string, createdAt: string, timeZone: string, today: string } } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitationPreview: { email: string, companyName: string, roles: Array<Role>, expiresAt: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, email: string, name: string, roles: Array<Role>, createdAt: string, company: { id: string, name: string, currency: string, createdAt: string, timeZone: string, today: string } } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, email: string, name: string, roles: Array<Role>, createdAt: string, company: { id: string, name: string, currency: string, createdAt: string, timeZone: string, today: string } } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, email: string, name: string, roles: Array<Role>, createdAt: string, company: { id: string, name: string, currency: string, createdAt: string, timeZone: string, today: string } } } };

export type BudgetPageQueryVariables = Exact<{
  engineerId?: string | number | null | undefined;
  limit: number;
}>;


export type BudgetPageQuery = { budget: { engineerId: string, currency: string, periodStart: string, periodEnd: string, allowanceMicros: string | null, accruedMicros: string | null, spentMicros: string, heldMicros: string, availableMicros: string | null, poolAvailableMicros: string, overageMicros: string | null, enforcement: string, dailyBurnMicros: string, paceBp: number | null, runsOutOn: string | null }, usageSummary: { currency: string, from: string, to: string, days: Array<{ day: string, accruedMicros: string | null, spentToDateMicros: string, remainingMicros: string | null, costMicros: string, events: number }>, byModel: Array<{ key: string, events: number, inputTokens: string, outputTokens: string, costMicros: string, unpricedEvents: number, unpricedTokens: string }>, bySource: Array<{ key: string, events: number, inputTokens: string, outputTokens: string, costMicros: string, unpricedEvents: number, unpricedTokens: string }> }, recentUsage: Array<{ id: string, occurredAt: string, source: string, provider: string, model: string, inputTokens: string, outputTokens: string, cacheReadTokens: string, cacheWriteTokens: string, costMicros: string, currency: string, unpriced: boolean }> };

export type UsageByKeyFieldsFragment = { key: string, events: number, inputTokens: string, outputTokens: string, costMicros: string, unpricedEvents: number, unpricedTokens: string };

export type DefaultBudgetEnforcementQueryVariables = Exact<{ [key: string]: never; }>;


export type DefaultBudgetEnforcementQuery = { defaultBudgetEnforcement: string };

export type SetDefaultBudgetEnforcementMutationVariables = Exact<{
  enforcement: string;
}>;


export type SetDefaultBudgetEnforcementMutation = { setDefaultBudgetEnforcement: string };

export type SetEngineerBudgetEnforcementMutationVariables = Exact<{
  engineerId: string | number;
  enforcement?: string | null | undefined;
}>;


export type SetEngineerBudgetEnforcementMutation = { setEngineerBudgetEnforcement: { engineerId: string, enforcement: string, availableMicros: string | null } };

export type EngineerBurnFieldsFragment = { engineerId: string, name: string, teamId: string | null, allowanceMicros: string | null, accruedMicros: string | null, spentMicros: string, heldMicros: string, availableMicros: string | null, overageMicros: string | null, inOverage: boolean, burn7Micros: string, burn30Micros: string, historyDays: number, runsOutOn: string | null, earliest: string | null, latest: string | null, confidence: string, horizon: string, runsOutBeforeHorizon: boolean, underUse: boolean };

export type MyBurnQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBurnQuery = { myBurn: { engineerId: string, name: string, teamId: string | null, allowanceMicros: string | null, accruedMicros: string | null, spentMicros: string, heldMicros: string, availableMicros: string | null, overageMicros: string | null, inOverage: boolean, burn7Micros: string, burn30Micros: string, historyDays: number, runsOutOn: string | null, earliest: string | null, latest: string | null, confidence: string, horizon: string, runsOutBeforeHorizon: boolean, underUse: boolean } };

export type TeamBurnQueryVariables = Exact<{
  teamId: string | number;
  sort: BurnSort;
  descending: boolean;
  search: string;
  show: BurnShow;
  offset: number;
  limit?: number | null | undefined;
}>;


export type TeamBurnQuery = { teamBurn: { teamId: string, teamName: string, currency: string, periodStart: string, periodEnd: string, asOf: string, allowancePerPerson: boolean, summary: { engineers: number, allowanceMicros: string | null, accruedMicros: string | null, spentMicros: string, heldMicros: string, availableMicros: string | null, burn7Micros: string, burn30Micros: string, runningOut: number, underUse: number, inOverage: number, overageMicros: string | null, lastWeekMicros: string, weekBeforeMicros: string, weekOverWeekBp: number | null }, runningOut: { matching: number, rows: Array<{ engineerId: string, name: string, teamId: string | null, allowanceMicros: string | null, accruedMicros: string | null, spentMicros: string, heldMicros: string, availableMicros: string | null, overageMicros: string | null, inOverage: boolean, burn7Micros: string, burn30Micros: string, historyDays: number, runsOutOn: string | null, earliest: string | null, latest: string | null, confidence: string, horizon: string, runsOutBeforeHorizon: boolean, underUse: boolean }> }, engineers: { matching: number, offset: number, rows: Array<{ engineerId: string, name: string, teamId: string | null, allowanceMicros: string | null, accruedMicros: string | null, spentMicros: string, heldMicros: string, availableMicros: string | null, overageMicros: string | null, inOverage: boolean, burn7Micros: string, burn30Micros: string, historyDays: number, runsOutOn: string | null, earliest: string | null, latest: string | null, confidence: string, horizon: string, runsOutBeforeHorizon: boolean, underUse: boolean }> }, points: Array<{ date: string, accruedMicros: string | null, spentMicros: string }>, byModel: Array<{ key: string, costMicros: string, events: number, unpricedEvents: number, unpricedTokens: string }>, bySource: Array<{ key: string, costMicros: string, events: number, unpricedEvents: number, unpricedTokens: string }> } };

export type CreateEngineerMutationVariables = Exact<{
  input: CreateEngineerInput;
}>;


export type CreateEngineerMutation = { createEngineer: { id: string, name: string, email: string, title: string | null, level: string | null, location: string | null, teamId: string | null, teamName: string | null, status: EngineerStatus, startDate: string, endDate: string | null, annualAllowanceMicros: string | null, basePay: { annualMicros: string, currency: string, effectiveFrom: string } | null } };

export type EngineerQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineerQuery = { engineer: { engineer: { id: string, name: string, email: string, title: string | null, level: string | null, location: string | null, teamId: string | null, teamName: string | null, status: EngineerStatus, startDate: string, endDate: string | null, annualAllowanceMicros: string | null, basePay: { annualMicros: string, currency: string, effectiveFrom: string } | null }, teamHistory: Array<{ teamId: string, teamName: string, effectiveFrom: string, effectiveTo: string | null }>, payHistory: Array<{ annualMicros: string, currency: string, effectiveFrom: string }> | null, allowance: { periodStart: string, periodEnd: string, annualMicros: string, periodTotalMicros: string, accruedMicros: string, balanceMicros: string, currency: string, override: { effectiveFrom: string, basisKind: string | null, ratioBp: number | null, annualMicros: string | null, topUpMicros: string, reason: string } | null, schedule: Array<{ month: string, grantDate: string, amountMicros: string, daysCovered: number, daysInMonth: number, posted: boolean, postedMicros: string, adjustmentMicros: string }> } | null, ledgerEntries: Array<{ id: string, kind: string, amountMicros: string, effectiveAt: string, memo: string | null, reference: string }> | null } };

export type EngineerChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type EngineerChoicesQuery = { engineers: Array<{ id: string, name: string, email: string, status: EngineerStatus }> };

export type EngineerFieldsFragment = { id: string, name: string, email: string, title: string | null, level: string | null, location: string | null, teamId: string | null, teamName: string | null, status: EngineerStatus, startDate: string, endDate: string | null, annualAllowanceMicros: string | null, basePay: { annualMicros: string, currency: string, effectiveFrom: string } | null };

export type EngineersQueryVariables = Exact<{ [key: string]: never; }>;


export type EngineersQuery = { engineers: Array<{ id: string, name: string, email: string, title: string | null, level: string | null, location: string | null, teamId: string | null, teamName: string | null, status: EngineerStatus, startDate: string, endDate: string | null, annualAllowanceMicros: string | null, basePay: { annualMicros: string, currency: string, effectiveFrom: string } | null }> };

export type LeavingPreviewQueryVariables = Exact<{
  input: LeavingPreviewInput;
}>;


export type LeavingPreviewQuery = { leavingPreview: { engineerId: string, lastDayPaid: string, forfeitOn: string, currency: string, balanceNowMicros: string, grantsToComeMicros: string, reversedMicros: string, forfeitMicros: string, overageMicros: string, loginEmail: string | null, apiKeysToRevoke: number, reversedGrants: Array<{ month: string, amountMicros: string }> } };

export type MoveEngineerMutationVariables = Exact<{
  input: MoveEngineerInput;
}>;


export type MoveEngineerMutation = { moveEngineer: boolean };

export type RecordRaiseMutationVariables = Exact<{
  input: RecordRaiseInput;
}>;


export type RecordRaiseMutation = { recordRaise: { annualMicros: string, currency: string, effectiveFrom: string } };

export type RunAccrualsMutationVariables = Exact<{ [key: string]: never; }>;


export type RunAccrualsMutation = { runAccruals: { engineers: number, granted: number, expired: number, forfeited: number } };

export type SetAllowanceOverrideMutationVariables = Exact<{
  input: SetAllowanceOverrideInput;
}>;


export type SetAllowanceOverrideMutation = { setAllowanceOverride: { effectiveFrom: string, basisKind: string | null, ratioBp: number | null, annualMicros: string | null, reason: string } };

export type SetEndDateMutationVariables = Exact<{
  input: SetEndDateInput;
}>;


export type SetEndDateMutation = { setEndDate: { id: string, name: string, email: string, title: string | null, level: string | null, location: string | null, teamId: string | null, teamName: string | null, status: EngineerStatus, startDate: string, endDate: string | null, annualAllowanceMicros: string | null, basePay: { annualMicros: string, currency: string, effectiveFrom: string } | null } };

export type DeactivateMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type DeactivateMemberMutation = { deactivateMember: { id: string, status: MemberStatus, deactivatedAt: string | null } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { id: string, email: string, roles: Array<Role>, status: InvitationStatus, expiresAt: string, createdAt: string, acceptUrl: string | null } };

export type MembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersQuery = { members: Array<{ id: string, email: string, name: string | null, roles: Array<Role>, status: MemberStatus, since: string, deactivatedAt: string | null }> };

export type ReactivateMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type ReactivateMemberMutation = { reactivateMember: { id: string, status: MemberStatus, deactivatedAt: string | null } };

export type RemoveMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: { id: string } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, status: InvitationStatus } };

export type SetMemberRolesMutationVariables = Exact<{
  input: SetMemberRolesInput;
}>;


export type SetMemberRolesMutation = { setMemberRoles: { id: string, roles: Array<Role>, status: MemberStatus } };

export type ChangeOfferStatusMutationVariables = Exact<{
  input: ChangeOfferStatusInput;
}>;


export type ChangeOfferStatusMutation = { changeOfferStatus: { id: string, candidateName: string, candidateEmail: string, title: string, level: string | null, location: string | null, teamId: string, teamName: string, startDate: string, annualPayMicros: string, currency: string, overrideKind: string | null, overrideRatioBp: number | null, overrideAnnualMicros: string | null, overrideReason: string | null, bonusMicros: string | null, equity: string | null, status: string, engineerId: string | null, createdAt: string, terms: { annualAllowanceMicros: string, allowanceBasisText: string, monthlyMicros: string, firstPeriodStart: string, firstPeriodEnd: string, firstYearMicros: string, totalCompMicros: string } } };

export type CreateOfferMutationVariables = Exact<{
  input: OfferInputDto;
}>;


export type CreateOfferMutation = { createOffer: { id: string, candidateName: string, candidateEmail: string, title: string, level: string | null, location: string | null, teamId: string, teamName: string, startDate: string, annualPayMicros: string, currency: string, overrideKind: string | null, overrideRatioBp: number | null, overrideAnnualMicros: string | null, overrideReason: string | null, bonusMicros: string | null, equity: string | null, status: string, engineerId: string | null, createdAt: string, terms: { annualAllowanceMicros: string, allowanceBasisText: string, monthlyMicros: string, firstPeriodStart: string, firstPeriodEnd: string, firstYearMicros: string, totalCompMicros: string } } };

export type OfferQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferQuery = { offer: { id: string, candidateName: string, candidateEmail: string, title: string, level: string | null, location: string | null, teamId: string, teamName: string, startDate: string, annualPayMicros: string, currency: string, overrideKind: string | null, overrideRatioBp: number | null, overrideAnnualMicros: string | null, overrideReason: string | null, bonusMicros: string | null, equity: string | null, status: string, engineerId: string | null, createdAt: string, terms: { annualAllowanceMicros: string, allowanceBasisText: string, monthlyMicros: string, firstPeriodStart: string, firstPeriodEnd: string, firstYearMicros: string, totalCompMicros: string } } };

export type OfferFieldsFragment = { id: string, candidateName: string, candidateEmail: string, title: string, level: string | null, location: string | null, teamId: string, teamName: string, startDate: string, annualPayMicros: string, currency: string, overrideKind: string | null, overrideRatioBp: number | null, overrideAnnualMicros: string | null, overrideReason: string | null, bonusMicros: string | null, equity: string | null, status: string, engineerId: string | null, createdAt: string, terms: { annualAllowanceMicros: string, allowanceBasisText: string, monthlyMicros: string, firstPeriodStart: string, firstPeriodEnd: string, firstYearMicros: string, totalCompMicros: string } };

export type OffersQueryVariables = Exact<{ [key: string]: never; }>;


export type OffersQuery = { offers: Array<{ id: string, candidateName: string, candidateEmail: string, title: string, level: string | null, location: string | null, teamId: string, teamName: string, startDate: string, annualPayMicros: string, currency: string, overrideKind: string | null, overrideRatioBp: number | null, overrideAnnualMicros: string | null, overrideReason: string | null, bonusMicros: string | null, equity: string | null, status: string, engineerId: string | null, createdAt: string, terms: { annualAllowanceMicros: string, allowanceBasisText: string, monthlyMicros: string, firstPeriodStart: string, firstPeriodEnd: string, firstYearMicros: string, totalCompMicros: string } }> };

export type UpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type UpdateOfferMutation = { updateOffer: { id: string, candidateName: string, candidateEmail: string, title: string, level: string | null, location: string | null, teamId: string, teamName: string, startDate: string, annualPayMicros: string, currency: string, overrideKind: string | null, overrideRatioBp: number | null, overrideAnnualMicros: string | null, overrideReason: string | null, bonusMicros: string | null, equity: string | null, status: string, engineerId: string | null, createdAt: string, terms: { annualAllowanceMicros: string, allowanceBasisText: string, monthlyMicros: string, firstPeriodStart: string, firstPeriodEnd: string, firstYearMicros: string, totalCompMicros: string } } };

export type AccountingPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountingPeriodsQuery = { accountingPeriods: Array<{ month: string, status: string, closedAt: string | null, closable: boolean }> };

export type CloseAccountingPeriodMutationVariables = Exact<{
  month: string;
  reason?: string | null | undefined;
}>;


export type CloseAccountingPeriodMutation = { closeAccountingPeriod: { month: string, status: string, closedAt: string | null, closable: boolean } };

export type AllowancePolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type AllowancePolicyQuery = { allowancePolicy: { basisKind: string, ratioBp: number | null, annualMicros: string | null, floorMicros: string | null, capMicros: string | null, fiscalYearStartMonth: number, accrual: string, rolloverKind: string, rolloverCapMicros: string | null, currency: string, updatedAt: string | null, effectiveFrom: string | null } };

export type AllowancePolicyFieldsFragment = { basisKind: string, ratioBp: number | null, annualMicros: string | null, floorMicros: string | null, capMicros: string | null, fiscalYearStartMonth: number, accrual: string, rolloverKind: string, rolloverCapMicros: string | null, currency: string, updatedAt: string | null, effectiveFrom: string | null };

export type AllowanceSightQueryVariables = Exact<{ [key: string]: never; }>;


export type AllowanceSightQuery = { allowanceSight: { managersSeeAllowances: boolean, groupMinimum: number, consequence: string } };

export type SetManagersSeeAllowancesMutationVariables = Exact<{
  enabled: boolean;
}>;


export type SetManagersSeeAllowancesMutation = { setManagersSeeAllowances: { managersSeeAllowances: boolean, groupMinimum: number, consequence: string } };

export type RequestLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestLimitsQuery = { requestLimits: { currency: string, autoApproveMicros: string, autoApprovePerPeriodMicros: string, hrApprovalAboveMicros: string, giftLimitBp: number, updatedAt: string | null } };

export type RequestLimitsFieldsFragment = { currency: string, autoApproveMicros: string, autoApprovePerPeriodMicros: string, hrApprovalAboveMicros: string, giftLimitBp: number, updatedAt: string | null };

export type UpdateAllowancePolicyMutationVariables = Exact<{
  input: UpdateAllowancePolicyInput;
}>;


export type UpdateAllowancePolicyMutation = { updateAllowancePolicy: { basisKind: string, ratioBp: number | null, annualMicros: string | null, floorMicros: string | null, capMicros: string | null, fiscalYearStartMonth: number, accrual: string, rolloverKind: string, rolloverCapMicros: string | null, currency: string, updatedAt: string | null, effectiveFrom: string | null } };

export type UpdateRequestLimitsMutationVariables = Exact<{
  input: RequestLimitsInput;
}>;


export type UpdateRequestLimitsMutation = { updateRequestLimits: { currency: string, autoApproveMicros: string, autoApprovePerPeriodMicros: string, hrApprovalAboveMicros: string, giftLimitBp: number, updatedAt: string | null } };

export type ModelPriceFieldsFragment = { provider: string, model: string, effectiveFrom: string, currency: string, inputMicros: string | null, outputMicros: string | null, cacheReadMicros: string | null, cacheWrite5mMicros: string | null, cacheWrite1hMicros: string | null, tierCount: number, origin: string, source: string | null };

export type ModelPricesQueryVariables = Exact<{ [key: string]: never; }>;


export type ModelPricesQuery = { modelPrices: Array<{ provider: string, model: string, effectiveFrom: string, currency: string, inputMicros: string | null, outputMicros: string | null, cacheReadMicros: string | null, cacheWrite5mMicros: string | null, cacheWrite1hMicros: string | null, tierCount: number, origin: string, source: string | null }> };

export type SetCompanyModelPriceMutationVariables = Exact<{
  input: SetCompanyModelPriceInput;
}>;


export type SetCompanyModelPriceMutation = { setCompanyModelPrice: { provider: string, model: string, effectiveFrom: string, currency: string, inputMicros: string | null, outputMicros: string | null, cacheReadMicros: string | null, cacheWrite5mMicros: string | null, cacheWrite1hMicros: string | null, tierCount: number, origin: string, source: string | null } };

export type ModelPatternsQueryVariables = Exact<{ [key: string]: never; }>;


export type ModelPatternsQuery = { modelPatterns: Array<{ id: string, provider: string, pattern: string, model: string }> };

export type CreateModelPatternMutationVariables = Exact<{
  input: CreateModelPatternInput;
}>;


export type CreateModelPatternMutation = { createModelPattern: { id: string, provider: string, pattern: string, model: string } };

export type DeleteModelPatternMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteModelPatternMutation = { deleteModelPattern: boolean };

export type ExchangeRatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExchangeRatesQuery = { exchangeRates: Array<{ currency: string, effectiveFrom: string, microsPerUsd: string }> };

export type SetExchangeRateMutationVariables = Exact<{
  input: SetExchangeRateInput;
}>;


export type SetExchangeRateMutation = { setExchangeRate: { currency: string, effectiveFrom: string, microsPerUsd: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, roles: Array<Role>, createdAt: string, company: { id: string, name: string, currency: string, createdAt: string } } };

export type CancelIncreaseRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelIncreaseRequestMutation = { cancelIncreaseRequest: { id: string, engineerId: string, engineerName: string, amountMicros: string, kind: string, reason: string, status: string, needsHr: boolean, approvedBy: string | null, source: string | null, managerComment: string | null, decisionComment: string | null, createdAt: string, decidedAt: string | null, canDecide: boolean, pendingReason: { code: string, message: string } | null } };

export type IncreaseRequestFieldsFragment = { id: string, engineerId: string, engineerName: string, amountMicros: string, kind: string, reason: string, status: string, needsHr: boolean, approvedBy: string | null, source: string | null, managerComment: string | null, decisionComment: string | null, createdAt: string, decidedAt: string | null, canDecide: boolean, pendingReason: { code: string, message: string } | null };

export type MyAvailableQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAvailableQuery = { budget: { engineerId: string, currency: string, allowanceMicros: string | null, spentMicros: string, availableMicros: string | null, runsOutOn: string | null } };

export type MyIncreaseRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyIncreaseRequestsQuery = { me: { id: string, company: { id: string, currency: string } }, increaseRequests: Array<{ id: string, engineerId: string, engineerName: string, amountMicros: string, kind: string, reason: string, status: string, needsHr: boolean, approvedBy: string | null, source: string | null, managerComment: string | null, decisionComment: string | null, createdAt: string, decidedAt: string | null, canDecide: boolean, pendingReason: { code: string, message: string } | null }> };

export type RequestIncreaseMutationVariables = Exact<{
  input: RequestIncreaseInput;
}>;


export type RequestIncreaseMutation = { requestIncrease: { id: string, engineerId: string, engineerName: string, amountMicros: string, kind: string, reason: string, status: string, needsHr: boolean, approvedBy: string | null, source: string | null, managerComment: string | null, decisionComment: string | null, createdAt: string, decidedAt: string | null, canDecide: boolean, pendingReason: { code: string, message: string } | null } };

export type CompleteSsoSignInMutationVariables = Exact<{
  input: CompleteSsoSignInInput;
}>;


export type CompleteSsoSignInMutation = { completeSsoSignIn: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, email: string, name: string, roles: Array<Role>, createdAt: string, company: { id: string, name: string, currency: string, createdAt: string, timeZone: string, today: string } } } };

export type SaveSsoConnectionMutationVariables = Exact<{
  input: SaveSsoConnectionInput;
}>;


export type SaveSsoConnectionMutation = { saveSsoConnection: { slug: string, issuerUrl: string, clientId: string, allowedDomains: Array<string>, roleClaim: string | null, ssoRequired: boolean, updatedAt: string, roleMappings: Array<{ value: string, role: Role }> } };

export type SsoSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoSettingsQuery = { ssoSettings: { redirectUri: string, connection: { slug: string, issuerUrl: string, clientId: string, allowedDomains: Array<string>, roleClaim: string | null, ssoRequired: boolean, updatedAt: string, roleMappings: Array<{ value: string, role: Role }> } | null } };

export type StartSsoSignInMutationVariables = Exact<{
  input: StartSsoSignInInput;
}>;


export type StartSsoSignInMutation = { startSsoSignIn: { authorizationUrl: string } };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { createTeam: { id: string, name: string, parentId: string | null, costCentre: string, managerUserId: string | null, managerName: string | null, engineerCount: number } };

export type TeamPoolFieldsFragment = { teamId: string, teamName: string, balanceMicros: string, heldMicros: string, overflow: boolean };

export type TeamPoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamPoolsQuery = { teamPools: Array<{ teamId: string, teamName: string, balanceMicros: string, heldMicros: string, overflow: boolean }> };

export type FundTeamPoolMutationVariables = Exact<{
  input: FundTeamPoolInput;
}>;


export type FundTeamPoolMutation = { fundTeamPool: { teamId: string, teamName: string, balanceMicros: string, heldMicros: string, overflow: boolean } };

export type SetTeamPoolOverflowMutationVariables = Exact<{
  teamId: string | number;
  overflow: boolean;
}>;


export type SetTeamPoolOverflowMutation = { setTeamPoolOverflow: { teamId: string, teamName: string, balanceMicros: string, heldMicros: string, overflow: boolean } };

export type TeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsQuery = { teams: Array<{ id: string, name: string, parentId: string | null, costCentre: string, managerUserId: string | null, managerName: string | null, engineerCount: number }> };

export type UpdateTeamMutationVariables = Exact<{
  input: UpdateTeamInput;
}>;


export type UpdateTeamMutation = { updateTeam: { id: string, name: string, parentId: string | null, costCentre: string, managerUserId: string | null, managerName: string | null, engineerCount: number } };

export type MoveAllowanceMutationVariables = Exact<{
  input: MoveAllowanceInput;
}>;


export type MoveAllowanceMutation = { moveAllowance: { id: string, fromKind: string, fromOwnerId: string, fromName: string, toKind: string, toOwnerId: string, toName: string, amountMicros: string, memo: string | null, at: string } };

export type MoveChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type MoveChoicesQuery = { engineers: Array<{ id: string, name: string, email: string, status: EngineerStatus, teamId: string | null }>, teams: Array<{ id: string, name: string, parentId: string | null, managerUserId: string | null }> };

export type TransferAllowanceMutationVariables = Exact<{
  input: TransferAllowanceInput;
}>;


export type TransferAllowanceMutation = { transferAllowance: { id: string, fromKind: string, fromOwnerId: string, fromName: string, toKind: string, toOwnerId: string, toName: string, amountMicros: string, memo: string | null, at: string } };

export type TransferFieldsFragment = { id: string, fromKind: string, fromOwnerId: string, fromName: string, toKind: string, toOwnerId: string, toName: string, amountMicros: string, memo: string | null, at: string };

export type TransfersPageQueryVariables = Exact<{ [key: string]: never; }>;


export type TransfersPageQuery = { me: { id: string, company: { id: string, currency: string } }, transferLimit: { currency: string, periodStart: string, periodEnd: string, limitBp: number, limitMicros: string, givenMicros: string, availableMicros: string, remainingMicros: string } | null, teammates: Array<{ id: string, name: string, email: string }>, transfers: Array<{ id: string, fromKind: string, fromOwnerId: string, fromName: string, toKind: string, toOwnerId: string, toName: string, amountMicros: string, memo: string | null, at: string }> };

export type UnpricedUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type UnpricedUsageQuery = { unpricedUsage: Array<{ provider: string, model: string, events: number, engineers: number, inputTokens: string, outputTokens: string, firstSeen: string, lastSeen: string }> };

export type RepriceUnpricedUsageMutationVariables = Exact<{ [key: string]: never; }>;


export type RepriceUnpricedUsageMutation = { repriceUnpricedUsage: number };

export type UnmappedUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type UnmappedUsageQuery = { unmappedUsage: Array<{ identityKind: string, identityValue: string, records: number, inputTokens: string, outputTokens: string, lastSeen: string }> };

export type MapIdentityMutationVariables = Exact<{
  input: MapIdentityInput;
}>;


export type MapIdentityMutation = { mapIdentity: number };

export const AlertSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdsBp"}},{"kind":"Field","name":{"kind":"Name","value":"runOutAlert"}},{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webhooksEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mailConfigured"}}]}}]} as unknown as DocumentNode<AlertSettingsFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const EngineerBudgetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngineerBudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseRequestBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentMicros"}},{"kind":"Field","name":{"kind":"Name","value":"availableMicros"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBurnMicros"}},{"kind":"Field","name":{"kind":"Name","value":"runsOutOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]} as unknown as DocumentNode<EngineerBudgetFieldsFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"today"}}]}}]}}]}}]} as unknown as DocumentNode<AuthPayloadFieldsFragment, unknown>;
export const UsageByKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageByKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageByKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"costMicros"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedTokens"}}]}}]} as unknown as DocumentNode<UsageByKeyFieldsFragment, unknown>;
export const EngineerBurnFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngineerBurnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngineerBurn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"accruedMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentMicros"}},{"kind":"Field","name":{"kind":"Name","value":"heldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"availableMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overageMicros"}},{"kind":"Field","name":{"kind":"Name","value":"inOverage"}},{"kind":"Field","name":{"kind":"Name","value":"burn7Micros"}},{"kind":"Field","name":{"kind":"Name","value":"burn30Micros"}},{"kind":"Field","name":{"kind":"Name","value":"historyDays"}},{"kind":"Field","name":{"kind":"Name","value":"runsOutOn"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"runsOutBeforeHorizon"}},{"kind":"Field","name":{"kind":"Name","value":"underUse"}}]}}]} as unknown as DocumentNode<EngineerBurnFieldsFragment, unknown>;
export const EngineerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngineerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engineer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"basePay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualAllowanceMicros"}}]}}]} as unknown as DocumentNode<EngineerFieldsFragment, unknown>;
export const OfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateName"}},{"kind":"Field","name":{"kind":"Name","value":"candidateEmail"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualPayMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"overrideKind"}},{"kind":"Field","name":{"kind":"Name","value":"overrideRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"overrideAnnualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"bonusMicros"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualAllowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceBasisText"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyMicros"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firstYearMicros"}},{"kind":"Field","name":{"kind":"Name","value":"totalCompMicros"}}]}}]}}]} as unknown as DocumentNode<OfferFieldsFragment, unknown>;
export const AllowancePolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllowancePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllowancePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisKind"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"floorMicros"}},{"kind":"Field","name":{"kind":"Name","value":"capMicros"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverKind"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverCapMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]} as unknown as DocumentNode<AllowancePolicyFieldsFragment, unknown>;
export const RequestLimitsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestLimitsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLimits"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproveMicros"}},{"kind":"Field","name":{"kind":"Name","value":"autoApprovePerPeriodMicros"}},{"kind":"Field","name":{"kind":"Name","value":"hrApprovalAboveMicros"}},{"kind":"Field","name":{"kind":"Name","value":"giftLimitBp"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RequestLimitsFieldsFragment, unknown>;
export const ModelPriceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelPriceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelPrice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"inputMicros"}},{"kind":"Field","name":{"kind":"Name","value":"outputMicros"}},{"kind":"Field","name":{"kind":"Name","value":"cacheReadMicros"}},{"kind":"Field","name":{"kind":"Name","value":"cacheWrite5mMicros"}},{"kind":"Field","name":{"kind":"Name","value":"cacheWrite1hMicros"}},{"kind":"Field","name":{"kind":"Name","value":"tierCount"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<ModelPriceFieldsFragment, unknown>;
export const IncreaseRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsHr"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"managerComment"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<IncreaseRequestFieldsFragment, unknown>;
export const TeamPoolFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamPoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"heldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overflow"}}]}}]} as unknown as DocumentNode<TeamPoolFieldsFragment, unknown>;
export const TransferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromKind"}},{"kind":"Field","name":{"kind":"Name","value":"fromOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"toKind"}},{"kind":"Field","name":{"kind":"Name","value":"toOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<TransferFieldsFragment, unknown>;
export const AlertDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<AlertDeliveriesQuery, AlertDeliveriesQueryVariables>;
export const AlertsSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSettingsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdsBp"}},{"kind":"Field","name":{"kind":"Name","value":"runOutAlert"}},{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webhooksEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mailConfigured"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AlertsSettingsQuery, AlertsSettingsQueryVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const EvaluateAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateAlerts"}}]}}]} as unknown as DocumentNode<EvaluateAlertsMutation, EvaluateAlertsMutationVariables>;
export const SendTestEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<SendTestEmailMutation, SendTestEmailMutationVariables>;
export const UpdateAlertSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlertSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAlertSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlertSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdsBp"}},{"kind":"Field","name":{"kind":"Name","value":"runOutAlert"}},{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webhooksEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mailConfigured"}}]}}]} as unknown as DocumentNode<UpdateAlertSettingsMutation, UpdateAlertSettingsMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ApiKeyCreationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeyCreation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownKey"}},{"kind":"Field","name":{"kind":"Name","value":"companyKeys"}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreationQuery, ApiKeyCreationQueryVariables>;
export const AllIncreaseRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllIncreaseRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"increaseRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"StringValue","value":"ALL","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncreaseRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsHr"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"managerComment"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AllIncreaseRequestsQuery, AllIncreaseRequestsQueryVariables>;
export const ApprovalQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"increaseRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"StringValue","value":"TO_APPROVE","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncreaseRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"engineerBudget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngineerBudgetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsHr"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"managerComment"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngineerBudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseRequestBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentMicros"}},{"kind":"Field","name":{"kind":"Name","value":"availableMicros"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBurnMicros"}},{"kind":"Field","name":{"kind":"Name","value":"runsOutOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]} as unknown as DocumentNode<ApprovalQueueQuery, ApprovalQueueQueryVariables>;
export const ApproveIncreaseRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveIncreaseRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveIncreaseRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncreaseRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsHr"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"managerComment"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ApproveIncreaseRequestMutation, ApproveIncreaseRequestMutationVariables>;
export const IncreaseRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncreaseRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"increaseRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncreaseRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"engineerBudget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngineerBudgetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsHr"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"managerComment"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngineerBudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseRequestBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentMicros"}},{"kind":"Field","name":{"kind":"Name","value":"availableMicros"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBurnMicros"}},{"kind":"Field","name":{"kind":"Name","value":"runsOutOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]} as unknown as DocumentNode<IncreaseRequestQuery, IncreaseRequestQueryVariables>;
export const RejectIncreaseRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectIncreaseRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectIncreaseRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncreaseRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsHr"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"managerComment"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RejectIncreaseRequestMutation, RejectIncreaseRequestMutationVariables>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"today"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"today"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"today"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"today"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const BudgetPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"engineerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engineerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engineerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"accruedMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentMicros"}},{"kind":"Field","name":{"kind":"Name","value":"heldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"availableMicros"}},{"kind":"Field","name":{"kind":"Name","value":"poolAvailableMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overageMicros"}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"}},{"kind":"Field","name":{"kind":"Name","value":"dailyBurnMicros"}},{"kind":"Field","name":{"kind":"Name","value":"paceBp"}},{"kind":"Field","name":{"kind":"Name","value":"runsOutOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engineerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engineerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"accruedMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentToDateMicros"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMicros"}},{"kind":"Field","name":{"kind":"Name","value":"costMicros"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageByKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageByKeyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engineerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engineerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheReadTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheWriteTokens"}},{"kind":"Field","name":{"kind":"Name","value":"costMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"unpriced"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageByKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageByKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"costMicros"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedTokens"}}]}}]} as unknown as DocumentNode<BudgetPageQuery, BudgetPageQueryVariables>;
export const DefaultBudgetEnforcementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DefaultBudgetEnforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defaultBudgetEnforcement"}}]}}]} as unknown as DocumentNode<DefaultBudgetEnforcementQuery, DefaultBudgetEnforcementQueryVariables>;
export const SetDefaultBudgetEnforcementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultBudgetEnforcement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enforcement"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultBudgetEnforcement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enforcement"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enforcement"}}}]}]}}]} as unknown as DocumentNode<SetDefaultBudgetEnforcementMutation, SetDefaultBudgetEnforcementMutationVariables>;
export const SetEngineerBudgetEnforcementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEngineerBudgetEnforcement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"engineerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enforcement"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEngineerBudgetEnforcement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engineerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engineerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"enforcement"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enforcement"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"}},{"kind":"Field","name":{"kind":"Name","value":"availableMicros"}}]}}]}}]} as unknown as DocumentNode<SetEngineerBudgetEnforcementMutation, SetEngineerBudgetEnforcementMutationVariables>;
export const MyBurnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBurn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBurn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngineerBurnFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngineerBurnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngineerBurn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"accruedMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentMicros"}},{"kind":"Field","name":{"kind":"Name","value":"heldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"availableMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overageMicros"}},{"kind":"Field","name":{"kind":"Name","value":"inOverage"}},{"kind":"Field","name":{"kind":"Name","value":"burn7Micros"}},{"kind":"Field","name":{"kind":"Name","value":"burn30Micros"}},{"kind":"Field","name":{"kind":"Name","value":"historyDays"}},{"kind":"Field","name":{"kind":"Name","value":"runsOutOn"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"runsOutBeforeHorizon"}},{"kind":"Field","name":{"kind":"Name","value":"underUse"}}]}}]} as unknown as DocumentNode<MyBurnQuery, MyBurnQueryVariables>;
export const TeamBurnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamBurn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BurnSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"show"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BurnShow"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamBurn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"allowancePerPerson"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineers"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"accruedMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentMicros"}},{"kind":"Field","name":{"kind":"Name","value":"heldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"availableMicros"}},{"kind":"Field","name":{"kind":"Name","value":"burn7Micros"}},{"kind":"Field","name":{"kind":"Name","value":"burn30Micros"}},{"kind":"Field","name":{"kind":"Name","value":"runningOut"}},{"kind":"Field","name":{"kind":"Name","value":"underUse"}},{"kind":"Field","name":{"kind":"Name","value":"inOverage"}},{"kind":"Field","name":{"kind":"Name","value":"overageMicros"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeekMicros"}},{"kind":"Field","name":{"kind":"Name","value":"weekBeforeMicros"}},{"kind":"Field","name":{"kind":"Name","value":"weekOverWeekBp"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runningOut"},"name":{"kind":"Name","value":"engineers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"show"},"value":{"kind":"EnumValue","value":"RUNS_OUT"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"RUNS_OUT"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matching"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngineerBurnFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"engineers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"show"},"value":{"kind":"Variable","name":{"kind":"Name","value":"show"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matching"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngineerBurnFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"accruedMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentMicros"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"costMicros"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedTokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"costMicros"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedTokens"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngineerBurnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngineerBurn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"accruedMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentMicros"}},{"kind":"Field","name":{"kind":"Name","value":"heldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"availableMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overageMicros"}},{"kind":"Field","name":{"kind":"Name","value":"inOverage"}},{"kind":"Field","name":{"kind":"Name","value":"burn7Micros"}},{"kind":"Field","name":{"kind":"Name","value":"burn30Micros"}},{"kind":"Field","name":{"kind":"Name","value":"historyDays"}},{"kind":"Field","name":{"kind":"Name","value":"runsOutOn"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"runsOutBeforeHorizon"}},{"kind":"Field","name":{"kind":"Name","value":"underUse"}}]}}]} as unknown as DocumentNode<TeamBurnQuery, TeamBurnQueryVariables>;
export const CreateEngineerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEngineer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEngineerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEngineer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngineerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngineerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engineer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"basePay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualAllowanceMicros"}}]}}]} as unknown as DocumentNode<CreateEngineerMutation, CreateEngineerMutationVariables>;
export const EngineerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Engineer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngineerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"periodTotalMicros"}},{"kind":"Field","name":{"kind":"Name","value":"accruedMicros"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"basisKind"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"topUpMicros"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"grantDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"daysCovered"}},{"kind":"Field","name":{"kind":"Name","value":"daysInMonth"}},{"kind":"Field","name":{"kind":"Name","value":"posted"}},{"kind":"Field","name":{"kind":"Name","value":"postedMicros"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentMicros"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngineerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engineer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"basePay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualAllowanceMicros"}}]}}]} as unknown as DocumentNode<EngineerQuery, EngineerQueryVariables>;
export const EngineerChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngineerChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EngineerChoicesQuery, EngineerChoicesQueryVariables>;
export const EngineersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Engineers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngineerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngineerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engineer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"basePay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualAllowanceMicros"}}]}}]} as unknown as DocumentNode<EngineersQuery, EngineersQueryVariables>;
export const LeavingPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeavingPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeavingPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leavingPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayPaid"}},{"kind":"Field","name":{"kind":"Name","value":"forfeitOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balanceNowMicros"}},{"kind":"Field","name":{"kind":"Name","value":"grantsToComeMicros"}},{"kind":"Field","name":{"kind":"Name","value":"reversedGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversedMicros"}},{"kind":"Field","name":{"kind":"Name","value":"forfeitMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overageMicros"}},{"kind":"Field","name":{"kind":"Name","value":"loginEmail"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeysToRevoke"}}]}}]}}]} as unknown as DocumentNode<LeavingPreviewQuery, LeavingPreviewQueryVariables>;
export const MoveEngineerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveEngineer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveEngineerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveEngineer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MoveEngineerMutation, MoveEngineerMutationVariables>;
export const RecordRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRaiseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRaise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<RecordRaiseMutation, RecordRaiseMutationVariables>;
export const RunAccrualsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunAccruals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAccruals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineers"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"forfeited"}}]}}]}}]} as unknown as DocumentNode<RunAccrualsMutation, RunAccrualsMutationVariables>;
export const SetAllowanceOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAllowanceOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAllowanceOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAllowanceOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"basisKind"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SetAllowanceOverrideMutation, SetAllowanceOverrideMutationVariables>;
export const SetEndDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEndDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEndDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEndDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngineerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngineerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engineer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"basePay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualAllowanceMicros"}}]}}]} as unknown as DocumentNode<SetEndDateMutation, SetEndDateMutationVariables>;
export const DeactivateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]} as unknown as DocumentNode<DeactivateMemberMutation, DeactivateMemberMutationVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptUrl"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const ReactivateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]} as unknown as DocumentNode<ReactivateMemberMutation, ReactivateMemberMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const SetMemberRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMemberRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMemberRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetMemberRolesMutation, SetMemberRolesMutationVariables>;
export const ChangeOfferStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOfferStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOfferStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOfferStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateName"}},{"kind":"Field","name":{"kind":"Name","value":"candidateEmail"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualPayMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"overrideKind"}},{"kind":"Field","name":{"kind":"Name","value":"overrideRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"overrideAnnualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"bonusMicros"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualAllowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceBasisText"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyMicros"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firstYearMicros"}},{"kind":"Field","name":{"kind":"Name","value":"totalCompMicros"}}]}}]}}]} as unknown as DocumentNode<ChangeOfferStatusMutation, ChangeOfferStatusMutationVariables>;
export const CreateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferInputDto"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateName"}},{"kind":"Field","name":{"kind":"Name","value":"candidateEmail"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualPayMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"overrideKind"}},{"kind":"Field","name":{"kind":"Name","value":"overrideRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"overrideAnnualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"bonusMicros"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualAllowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceBasisText"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyMicros"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firstYearMicros"}},{"kind":"Field","name":{"kind":"Name","value":"totalCompMicros"}}]}}]}}]} as unknown as DocumentNode<CreateOfferMutation, CreateOfferMutationVariables>;
export const OfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateName"}},{"kind":"Field","name":{"kind":"Name","value":"candidateEmail"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualPayMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"overrideKind"}},{"kind":"Field","name":{"kind":"Name","value":"overrideRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"overrideAnnualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"bonusMicros"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualAllowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceBasisText"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyMicros"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firstYearMicros"}},{"kind":"Field","name":{"kind":"Name","value":"totalCompMicros"}}]}}]}}]} as unknown as DocumentNode<OfferQuery, OfferQueryVariables>;
export const OffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateName"}},{"kind":"Field","name":{"kind":"Name","value":"candidateEmail"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualPayMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"overrideKind"}},{"kind":"Field","name":{"kind":"Name","value":"overrideRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"overrideAnnualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"bonusMicros"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualAllowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceBasisText"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyMicros"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firstYearMicros"}},{"kind":"Field","name":{"kind":"Name","value":"totalCompMicros"}}]}}]}}]} as unknown as DocumentNode<OffersQuery, OffersQueryVariables>;
export const UpdateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateName"}},{"kind":"Field","name":{"kind":"Name","value":"candidateEmail"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualPayMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"overrideKind"}},{"kind":"Field","name":{"kind":"Name","value":"overrideRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"overrideAnnualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"bonusMicros"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualAllowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceBasisText"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyMicros"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firstYearMicros"}},{"kind":"Field","name":{"kind":"Name","value":"totalCompMicros"}}]}}]}}]} as unknown as DocumentNode<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const AccountingPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountingPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountingPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closable"}}]}}]}}]} as unknown as DocumentNode<AccountingPeriodsQuery, AccountingPeriodsQueryVariables>;
export const CloseAccountingPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAccountingPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAccountingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closable"}}]}}]}}]} as unknown as DocumentNode<CloseAccountingPeriodMutation, CloseAccountingPeriodMutationVariables>;
export const AllowancePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllowancePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowancePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllowancePolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllowancePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllowancePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisKind"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"floorMicros"}},{"kind":"Field","name":{"kind":"Name","value":"capMicros"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverKind"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverCapMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]} as unknown as DocumentNode<AllowancePolicyQuery, AllowancePolicyQueryVariables>;
export const AllowanceSightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllowanceSight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowanceSight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managersSeeAllowances"}},{"kind":"Field","name":{"kind":"Name","value":"groupMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}}]}}]}}]} as unknown as DocumentNode<AllowanceSightQuery, AllowanceSightQueryVariables>;
export const SetManagersSeeAllowancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetManagersSeeAllowances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setManagersSeeAllowances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managersSeeAllowances"}},{"kind":"Field","name":{"kind":"Name","value":"groupMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}}]}}]}}]} as unknown as DocumentNode<SetManagersSeeAllowancesMutation, SetManagersSeeAllowancesMutationVariables>;
export const RequestLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestLimitsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestLimitsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLimits"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproveMicros"}},{"kind":"Field","name":{"kind":"Name","value":"autoApprovePerPeriodMicros"}},{"kind":"Field","name":{"kind":"Name","value":"hrApprovalAboveMicros"}},{"kind":"Field","name":{"kind":"Name","value":"giftLimitBp"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RequestLimitsQuery, RequestLimitsQueryVariables>;
export const UpdateAllowancePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAllowancePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAllowancePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAllowancePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllowancePolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllowancePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllowancePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisKind"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"annualMicros"}},{"kind":"Field","name":{"kind":"Name","value":"floorMicros"}},{"kind":"Field","name":{"kind":"Name","value":"capMicros"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverKind"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverCapMicros"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]} as unknown as DocumentNode<UpdateAllowancePolicyMutation, UpdateAllowancePolicyMutationVariables>;
export const UpdateRequestLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRequestLimits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLimitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRequestLimits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestLimitsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestLimitsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLimits"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproveMicros"}},{"kind":"Field","name":{"kind":"Name","value":"autoApprovePerPeriodMicros"}},{"kind":"Field","name":{"kind":"Name","value":"hrApprovalAboveMicros"}},{"kind":"Field","name":{"kind":"Name","value":"giftLimitBp"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateRequestLimitsMutation, UpdateRequestLimitsMutationVariables>;
export const ModelPricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelPriceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelPriceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelPrice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"inputMicros"}},{"kind":"Field","name":{"kind":"Name","value":"outputMicros"}},{"kind":"Field","name":{"kind":"Name","value":"cacheReadMicros"}},{"kind":"Field","name":{"kind":"Name","value":"cacheWrite5mMicros"}},{"kind":"Field","name":{"kind":"Name","value":"cacheWrite1hMicros"}},{"kind":"Field","name":{"kind":"Name","value":"tierCount"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<ModelPricesQuery, ModelPricesQueryVariables>;
export const SetCompanyModelPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCompanyModelPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCompanyModelPriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCompanyModelPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelPriceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelPriceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelPrice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"inputMicros"}},{"kind":"Field","name":{"kind":"Name","value":"outputMicros"}},{"kind":"Field","name":{"kind":"Name","value":"cacheReadMicros"}},{"kind":"Field","name":{"kind":"Name","value":"cacheWrite5mMicros"}},{"kind":"Field","name":{"kind":"Name","value":"cacheWrite1hMicros"}},{"kind":"Field","name":{"kind":"Name","value":"tierCount"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<SetCompanyModelPriceMutation, SetCompanyModelPriceMutationVariables>;
export const ModelPatternsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<ModelPatternsQuery, ModelPatternsQueryVariables>;
export const CreateModelPatternDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateModelPattern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateModelPatternInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createModelPattern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<CreateModelPatternMutation, CreateModelPatternMutationVariables>;
export const DeleteModelPatternDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteModelPattern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteModelPattern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteModelPatternMutation, DeleteModelPatternMutationVariables>;
export const ExchangeRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExchangeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"microsPerUsd"}}]}}]}}]} as unknown as DocumentNode<ExchangeRatesQuery, ExchangeRatesQueryVariables>;
export const SetExchangeRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetExchangeRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetExchangeRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setExchangeRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"microsPerUsd"}}]}}]}}]} as unknown as DocumentNode<SetExchangeRateMutation, SetExchangeRateMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CancelIncreaseRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelIncreaseRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelIncreaseRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncreaseRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsHr"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"managerComment"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CancelIncreaseRequestMutation, CancelIncreaseRequestMutationVariables>;
export const MyAvailableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAvailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"allowanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentMicros"}},{"kind":"Field","name":{"kind":"Name","value":"availableMicros"}},{"kind":"Field","name":{"kind":"Name","value":"runsOutOn"}}]}}]}}]} as unknown as DocumentNode<MyAvailableQuery, MyAvailableQueryVariables>;
export const MyIncreaseRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyIncreaseRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"increaseRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"StringValue","value":"MINE","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncreaseRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsHr"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"managerComment"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<MyIncreaseRequestsQuery, MyIncreaseRequestsQueryVariables>;
export const RequestIncreaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestIncrease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestIncreaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestIncrease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncreaseRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engineerId"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsHr"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"managerComment"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RequestIncreaseMutation, RequestIncreaseMutationVariables>;
export const CompleteSsoSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSsoSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteSsoSignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSsoSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"today"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteSsoSignInMutation, CompleteSsoSignInMutationVariables>;
export const SaveSsoConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSsoConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSsoConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSsoConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"issuerUrl"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"roleClaim"}},{"kind":"Field","name":{"kind":"Name","value":"roleMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ssoRequired"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SaveSsoConnectionMutation, SaveSsoConnectionMutationVariables>;
export const SsoSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SsoSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectUri"}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"issuerUrl"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"roleClaim"}},{"kind":"Field","name":{"kind":"Name","value":"roleMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ssoRequired"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SsoSettingsQuery, SsoSettingsQueryVariables>;
export const StartSsoSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSsoSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartSsoSignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSsoSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationUrl"}}]}}]}}]} as unknown as DocumentNode<StartSsoSignInMutation, StartSsoSignInMutationVariables>;
export const CreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"costCentre"}},{"kind":"Field","name":{"kind":"Name","value":"managerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"engineerCount"}}]}}]}}]} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const TeamPoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamPools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamPools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamPoolFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamPoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"heldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overflow"}}]}}]} as unknown as DocumentNode<TeamPoolsQuery, TeamPoolsQueryVariables>;
export const FundTeamPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundTeamPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundTeamPoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundTeamPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamPoolFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamPoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"heldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overflow"}}]}}]} as unknown as DocumentNode<FundTeamPoolMutation, FundTeamPoolMutationVariables>;
export const SetTeamPoolOverflowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTeamPoolOverflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overflow"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTeamPoolOverflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"overflow"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overflow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamPoolFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamPoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMicros"}},{"kind":"Field","name":{"kind":"Name","value":"heldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"overflow"}}]}}]} as unknown as DocumentNode<SetTeamPoolOverflowMutation, SetTeamPoolOverflowMutationVariables>;
export const TeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"costCentre"}},{"kind":"Field","name":{"kind":"Name","value":"managerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"engineerCount"}}]}}]}}]} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;
export const UpdateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"costCentre"}},{"kind":"Field","name":{"kind":"Name","value":"managerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"engineerCount"}}]}}]}}]} as unknown as DocumentNode<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const MoveAllowanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAllowance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveAllowanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAllowance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromKind"}},{"kind":"Field","name":{"kind":"Name","value":"fromOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"toKind"}},{"kind":"Field","name":{"kind":"Name","value":"toOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<MoveAllowanceMutation, MoveAllowanceMutationVariables>;
export const MoveChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoveChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"managerUserId"}}]}}]}}]} as unknown as DocumentNode<MoveChoicesQuery, MoveChoicesQueryVariables>;
export const TransferAllowanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferAllowance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferAllowanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferAllowance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromKind"}},{"kind":"Field","name":{"kind":"Name","value":"fromOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"toKind"}},{"kind":"Field","name":{"kind":"Name","value":"toOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<TransferAllowanceMutation, TransferAllowanceMutationVariables>;
export const TransfersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransfersPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"limitBp"}},{"kind":"Field","name":{"kind":"Name","value":"limitMicros"}},{"kind":"Field","name":{"kind":"Name","value":"givenMicros"}},{"kind":"Field","name":{"kind":"Name","value":"availableMicros"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMicros"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teammates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromKind"}},{"kind":"Field","name":{"kind":"Name","value":"fromOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"toKind"}},{"kind":"Field","name":{"kind":"Name","value":"toOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"amountMicros"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<TransfersPageQuery, TransfersPageQueryVariables>;
export const UnpricedUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnpricedUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpricedUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"engineers"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]}}]} as unknown as DocumentNode<UnpricedUsageQuery, UnpricedUsageQueryVariables>;
export const RepriceUnpricedUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RepriceUnpricedUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repriceUnpricedUsage"}}]}}]} as unknown as DocumentNode<RepriceUnpricedUsageMutation, RepriceUnpricedUsageMutationVariables>;
export const UnmappedUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnmappedUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmappedUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityKind"}},{"kind":"Field","name":{"kind":"Name","value":"identityValue"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]}}]} as unknown as DocumentNode<UnmappedUsageQuery, UnmappedUsageQueryVariables>;
export const MapIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MapIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MapIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MapIdentityMutation, MapIdentityMutationVariables>;