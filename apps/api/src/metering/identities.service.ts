import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { returnedRows } from '../database/sql';
import { TenancyService } from '../database/tenancy.service';
import { IsoDate, isoDateInZone, UnattributedRecord } from '@tokenroll/domain';
import { LedgerReads } from '../ledger/ledger-reads.service';
import { PricingService } from '../pricing/pricing.service';
import { UsageInput, UsageService } from './usage.service';

/** Who telemetry names: Claude Code sends `user.email` when signed in with OAuth, and always `user.account_uuid`. */
export interface TelemetryIdentity {
  email?: string;
  accountUuid?: string;
}

/** One record of unattributed usage, priced at its day (see unattributedSign in libs/domain). */
export interface UnattributedUsage extends UnattributedRecord {
  /** A company key's usage without an engineer (else usage whose sender is not mapped yet). */
  companyKey: boolean;
  provider: string;
  model: string;
  source: string;
  costMicros: bigint;
}

/** Usage or a productivity signal kept aside until its identity is mapped to an engineer. */
export type AsideRecord =
  | {
      kind: 'usage';
      usage: Omit<UsageInput, 'engineerId' | 'occurredAt' | 'reportedCostMicros'> & {
        occurredAt: string;
        reportedCostMicros?: string | null;
      };
    }
  | { kind: 'signal'; signal: { day: string; kind: string; value: number } };

/** A productivity signal (commits, pull requests, lines of code…) for a later KPI view. */
export interface SignalInput {
  engineerId: string;
  day: string;
  kind: string;
  value: number;
}

