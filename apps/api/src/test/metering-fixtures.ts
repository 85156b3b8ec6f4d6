import { randomUUID } from 'node:crypto';
import { testDay, testInstant, testToday } from './business-date';
import { SignedUp, TestApp } from './test-app';

export interface FundedEngineer {
  id: string;
  email: string;
  allowanceAccountId: string;
  /** An API key bound to this engineer with every scope. */
  key: string;
}

const CREATE_KEY = `mutation Key($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`;

/** An API key created the way an admin does it (GraphQL), with the given scopes. */
export async function createKey(
  t: TestApp,
  admin: SignedUp,
  input: { engineerId?: string; company?: boolean; scopes?: string[]; name?: string },
): Promise<string> {
  const result = await t.gql<{ createApiKey: { secret: string } }>(
    CREATE_KEY,
    {
      input: {
        name: input.name ?? 'test key',
        scopes: input.scopes ?? ['usage:write', 'authorize', 'budget:read'],
        ...(input.engineerId ? { engineerId: input.engineerId } : {}),
        ...(input.company ? { company: true } : {}),
      },
    },
    { token: admin.token },
  );
  if (!result.data) throw new Error(`createApiKey failed: ${JSON.stringify(result.errors)}`);
  return result.data.createApiKey.secret;
}

/**
 * An engineer (started a year ago, in a team) whose allowance account holds `allowanceMicros`, granted
 * from the company funding account as a balanced ledger entry. Written as the superuser: a fixture,
 * not the flow under test.
 */
export async function fundedEngineer(
  t: TestApp,
  admin: SignedUp,
  options: {
    email: string;
    allowanceMicros: bigint;
    enforcement?: 'HARD' | 'SOFT' | null;
    teamId?: string;
    /** false: no base pay, so no accrual job ever grants them more than `allowanceMicros`. */
    paid?: boolean;
  },
): Promise<FundedEngineer> {
  const c = admin.companyId;
  const id = randomUUID();
  await t.adminQuery(
    `insert into engineers (company_id, id, name, email, start_date, budget_enforcement)
     values ($1, $2, $3, $4, $6, $5)`,
    [
      c,
      id,
      options.email.split('@')[0],
      options.email.toLowerCase(),
      options.enforcement ?? null,
      testDay(-365),
    ],
  );
  if (options.paid !== false)
    await t.adminQuery(
      `insert into base_pay (company_id, id, engineer_id, effective_from, annual_micros, currency)
       values ($1, gen_random_uuid(), $2, $3, 200000000000, 'USD')`,
      [c, id, testDay(-365)],
    );
  if (options.teamId)
    await t.adminQuery(
      `insert into team_memberships (company_id, id, engineer_id, team_id, effective_from) values ($1, gen_random_uuid(), $2, $3, $4)`,
      [c, id, options.teamId, testDay(-365)],
    );
  const allowanceAccountId = await account(t, c, 'ENGINEER_ALLOWANCE', id);
  if (options.allowanceMicros > 0n)
    await grant(t, c, allowanceAccountId, options.allowanceMicros, `fixture:${id}`);
  const key = await createKey(t, admin, { engineerId: id });
  return { id, email: options.email.toLowerCase(), allowanceAccountId, key };
}

/** A team whose pool holds `poolMicros` and (optionally) overflows to its engineers. */
export async function teamWithPool(
  t: TestApp,
  admin: SignedUp,
  options: { name: string; poolMicros: bigint; overflow: boolean },
): Promise<{ id: string; poolAccountId: string }> {
  const c = admin.companyId;
  const id = randomUUID();
  await t.adminQuery(
    `insert into teams (company_id, id, name, cost_centre, pool_overflow) values ($1, $2, $3, 'CC-1', $4)`,
    [c, id, options.name, options.overflow],
  );
  const poolAccountId = await account(t, c, 'TEAM_POOL', id);
  if (options.poolMicros > 0n) await grant(t, c, poolAccountId, options.poolMicros, `fixture-pool:${id}`);
  return { id, poolAccountId };
}

