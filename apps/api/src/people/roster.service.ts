import { BusinessClock } from '../clock/business-clock';
import { Injectable } from '@nestjs/common';
import { allowancePolicyProblems, AllowanceBasis, isIsoDate, Money } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import { AllowancesService } from '../allowances/allowances.service';
import { CompaniesService } from '../companies/companies.service';
import { TenancyService } from '../database/tenancy.service';
import { Engineer } from './engineer.entity';
import { PeopleService } from './people.service';
import { Team } from './team.entity';
import { MembersService } from '../members/members.service';

export interface RosterProblem {
  line: number;
  field: string;
  message: string;
}

export interface RosterChange {
  line: number;
  email: string;
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  changes: string[];
}

export interface RosterResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: RosterProblem[];
  changes: RosterChange[];
  applied: boolean;
}

interface ValidRow {
  line: number;
  name: string;
  email: string;
  teamId: string;
  startDate: string;
  endDate: string | null;
  payMicros: bigint;
  title: string | null;
  level: string | null;
  location: string | null;
  override: AllowanceBasis | null;
}

const REQUIRED = ['name', 'email', 'team', 'start_date', 'base_pay', 'currency'];
const MAX_ROWS = 50_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Roster import from an HR system's CSV export. A dry run reports what would be created or changed and
 * every bad row with its line number; applying is all-or-nothing (one transaction, bulk statements).
 */