/** Matches telemetry identities to engineers, and keeps what cannot be matched aside for an admin. */
@Injectable()
export class IdentitiesService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly usage: UsageService,
    private readonly audit: AuditService,
    private readonly pricing: PricingService,
    private readonly ledgerReads: LedgerReads,
  ) {}

  /**
   * What the unmapped queue holds now (a period close's checklist): identities not yet mapped to an engineer,
   * and the usage records kept aside for them (received before `before`, an instant, when given). A company
   * key's unattributed usage is not among them: it is shared spend by design, allocated at close.
   */
  async openUnmapped(before?: Date): Promise<{ identities: number; records: number }> {
    const [row]: { identities: number; records: number }[] = await this.tenancy.manager().query(
      `select count(distinct (identity_kind, identity_value))::int as identities, count(*)::int as records
         from unmapped_usage where resolved_at is null and kind = 'usage' and identity_kind <> 'api_key'
          and ($1::timestamptz is null or received_at < $1)`,
      [before ?? null],
    );
    return row;
  }

  /**
   * Unattributed usage (the unmapped queue, a company key's usage without an engineer) the month [from, to) (days
   * in the company's `timeZone`) may count (unattributedSign decides): records still unattributed that occurred
   * in the month, or earlier but received since `previousClose` (the close of the month before; late, they count
   * in the first open month), and records mapped to an engineer since `previousClose`. Never the whole queue's
   * history: a company key's own usage stays in it for good. Each priced at its day as ingest prices it.
   */
  async unattributedUsage(
    from: IsoDate,
    to: IsoDate,
    previousClose: Date | null,
    timeZone: string,
  ): Promise<UnattributedUsage[]> {
    const rows: {
      source: string;
      company_key: boolean;
      payload: AsideRecord;
      received_at: Date;
      resolved_at: Date | null;
    }[] = await this.tenancy.manager().query(
      `select source, identity_kind = 'api_key' as company_key, payload, received_at, resolved_at from unmapped_usage
        where kind = 'usage'
          and (payload->'usage'->>'occurredAt')::timestamptz < ($2::timestamp at time zone $4)
          and (   (resolved_at is null
                   and (   (payload->'usage'->>'occurredAt')::timestamptz >= ($1::timestamp at time zone $4)
                        or received_at >= $3::timestamptz))
               or resolved_at >= $3::timestamptz)
        order by id`,
      [from, to, previousClose, timeZone],
    );
    if (!rows.length) return [];
    const book = await this.pricing.priceBook();
    const usage: UnattributedUsage[] = [];
    for (const row of rows) {
      if (row.payload.kind !== 'usage') continue;
      const event = row.payload.usage;
      const occurredAt = new Date(event.occurredAt);
      const priced = UsageService.price(
        book,
        {
          provider: event.provider,
          model: event.model,
          occurredAt,
          inputTokens: event.inputTokens,
          outputTokens: event.outputTokens,
          cacheReadTokens: event.cacheReadTokens ?? 0,
          cacheWriteTokens: event.cacheWriteTokens ?? 0,
        },
        timeZone,
      );
      usage.push({
        companyKey: row.company_key,
        provider: event.provider,
        model: event.model,
        source: row.source,
        occurredMonth: isoDateInZone(occurredAt, timeZone).slice(0, 7),
        receivedAt: new Date(row.received_at),
        resolvedAt: row.resolved_at === null ? null : new Date(row.resolved_at),
        costMicros: priced.costMicros,
      });
    }
    return usage;
  }

  /** The engineers these identities belong to: an admin's mapping first, then the engineer's own email. */
  async resolve(identities: TelemetryIdentity[]): Promise<Map<string, string>> {
    const emails = [...new Set(identities.flatMap((id) => (id.email ? [id.email.toLowerCase()] : [])))];
    const uuids = [...new Set(identities.flatMap((id) => (id.accountUuid ? [id.accountUuid] : [])))];
    const found = new Map<string, string>();
    if (!emails.length && !uuids.length) return found;
    const rows: { kind: string; value: string; engineer_id: string }[] = await this.tenancy.manager().query(
      `select kind, value, engineer_id from engineer_identities
        where (kind = 'email' and value = any($1)) or (kind = 'account_uuid' and value = any($2))
       union all
       select 'engineer-email', email, id from engineers where email = any($1)`,
      [emails, uuids],
    );
    for (const row of rows.filter((row) => row.kind === 'engineer-email'))
      found.set(`email:${row.value}`, row.engineer_id);
    for (const row of rows.filter((row) => row.kind !== 'engineer-email'))
      found.set(`${row.kind}:${row.value}`, row.engineer_id);
    return found;
  }

  /** The engineer of one identity in a resolved map, if any (mapping of the account beats the email). */
  static engineerOf(resolved: Map<string, string>, identity: TelemetryIdentity): string | undefined {
    return (
      (identity.accountUuid ? resolved.get(`account_uuid:${identity.accountUuid}`) : undefined) ??
      (identity.email ? resolved.get(`email:${identity.email.toLowerCase()}`) : undefined)
    );
  }

  /** Keeps records aside (once per source + idempotency key) under the identity the admin will map. */
  async keepAside(
    records: { identity: TelemetryIdentity; source: string; idempotencyKey: string; record: AsideRecord }[],
  ): Promise<number> {
    if (!records.length) return 0;
    const rows = records.map(({ identity, source, idempotencyKey, record }) => ({
      kind: identity.email ? 'email' : 'account_uuid',
      value: identity.email?.toLowerCase() ?? identity.accountUuid ?? 'unknown',
      source,
      idempotencyKey,
      record,
    }));
    const inserted = await this.tenancy.manager().query(
      `insert into unmapped_usage (company_id, id, identity_kind, identity_value, source, idempotency_key, kind, payload)
       select $1, gen_random_uuid(), * from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[])
       on conflict (company_id, source, idempotency_key) do nothing
       returning id`,
      [
        this.tenancy.companyId(),
        rows.map((row) => row.kind),
        rows.map((row) => row.value),
        rows.map((row) => row.source),
        rows.map((row) => row.idempotencyKey),
        rows.map((row) => row.record.kind),
        rows.map((row) => JSON.stringify(row.record)),
      ],
    );
    return (inserted as unknown[]).length;
  }

  /**
   * The engineer an admin mapped a company key's unattributed usage to (`api_key` identity), if any: that
   * key's usage without an engineer is then theirs.
   */
  async engineerOfKey(keyId: string): Promise<string | undefined> {
    const [row]: { engineer_id: string }[] = await this.tenancy
      .manager()
      .query(`select engineer_id from engineer_identities where kind = 'api_key' and value = $1`, [keyId]);
    return row?.engineer_id;
  }

  /**
   * Company-key usage that names no engineer: kept as the key's unattributed usage (identity `api_key`, its
   * id) — company spend that chargeback allocates as shared until an admin maps the key to an engineer.
   * Once per source + idempotency key; returns whether each record was new (false: a duplicate).
   */
  async keepUnattributed(
    keyId: string,
    records: { source: string; idempotencyKey: string; record: AsideRecord }[],
  ): Promise<boolean[]> {
    if (!records.length) return [];
    const inserted: { source: string; idempotency_key: string }[] = await this.tenancy.manager().query(
      `insert into unmapped_usage (company_id, id, identity_kind, identity_value, source, idempotency_key, kind, payload)
       select $1, gen_random_uuid(), 'api_key', $2, * from unnest($3::text[], $4::text[], $5::text[], $6::jsonb[])
       on conflict (company_id, source, idempotency_key) do nothing
       returning source, idempotency_key`,
      [
        this.tenancy.companyId(),
        keyId,
        records.map((row) => row.source),
        records.map((row) => row.idempotencyKey),
        records.map((row) => row.record.kind),
        records.map((row) => JSON.stringify(row.record)),
      ],
    );
    const fresh = new Set(inserted.map((row) => `${row.source}\u0000${row.idempotency_key}`));
    return records.map((row) => fresh.delete(`${row.source}\u0000${row.idempotencyKey}`));
  }

  /** Adds productivity signals to the per-day counters. */
  async addSignals(signals: SignalInput[]): Promise<void> {
    const merged = new Map<string, SignalInput>();
    for (const signal of signals) {
      const key = `${signal.engineerId}\u0000${signal.day}\u0000${signal.kind}`;
      const into = merged.get(key);
      if (into) into.value += signal.value;
      else merged.set(key, { ...signal });
    }
    const rows = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
    if (!rows.length) return;
    await this.tenancy.manager().query(
      `insert into productivity_signals (company_id, engineer_id, day, kind, value)
       select $1, * from unnest($2::uuid[], $3::date[], $4::text[], $5::bigint[])
       on conflict (company_id, engineer_id, day, kind) do update set value = productivity_signals.value + excluded.value`,
      [
        this.tenancy.companyId(),
        rows.map((row) => row.engineerId),
        rows.map((row) => row.day),
        rows.map((row) => row.kind),
        rows.map((row) => String(Math.round(row.value))),
      ],
    );
  }

  /**
   * An admin says whose an identity is: the mapping is kept for future telemetry, and everything kept
   * aside under it is recorded now (usage priced and charged, signals counted). Returns how many records.
   */
  async map(identityKind: string, identityValue: string, engineerId: string): Promise<number> {
    const manager = this.tenancy.manager();
    const value = identityKind === 'email' ? identityValue.trim().toLowerCase() : identityValue.trim();
    const [engineer]: { id: string }[] = await manager.query(`select id from engineers where id = $1`, [
      engineerId,
    ]);
    if (!engineer)
      throw new AppError('NOT_FOUND', 'No such engineer', [
        { field: 'engineerId', message: 'does not exist' },
      ]);
    if (identityKind === 'api_key') {
      const [key]: unknown[] = await manager.query(
        `select 1 from api_keys where id::text = $1 and engineer_id is null`,
        [value],
      );
      if (!key)
        throw new AppError('NOT_FOUND', 'No such company key', [
          { field: 'identityValue', message: 'is not a company key of this company' },
        ]);
    }
    await manager.query(
      `insert into engineer_identities (company_id, kind, value, engineer_id, created_by) values ($1, $2, $3, $4, $5)
       on conflict (company_id, kind, value) do update set engineer_id = excluded.engineer_id, created_by = excluded.created_by`,
      [this.tenancy.companyId(), identityKind, value, engineerId, this.tenancy.actorUserId()],
    );
    // The period lock (shared) before the mapping is stamped: a close cannot fall between the stamp and the
    // postings, so the month the usage lands in as a late adjustment is the month its shared amount leaves.
    await this.ledgerReads.closedThroughHoldingOpen(manager);
    const aside = await returnedRows<{ source: string; idempotency_key: string; payload: AsideRecord }>(
      manager,
      `update unmapped_usage set resolved_at = clock_timestamp(), engineer_id = $3
        where identity_kind = $1 and identity_value = $2 and resolved_at is null
        returning source, idempotency_key, payload`,
      [identityKind, value, engineerId],
    );
    const usage: UsageInput[] = [];
    const signals: SignalInput[] = [];
    for (const { payload } of aside) {
      if (payload.kind === 'usage')
        usage.push({
          ...payload.usage,
          engineerId,
          occurredAt: new Date(payload.usage.occurredAt),
          reportedCostMicros:
            payload.usage.reportedCostMicros == null ? null : BigInt(payload.usage.reportedCostMicros),
        });
      else signals.push({ ...payload.signal, engineerId });
    }
    for (let start = 0; start < usage.length; start += 1000)
      await this.usage.record(usage.slice(start, start + 1000));
    await this.addSignals(signals);
    await this.audit.record('IDENTITY_MAPPED', 'engineer', engineerId, null, {
      identityKind,
      identityValue: value,
      records: aside.length,
      id: randomUUID(),
    });
    return aside.length;
  }
}
