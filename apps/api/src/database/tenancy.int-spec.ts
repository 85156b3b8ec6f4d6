import { Pool } from 'pg';
import { TENANT_TABLES } from './entities';
import { APP_ROLE } from './provision';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

/** One row in every people/allowance/ledger/audit table for a company, written as the superuser. */
async function seedPeopleAndLedger(t: TestApp, company: SignedUp): Promise<void> {
  const c = company.companyId;
  const [team] = await t.adminQuery<{ id: string }>(
    `insert into teams (company_id, id, name, cost_centre) values ($1, gen_random_uuid(), 'Platform', 'CC-100') returning id`,
    [c],
  );
  const [engineer] = await t.adminQuery<{ id: string }>(
    `insert into engineers (company_id, id, name, email, start_date) values ($1, gen_random_uuid(), 'Eng', 'eng@x.test', '2026-01-01') returning id`,
    [c],
  );
  await t.adminQuery(
    `insert into team_memberships (company_id, id, engineer_id, team_id, effective_from) values ($1, gen_random_uuid(), $2, $3, '2026-01-01')`,
    [c, engineer.id, team.id],
  );
  await t.adminQuery(
    `insert into base_pay (company_id, id, engineer_id, effective_from, annual_micros, currency) values ($1, gen_random_uuid(), $2, '2026-01-01', 200000000000, 'USD')`,
    [c, engineer.id],
  );
  await t.adminQuery(`insert into allowance_policies (company_id) values ($1)`, [c]);
  await t.adminQuery(
    `insert into allowance_policy_versions (company_id, effective_from, basis_kind, ratio_bp, fiscal_year_start_month, accrual, rollover_kind)
     values ($1, '1970-01-01', 'RATIO', 5000, 1, 'MONTHLY', 'NONE')`,
    [c],
  );
  await t.adminQuery(
    `insert into allowance_overrides (company_id, id, engineer_id, effective_from, basis_kind, ratio_bp, reason) values ($1, gen_random_uuid(), $2, '2026-01-01', 'RATIO', 6000, 'test')`,
    [c, engineer.id],
  );
  const [funding] = await t.adminQuery<{ id: string }>(
    `insert into ledger_accounts (company_id, id, kind, owner_id) values ($1, gen_random_uuid(), 'COMPANY_FUNDING', $1) returning id`,
    [c],
  );
  const [allowance] = await t.adminQuery<{ id: string }>(
    `insert into ledger_accounts (company_id, id, kind, owner_id) values ($1, gen_random_uuid(), 'ENGINEER_ALLOWANCE', $2) returning id`,
    [c, engineer.id],
  );
  await t.adminQuery(
    `insert into ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, effective_at)
     values ($1, gen_random_uuid(), $2, $3, 1000, 'GRANT', 'test', now())`,
    [c, funding.id, allowance.id],
  );
  await t.adminQuery(
    `insert into offers (company_id, id, candidate_name, candidate_email, title, team_id, start_date, annual_pay_micros, currency)
     values ($1, gen_random_uuid(), 'Cand', 'cand@x.test', 'Engineer', $2, '2027-01-01', 150000000000, 'USD')`,
    [c, team.id],
  );
  await t.adminQuery(
    `insert into api_keys (company_id, id, name, secret_hash, scopes, engineer_id) values ($1, gen_random_uuid(), 'k', repeat('0', 64), '{budget:read}', $2)`,
    [c, engineer.id],
  );
  await t.adminQuery(
    `insert into company_model_prices (company_id, id, provider, model, effective_from, input_micros, output_micros) values ($1, gen_random_uuid(), 'self', 'llama', '2026-01-01', 100000, 200000)`,
    [c],
  );
  await t.adminQuery(
    `insert into audit_entries (company_id, id, action, entity_type) values ($1, gen_random_uuid(), 'TEST', 'test')`,
    [c],
  );
  await t.adminQuery(
    `insert into model_patterns (company_id, id, provider, pattern, model) values ($1, gen_random_uuid(), 'anthropic', 'claude-x-*', 'claude-x')`,
    [c],
  );
  await t.adminQuery(
    `insert into exchange_rates (company_id, currency, effective_from, micros_per_usd) values ($1, 'EUR', '2026-01-01', 920000)`,
    [c],
  );
  const [event] = await t.adminQuery<{ id: string }>(
    `insert into usage_events (company_id, id, engineer_id, source, provider, model, input_tokens, output_tokens, cost_micros, currency, occurred_at)
     values ($1, gen_random_uuid(), $2, 'test', 'anthropic', 'claude-x', 10, 10, 5, 'USD', now()) returning id`,
    [c, engineer.id],
  );
  await t.adminQuery(
    `insert into usage_event_keys (company_id, source, idempotency_key, event_id) values ($1, 'test', 'k1', $2)`,
    [c, event.id],
  );
  await t.adminQuery(
    `insert into usage_daily (company_id, engineer_id, day, provider, model, source, events, cost_micros) values ($1, $2, current_date, 'anthropic', 'claude-x', 'test', 1, 5)`,
    [c, engineer.id],
  );
  // usage_engineer_days, usage_monthly and usage_team_monthly follow usage_daily (statement triggers).
  await t.adminQuery(
    `insert into usage_overages (company_id, id, engineer_id, occurred_at, usage_event_id, events, overage_micros) values ($1, gen_random_uuid(), $2, now(), $3, 1, 5)`,
    [c, engineer.id, event.id],
  );
  await t.adminQuery(
    `insert into holds (company_id, id, engineer_id, request_id, provider, model, estimated_input_tokens, max_output_tokens, amount_micros, engineer_account_id, engineer_held_micros, expires_at)
     values ($1, gen_random_uuid(), $2, 'r1', 'anthropic', 'claude-x', 1, 1, 1, $3, 1, now())`,
    [c, engineer.id, allowance.id],
  );
  await t.adminQuery(
    `insert into engineer_identities (company_id, kind, value, engineer_id) values ($1, 'account_uuid', 'u-1', $2)`,
    [c, engineer.id],
  );
  await t.adminQuery(
    `insert into unmapped_usage (company_id, id, identity_kind, identity_value, source, idempotency_key, kind, payload) values ($1, gen_random_uuid(), 'email', 'who@x.test', 'claude-code', 'k1', 'usage', '{}')`,
    [c],
  );
  await t.adminQuery(
    `insert into otlp_series (company_id, series_key, start_time_unix_nano, time_unix_nano, value) values ($1, repeat('a', 64), 1, 2, 3)`,
    [c],
  );
  await t.adminQuery(
    `insert into increase_requests (company_id, id, engineer_id, amount_micros, kind, reason, status, requested_on) values ($1, gen_random_uuid(), $2, 1000000, 'TEMPORARY', 'test', 'PENDING_MANAGER', '2026-01-01')`,
    [c, engineer.id],
  );
  await t.adminQuery(
    `insert into engineer_period_totals (company_id, engineer_id, period_start, given_micros) values ($1, $2, '2026-01-01', 1)`,
    [c, engineer.id],
  );
  await t.adminQuery(
    `insert into productivity_signals (company_id, engineer_id, day, kind, value) values ($1, $2, current_date, 'commits', 1)`,
    [c, engineer.id],
  );
  await t.adminQuery(`insert into alert_settings (company_id) values ($1)`, [c]);
  await t.adminQuery(`insert into accounting_periods (company_id, month) values ($1, '2026-01-01')`, [c]);
  const [alert] = await t.adminQuery<{ id: string }>(
    `insert into alerts (company_id, id, engineer_id, kind, threshold_bp, period_start, period_end, currency, allowance_micros, spent_micros, available_micros)
     values ($1, gen_random_uuid(), $2, 'THRESHOLD', 8000, '2026-01-01', '2026-12-31', 'USD', 100, 80, 20) returning id`,
    [c, engineer.id],
  );
  // Single sign-on: a connection, one of its domains, a sign-in on its way.
  await t.adminQuery(
    `insert into sso_connections (company_id, slug, issuer_url, client_id, client_secret_sealed)
     values ($1::uuid, 'sso-' || left($1::text, 8), 'https://idp.x.test', 'client', 'sealed')`,
    [c],
  );
  await t.adminQuery(
    `insert into sso_domains (company_id, domain) values ($1::uuid, left($1::text, 8) || '.x.test')`,
    [c],
  );
  await t.adminQuery(
    `insert into sso_sign_ins (company_id, id, state, nonce, code_verifier_sealed, binding_hash, expires_at)
     values ($1, gen_random_uuid(), 's', 'n', 'sealed', repeat('0', 64), now() + interval '10 minutes')`,
    [c],
  );
  await t.adminQuery(
    `insert into webhook_endpoints (company_id, id, url, format, secret_sealed) values ($1, gen_random_uuid(), 'https://hooks.x.test/a', 'JSON', 'sealed')`,
    [c],
  );
  await t.adminQuery(
    `insert into alert_deliveries (company_id, id, kind, alert_id, channel, recipient, status, max_attempts) values ($1, gen_random_uuid(), 'ALERT', $2, 'EMAIL', 'eng@x.test', 'SENT', 3)`,
    [c, alert.id],
  );
  // Chargeback: settings, a shared cost, a closed month's frozen line and allowance, its close record.
  await t.adminQuery(`insert into chargeback_settings (company_id) values ($1)`, [c]);
  await t.adminQuery(
    `insert into shared_costs (company_id, id, month, description, amount_micros) values ($1, gen_random_uuid(), '2026-01-01', 'Support', 1000)`,
    [c],
  );
  await t.adminQuery(
    `insert into statement_lines (company_id, month, line_no, day, category, engineer_id, engineer_name, team_id, team_name,
                                  cost_centre, provider, model, tool, cost_micros, list_cost_micros, description)
     values ($1, '2026-01-01', 1, '2026-01-05', 'USAGE', $2, 'Eng', $3, 'Team', 'CC-1', 'anthropic', 'claude-x', 'test', 5, 5, 'usage')`,
    [c, engineer.id, team.id],
  );
  await t.adminQuery(
    `insert into statement_allowances (company_id, month, engineer_id, engineer_name, team_id, team_name, cost_centre, leaver,
                                       granted_micros, spent_micros, overage_micros)
     values ($1, '2026-01-01', $2, 'Eng', $3, 'Team', 'CC-1', false, 1000, 5, 0)`,
    [c, engineer.id, team.id],
  );
  await t.adminQuery(
    `insert into period_closes (company_id, month, checklist, lines, total_micros) values ($1, '2026-01-01', '[]', 1, 5)`,
    [c],
  );
}