async function account(t: TestApp, companyId: string, kind: string, ownerId: string): Promise<string> {
  const [row] = await t.adminQuery<{ id: string }>(
    `insert into ledger_accounts (company_id, id, kind, owner_id) values ($1, gen_random_uuid(), $2, $3)
     on conflict (company_id, kind, owner_id) do update set kind = excluded.kind returning id`,
    [companyId, kind, ownerId],
  );
  return row.id;
}

async function grant(
  t: TestApp,
  companyId: string,
  to: string,
  micros: bigint,
  reference: string,
): Promise<void> {
  const funding = await account(t, companyId, 'COMPANY_FUNDING', companyId);
  await t.adminQuery(
    `insert into ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, effective_at)
     values ($1, gen_random_uuid(), $2, $3, $4, 'GRANT', $5, $6)`,
    [companyId, funding, to, micros.toString(), reference, testInstant(-86_400_000)],
  );
  await t.adminQuery(`update ledger_accounts set balance_micros = balance_micros - $2 where id = $1`, [
    funding,
    micros.toString(),
  ]);
  await t.adminQuery(`update ledger_accounts set balance_micros = balance_micros + $2 where id = $1`, [
    to,
    micros.toString(),
  ]);
}

/** A machine request with an API key; the parsed body (JSON or problem JSON) and the status. */
export async function machine<T = Record<string, unknown>>(
  t: TestApp,
  key: string | undefined,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T; contentType: string | null }> {
  const response = await fetch(`${t.url}${path}`, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body !== undefined && !(body instanceof Uint8Array) ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : body instanceof Uint8Array ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (e.g. an empty protobuf answer)
  }
  return { status: response.status, body: parsed as T, contentType: response.headers.get('content-type') };
}

/** Ledger invariant over the whole database: every account's balance equals its entries, and all sum to zero. */
export async function ledgerReconciles(t: TestApp): Promise<{ violations: number; total: string }> {
  const [violations] = await t.adminQuery<{ n: number }>(
    `select count(*)::int as n from ledger_accounts a
       left join (select account_id, sum(amount) as net from (
                    select to_account_id as account_id, amount_micros as amount from ledger_entries
                    union all select from_account_id, -amount_micros from ledger_entries) m group by account_id) m
         on m.account_id = a.id
      where a.balance_micros <> coalesce(m.net, 0)`,
  );
  const [total] = await t.adminQuery<{ total: string }>(
    `select coalesce(sum(balance_micros), 0)::text as total from ledger_accounts`,
  );
  return { violations: violations.n, total: total.total };
}

/**
 * A fiscal year start month that puts the tests' today about six months into its period, whatever the day:
 * the forecast's 30-day windows are full (they start at the period start) and the period end is months
 * away, so "runs out before the period ends" holds on 31 December, 1 January, 29 February, …
 */
export function midPeriodStartMonth(today = testToday()): number {
  return ((Number(today.slice(5, 7)) + 5) % 12) + 1;
}

/** The company's policy at its defaults (50% of pay, monthly, no rollover) with a mid-period fiscal year. */
export async function midPeriodPolicy(t: TestApp, admin: SignedUp): Promise<void> {
  const result = await t.gql(
    `mutation($input: UpdateAllowancePolicyInput!) { updateAllowancePolicy(input: $input) { fiscalYearStartMonth } }`,
    {
      input: {
        basisKind: 'RATIO',
        ratioBp: 5000,
        accrual: 'MONTHLY',
        rolloverKind: 'NONE',
        fiscalYearStartMonth: midPeriodStartMonth(),
      },
    },
    { token: admin.token },
  );
  if (result.errors) throw new Error(`updateAllowancePolicy failed: ${JSON.stringify(result.errors)}`);
}