@Injectable()
export class RosterService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly people: PeopleService,
    private readonly allowances: AllowancesService,
    private readonly companies: CompaniesService,
    private readonly members: MembersService,
  ) {}

  async import(csv: string, apply: boolean): Promise<RosterResult> {
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (header) =>
        header
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_'),
    });
    const problems: RosterProblem[] = [];
    const headers = parsed.meta.fields ?? [];
    const missing = REQUIRED.filter((column) => !headers.includes(column));
    if (missing.length) {
      problems.push({
        line: 1,
        field: missing.join(', '),
        message: `missing column(s); expected ${REQUIRED.join(', ')} (+ optional allowance_override, title, level, location, end_date)`,
      });
      return { rows: 0, created: 0, updated: 0, unchanged: 0, problems, changes: [], applied: false };
    }
    if (parsed.data.length > MAX_ROWS) {
      problems.push({
        line: 1,
        field: 'file',
        message: `has ${parsed.data.length} rows; import at most ${MAX_ROWS} at a time`,
      });
      return {
        rows: parsed.data.length,
        created: 0,
        updated: 0,
        unchanged: 0,
        problems,
        changes: [],
        applied: false,
      };
    }
    for (const error of parsed.errors)
      problems.push({ line: (error.row ?? 0) + 2, field: 'row', message: error.message });

    const company = await this.companies.current();
    const { policy } = await this.allowances.policy();
    const teams = await this.people.teams();
    const teamByPath = this.teamPaths(teams);
    const teamByCostCentre = new Map<string, Team[]>();
    for (const team of teams)
      teamByCostCentre.set(team.costCentre.toLowerCase(), [
        ...(teamByCostCentre.get(team.costCentre.toLowerCase()) ?? []),
        team,
      ]);
    const existing = new Map((await this.people.engineers()).map((engineer) => [engineer.email, engineer]));
    const currentTeams = await this.people.currentTeams();
    const currentPay = await this.currentPay();

    const seen = new Map<string, number>();
    const valid: ValidRow[] = [];
    parsed.data.forEach((raw, index) => {
      const line = index + 2; // line 1 is the header
      const row = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, (value ?? '').trim()]));
      const rowProblems: RosterProblem[] = [];
      const bad = (field: string, message: string) => rowProblems.push({ line, field, message });
      for (const column of REQUIRED) if (!row[column]) bad(column, 'is required');
      const email = row.email?.toLowerCase() ?? '';
      if (email && !EMAIL.test(email)) bad('email', 'is not an email address');
      if (email && seen.has(email)) bad('email', `repeats line ${seen.get(email)}`);
      if (row.name && row.name.length > 200) bad('name', 'is longer than 200 characters');
      if (row.start_date && !isIsoDate(row.start_date)) bad('start_date', 'must be a date like 2026-04-01');
      if (row.end_date && !isIsoDate(row.end_date)) bad('end_date', 'must be a date like 2026-04-01');
      if (
        row.end_date &&
        row.start_date &&
        isIsoDate(row.end_date) &&
        isIsoDate(row.start_date) &&
        row.end_date < row.start_date
      ) {
        bad('end_date', 'is before the start date');
      }
      if (row.currency && row.currency.toUpperCase() !== company.currency)
        bad('currency', `must be the company currency (${company.currency})`);
      let payMicros = 0n;
      if (row.base_pay) {
        try {
          payMicros = Money.parse(row.base_pay, company.currency).micros;
          if (payMicros <= 0n) bad('base_pay', 'must be more than zero');
          else if (payMicros > 1_000_000_000n * 1_000_000n)
            bad('base_pay', 'is not a believable annual amount');
        } catch {
          bad('base_pay', 'is not an amount like 185000');
        }
      }
      let teamId: string | undefined;
      if (row.team) {
        const byPath = teamByPath.get(row.team.toLowerCase().replace(/\s*[/>]\s*/g, '/'));
        const byCentre = teamByCostCentre.get(row.team.toLowerCase());
        if (byPath) teamId = byPath.id;
        else if (byCentre?.length === 1) teamId = byCentre[0].id;
        else if (byCentre && byCentre.length > 1)
          bad('team', `cost centre ${row.team} has several teams; give the team path`);
        else bad('team', `is not a team path (like Engineering/Platform) or cost centre of this company`);
      }
      let override: AllowanceBasis | null = null;
      if (row.allowance_override) {
        const percent = /^(\d+)(?:\.(\d{1,2}))?\s*%$/.exec(row.allowance_override);
        try {
          override = percent
            ? { kind: 'RATIO', ratioBp: Number(percent[1]) * 100 + Number((percent[2] ?? '').padEnd(2, '0')) }
            : { kind: 'FIXED', annualMicros: Money.parse(row.allowance_override, company.currency).micros };
          const overrideProblems = allowancePolicyProblems({ ...policy, basis: override });
          for (const problem of overrideProblems) bad('allowance_override', problem.message);
        } catch {
          bad('allowance_override', 'must be a percentage like 60% or an annual amount like 100000');
        }
      }
      if (email) seen.set(email, line);
      if (rowProblems.length) {
        problems.push(...rowProblems);
        return;
      }
      valid.push({
        line,
        name: row.name,
        email,
        teamId: teamId as string,
        startDate: row.start_date,
        endDate: row.end_date || null,
        payMicros,
        title: row.title || null,
        level: row.level || null,
        location: row.location || null,
        override,
      });
    });

    const changes: RosterChange[] = valid.map((row) => {
      const engineer = existing.get(row.email);
      if (!engineer) return { line: row.line, email: row.email, action: 'CREATE', changes: [] };
      const diff: string[] = [];
      if (engineer.name !== row.name) diff.push(`name: ${engineer.name} → ${row.name}`);
      if (currentTeams.get(engineer.id) !== row.teamId) diff.push('team');
      if (currentPay.get(engineer.id) !== row.payMicros) diff.push('base pay');
      if ((engineer.endDate ?? null) !== row.endDate)
        diff.push(`end date: ${engineer.endDate ?? '—'} → ${row.endDate ?? '—'}`);
      if (engineer.startDate !== row.startDate)
        diff.push(`start date stays ${engineer.startDate} (not changed by import)`);
      return {
        line: row.line,
        email: row.email,
        action: diff.some((d) => !d.startsWith('start date')) ? 'UPDATE' : 'UNCHANGED',
        changes: diff,
      };
    });
    const result: RosterResult = {
      rows: parsed.data.length,
      created: changes.filter((c) => c.action === 'CREATE').length,
      updated: changes.filter((c) => c.action === 'UPDATE').length,
      unchanged: changes.filter((c) => c.action === 'UNCHANGED').length,
      problems: problems.sort((a, b) => a.line - b.line),
      changes,
      applied: false,
    };
    if (!apply || problems.length) return result;
    await this.applyRows(valid, changes, existing, company.currency);
    return { ...result, applied: true };
  }

  private teamPaths(teams: Team[]): Map<string, Team> {
    const byId = new Map(teams.map((team) => [team.id, team]));
    const result = new Map<string, Team>();
    for (const team of teams) {
      const names: string[] = [];
      for (
        let cursor: Team | undefined = team;
        cursor;
        cursor = cursor.parentId ? byId.get(cursor.parentId) : undefined
      )
        names.unshift(cursor.name);
      result.set(names.join('/').toLowerCase(), team);
      if (!result.has(team.name.toLowerCase())) result.set(team.name.toLowerCase(), team);
    }
    return result;
  }

  private async currentPay(): Promise<Map<string, bigint>> {
    const rows: { engineer_id: string; annual_micros: string }[] = await this.tenancy
      .manager()
      .query(
        `select distinct on (engineer_id) engineer_id, annual_micros from base_pay where effective_from <= $1 order by engineer_id, effective_from desc`,
        [await this.clock.companyToday()],
      );
    return new Map(rows.map((row) => [row.engineer_id, BigInt(row.annual_micros)]));
  }

  /** Bulk statements (unnest of arrays) so 10,000 rows take a handful of round trips. */
  private async applyRows(
    rows: ValidRow[],
    changes: RosterChange[],
    existing: Map<string, Engineer>,
    currency: string,
  ): Promise<void> {
    const manager = this.tenancy.manager();
    const companyId = this.tenancy.companyId();
    const actor = this.tenancy.actorUserId();
    const on = await this.clock.companyToday();
    const creates = rows
      .filter((_row, i) => changes[i].action === 'CREATE')
      .map((row) => ({ ...row, id: randomUUID() }));
    const updates = rows
      .filter((_row, i) => changes[i].action === 'UPDATE')
      .map((row) => ({ ...row, id: (existing.get(row.email) as Engineer).id }));
    const col = <T>(items: { [k: string]: unknown }[], key: string) => items.map((item) => item[key] as T);
    if (creates.length) {
      await manager.query(
        `insert into engineers (company_id, id, name, email, title, level, location, start_date, end_date)
         select $1, * from unnest($2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[], $8::date[], $9::date[])`,
        [
          companyId,
          col(creates, 'id'),
          col(creates, 'name'),
          col(creates, 'email'),
          col(creates, 'title'),
          col(creates, 'level'),
          col(creates, 'location'),
          col(creates, 'startDate'),
          col(creates, 'endDate'),
        ],
      );
      await manager.query(
        `insert into team_memberships (company_id, id, engineer_id, team_id, effective_from)
         select $1, gen_random_uuid(), * from unnest($2::uuid[], $3::uuid[], $4::date[])`,
        [companyId, col(creates, 'id'), col(creates, 'teamId'), col(creates, 'startDate')],
      );
      await manager.query(
        `insert into base_pay (company_id, id, engineer_id, effective_from, annual_micros, currency, created_by)
         select $1, gen_random_uuid(), e, d, p, $5, $6 from unnest($2::uuid[], $3::date[], $4::bigint[]) as t(e, d, p)`,
        [
          companyId,
          col(creates, 'id'),
          col(creates, 'startDate'),
          creates.map((row) => row.payMicros.toString()),
          currency,
          actor,
        ],
      );
    }
    for (const row of updates) {
      const before = existing.get(row.email) as Engineer;
      await manager.query(
        `update engineers set name = $2, title = coalesce($3, title), level = coalesce($4, level), location = coalesce($5, location), end_date = $6 where id = $1`,
        [row.id, row.name, row.title, row.level, row.location, row.endDate],
      );
      const change = changes.find((c) => c.email === row.email) as RosterChange;
      const effective = on < before.startDate ? before.startDate : on;
      if (change.changes.includes('team')) await this.people.moveEngineer(row.id, row.teamId, effective);
      if (change.changes.includes('base pay')) {
        await manager.query(
          `insert into base_pay (company_id, id, engineer_id, effective_from, annual_micros, currency, created_by) values ($1, gen_random_uuid(), $2, $3, $4, $5, $6)
           on conflict (company_id, engineer_id, effective_from) do update set annual_micros = excluded.annual_micros`,
          [companyId, row.id, effective, row.payMicros.toString(), currency, actor],
        );
      }
    }
    // A leaver whose end date has come is offboarded now (their login and keys); later ones by the job.
    for (const row of [...creates, ...updates])
      if (row.endDate) await this.members.offboard(row.id, row.endDate);
    const overridden = [...creates, ...updates].filter((row) => row.override);
    for (const row of overridden)
      await this.allowances.setOverride(row.id, row.startDate, row.override, 'Roster import', {
        trueUp: false,
      });
    // New hires get what is due at once, changed engineers are trued up: set-based, in the same transaction.
    const changed = [...creates, ...updates].map((row) => row.id);
    if (changed.length) await this.allowances.accrue({ engineerIds: changed, change: 'Roster import' });
    // One audit entry per engineer created or changed, in one statement.
    const audited = [
      ...creates.map((row) => ({ ...row, action: 'ENGINEER_IMPORTED' })),
      ...updates.map((row) => ({ ...row, action: 'ENGINEER_UPDATED_BY_IMPORT' })),
    ];
    if (audited.length) {
      await manager.query(
        `insert into audit_entries (company_id, id, actor_user_id, action, entity_type, entity_id, before, after)
         select $1, gen_random_uuid(), $2, a, 'engineer', e, null, jsonb_build_object('email', m, 'teamId', t, 'annualPayMicros', p::text, 'line', l)
           from unnest($3::varchar[], $4::uuid[], $5::varchar[], $6::uuid[], $7::bigint[], $8::int[]) as x(a, e, m, t, p, l)`,
        [
          companyId,
          actor,
          col(audited, 'action'),
          col(audited, 'id'),
          col(audited, 'email'),
          col(audited, 'teamId'),
          audited.map((row) => row.payMicros.toString()),
          col(audited, 'line'),
        ],
      );
    }
  }
}