describe('tenancy: row-level security as the app role', () => {
  let t: TestApp;
  let acme: SignedUp;
  let globex: SignedUp;
  let pool: Pool;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await signUp(t, 'Acme', 'admin@acme.test');
    globex = await signUp(t, 'Globex', 'admin@globex.test');
    await addMember(t, acme, 'eng@acme.test', ['ENGINEER']);
    await addMember(t, globex, 'eng@globex.test', ['ENGINEER']);
    for (const company of [acme, globex]) await seedPeopleAndLedger(t, company);
    // One connection, reused across companies: what a pooled app connection sees.
    pool = new Pool({ connectionString: t.db.appUrl, max: 1 });
  });

  afterAll(async () => {
    await pool.end();
    await t.close();
  });

  it('the app role owns nothing, is no superuser and cannot bypass RLS', async () => {
    const [role] = await t.adminQuery<{ rolsuper: boolean; rolbypassrls: boolean }>(
      'select rolsuper, rolbypassrls from pg_roles where rolname = $1',
      [APP_ROLE],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await t.adminQuery(
      `select c.relname from pg_class c join pg_roles r on r.oid = c.relowner
        where r.rolname = $1 and c.relnamespace = 'public'::regnamespace`,
      [APP_ROLE],
    );
    expect(owned).toEqual([]);
  });

  it('every table with a company column has RLS enabled and forced, and is listed as a tenant table', async () => {
    const tables = await t.adminQuery<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
    }>(
      `select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
          and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'company_id' and not a.attisdropped)
               or c.relname = 'companies')
        order by c.relname`,
    );
    expect(tables.map((table) => table.relname)).toEqual([...TENANT_TABLES].sort());
    for (const table of tables) {
      expect({
        table: table.relname,
        enabled: table.relrowsecurity,
        forced: table.relforcerowsecurity,
      }).toEqual({
        table: table.relname,
        enabled: true,
        forced: true,
      });
    }
  });

  it('every tenant policy reads the current company once per statement (an InitPlan), never once per row', async () => {
    const policies = await t.adminQuery<{ tablename: string; qual: string; with_check: string }>(
      `select tablename, qual, with_check from pg_policies where schemaname = 'public' and policyname = 'tenant_isolation'`,
    );
    expect(policies.map((policy) => policy.tablename).sort()).toEqual([...TENANT_TABLES].sort());
    for (const policy of policies)
      for (const expression of [policy.qual, policy.with_check])
        expect({ table: policy.tablename, expression }).toEqual({
          table: policy.tablename,
          expression: expect.stringMatching(/= \( SELECT \(NULLIF\(current_setting\('app\.company_id'/),
        });
  });

  it('company_id is the first column of every tenant primary key', async () => {
    const keys = await t.adminQuery<{ relname: string; first: string }>(
      `select c.relname, a.attname as first from pg_index i
         join pg_class c on c.oid = i.indrelid
         join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
        where i.indisprimary and c.relname = any($1) and c.relname <> 'companies'`,
      [[...TENANT_TABLES]],
    );
    expect(keys).toHaveLength(TENANT_TABLES.length - 1);
    for (const key of keys) expect(key.first).toBe('company_id');
  });

  it('without a company, the app role sees no tenant rows at all', async () => {
    for (const table of TENANT_TABLES) {
      const { rows } = await pool.query(`select count(*)::int as n from "${table}"`);
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
  });

  it.each(TENANT_TABLES)('raw reads of %s as the app role return only the current company', async (table) => {
    const key = table === 'companies' ? 'id' : 'company_id';
    for (const company of [acme, globex]) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(`select set_config('app.company_id', $1, true)`, [company.companyId]);
        const { rows } = await client.query(`select distinct "${key}" as company from "${table}"`);
        await client.query('commit');
        expect(rows.map((row) => row.company)).toEqual([company.companyId]);
        // The setting was transaction-local: the same pooled connection now sees nothing.
        const after = await client.query(`select count(*)::int as n from "${table}"`);
        expect(after.rows[0].n).toBe(0);
      } finally {
        client.release();
      }
    }
  });

  it.each(['ledger_entries', 'audit_entries'])(
    '%s is append-only for the app role and even for the owner',
    async (table) => {
      const [before] = await t.adminQuery<{ n: number }>(`select count(*)::int as n from "${table}"`);
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(`select set_config('app.company_id', $1, true)`, [acme.companyId]);
        await expect(client.query(`update "${table}" set created_at = now()`)).rejects.toThrow(
          /permission denied/,
        );
        await client.query('rollback');
        await client.query('begin');
        await client.query(`select set_config('app.company_id', $1, true)`, [acme.companyId]);
        await expect(client.query(`delete from "${table}"`)).rejects.toThrow(/permission denied/);
        await client.query('rollback');
      } finally {
        client.release();
      }
      await expect(t.adminQuery(`delete from "${table}"`)).rejects.toThrow(/append-only/);
      const [left] = await t.adminQuery<{ n: number }>(`select count(*)::int as n from "${table}"`);
      expect(before.n).toBeGreaterThanOrEqual(2);
      expect(left.n).toBe(before.n);
    },
  );

  it('the app role cannot write a row into another company', async () => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.company_id', $1, true)`, [acme.companyId]);
      await expect(
        client
          .query(`update users set name = 'hijacked' where company_id = $1`, [globex.companyId])
          .then((r) => r.rowCount),
      ).resolves.toBe(0);
      await expect(
        client.query(`insert into companies (id, name, currency) values ($1, 'Sneaky', 'USD')`, [
          '00000000-0000-4000-8000-000000000001',
        ]),
      ).rejects.toThrow(/row-level security/);
      await client.query('rollback');
    } finally {
      client.release();
    }
    const [globexAdmin] = await t.adminQuery<{ name: string }>('select name from users where id = $1', [
      globex.userId,
    ]);
    expect(globexAdmin.name).not.toBe('hijacked');
  });

  it('every GraphQL query returns only the caller company', async () => {
    const query = `{ me { email company { id name } } members { email } }`;
    const forAcme = await t.gql<{ me: { company: { id: string } }; members: { email: string }[] }>(
      query,
      {},
      { token: acme.token },
    );
    const forGlobex = await t.gql<{ me: { company: { id: string } }; members: { email: string }[] }>(
      query,
      {},
      { token: globex.token },
    );
    expect(forAcme.data?.me.company.id).toBe(acme.companyId);
    expect(forAcme.data?.members.map((m) => m.email).sort()).toEqual(['admin@acme.test', 'eng@acme.test']);
    expect(forGlobex.data?.me.company.id).toBe(globex.companyId);
    expect(forGlobex.data?.members.map((m) => m.email).sort()).toEqual([
      'admin@globex.test',
      'eng@globex.test',
    ]);
  });

  it('a token cannot revoke another company invitation', async () => {
    const invited = await t.gql<{ inviteMember: { id: string } }>(
      `mutation { inviteMember(input: { email: "later@globex.test", roles: [HR] }) { id } }`,
      {},
      { token: globex.token },
    );
    const id = invited.data?.inviteMember.id;
    const attempt = await t.gql(
      `mutation($id: ID!) { revokeInvitation(id: $id) { id status } }`,
      { id },
      { token: acme.token },
    );
    expect(attempt.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const [row] = await t.adminQuery<{ revoked_at: Date | null }>(
      'select revoked_at from invitations where id = $1',
      [id],
    );
    expect(row.revoked_at).toBeNull();
  });
});
