import { Injectable } from '@nestjs/common';
import { MAX_TOKENS_PER_KIND } from '@tokenroll/domain';
import { createHash } from 'node:crypto';
import { TenancyService } from '../../database/tenancy.service';
import { AsideRecord, IdentitiesService, SignalInput, TelemetryIdentity } from '../identities.service';
import { UsageInput, UsageService } from '../usage.service';
import { OtlpAttributeValue, OtlpLogRecord, OtlpMetricPoint } from './otlp-decode';

/** The source of usage and signals that Claude Code exports. */
export const CLAUDE_CODE_SOURCE = 'claude-code';
const SIGNAL_SOURCE = 'claude-code-signal';

/** Claude Code's counters that are productivity signals, and the signal each one adds to. */
const SIGNAL_METRICS: Record<string, (attributes: Record<string, OtlpAttributeValue>) => string | undefined> =
  {
    'claude_code.commit.count': () => 'commits',
    'claude_code.pull_request.count': () => 'pull_requests',
    'claude_code.lines_of_code.count': (attributes) =>
      attributes.type === 'added'
        ? 'lines_added'
        : attributes.type === 'removed'
          ? 'lines_removed'
          : undefined,
    'claude_code.session.count': () => 'sessions',
    'claude_code.active_time.total': () => 'active_seconds',
  };
const TOKEN_METRIC = 'claude_code.token.usage';
const COST_METRIC = 'claude_code.cost.usage';
const TOKEN_TYPES: Record<string, 'inputTokens' | 'outputTokens' | 'cacheReadTokens' | 'cacheWriteTokens'> = {
  input: 'inputTokens',
  output: 'outputTokens',
  cacheRead: 'cacheReadTokens',
  cacheCreation: 'cacheWriteTokens',
};

export interface OtlpOutcome {
  usageEvents: number;
  duplicates: number;
  signals: number;
  keptAside: number;
  skipped: number;
  /** Why increments were left out (the OTLP partial success): one line each. */
  rejections: string[];
}

/** The largest increment one data point may add: past it the point is rejected, the rest of the export kept. */
const MAX_INCREMENT: Record<string, number> = {
  [TOKEN_METRIC]: MAX_TOKENS_PER_KIND,
  [COST_METRIC]: 1_000_000, // USD
};
/** Productivity signals (commits, lines, seconds...). */
const MAX_SIGNAL_INCREMENT = 1_000_000_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function canonical(attributes: Record<string, OtlpAttributeValue>, without: string[] = []): string {
  return JSON.stringify(
    Object.keys(attributes)
      .filter((key) => !without.includes(key))
      .sort()
      .map((key) => [key, attributes[key]]),
  );
}

function identityOf(attributes: Record<string, OtlpAttributeValue>): TelemetryIdentity {
  const email =
    typeof attributes['user.email'] === 'string' ? attributes['user.email'].trim().toLowerCase() : '';
  const uuid = attributes['user.account_uuid'] ?? attributes['user.id'];
  return {
    email: email || undefined,
    accountUuid: typeof uuid === 'string' && uuid.trim() ? uuid.trim() : undefined,
  };
}

function dayOfNanos(nanos: string): string {
  return new Date(Number(BigInt(nanos) / 1_000_000n)).toISOString().slice(0, 10);
}

interface Delta {
  point: OtlpMetricPoint;
  /** Identifies this increment: the same export sent again has the same key. */
  key: string;
  value: number;
}

/**
 * The Claude Code receiver: turns OTLP counters into usage events (tokens by model, priced from the
 * catalog, with Claude Code's own cost estimate beside them) and productivity signals. Cumulative
 * counters become deltas against the last value kept per series; every increment has a key, so an
 * export sent twice counts once. Telemetry from someone who is not (yet) an engineer is kept aside.
 */
@Injectable()
export class OtlpService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly usage: UsageService,
    private readonly identities: IdentitiesService,
  ) {}

  /** Increments of the points: delta points as they are, cumulative ones against the stored series value. */
  private async deltas(points: OtlpMetricPoint[]): Promise<Delta[]> {
    const manager = this.tenancy.manager();
    const deltas: Delta[] = [];
    const cumulative = new Map<string, OtlpMetricPoint[]>();
    for (const point of points) {
      const series = sha256(`${point.metric}\u0000${canonical(point.attributes)}`);
      if (point.temporality === 'DELTA') {
        deltas.push({
          point,
          key: `${series}:${point.startTimeUnixNano}:${point.timeUnixNano}`,
          value: point.value,
        });
      } else {
        const list = cumulative.get(series) ?? [];
        list.push(point);
        cumulative.set(series, list);
      }
    }
    const seriesKeys = [...cumulative.keys()].sort();
    if (!seriesKeys.length) return deltas;
    // Lock the series (in key order: no deadlocks between concurrent exports) before reading them.
    await manager.query(
      `insert into otlp_series (company_id, series_key, start_time_unix_nano, time_unix_nano, value)
       select $1, key, 0, 0, 0 from unnest($2::text[]) as key
       on conflict do nothing`,
      [this.tenancy.companyId(), seriesKeys],
    );
    const stored: { series_key: string; start: string; time: string; value: number }[] = await manager.query(
      `select series_key, start_time_unix_nano::text as start, time_unix_nano::text as time, value
         from otlp_series where series_key = any($1) order by series_key for update`,
      [seriesKeys],
    );
    const state = new Map(stored.map((row) => [row.series_key.trim(), row]));
    const updates: { key: string; start: string; time: string; value: number }[] = [];
    for (const series of seriesKeys) {
      let last = state.get(series) ?? { series_key: series, start: '0', time: '0', value: 0 };
      const ordered = (cumulative.get(series) ?? []).sort((a, b) =>
        BigInt(a.timeUnixNano) < BigInt(b.timeUnixNano) ? -1 : 1,
      );
      for (const point of ordered) {
        const sameStart = last.start === point.startTimeUnixNano;
        if (sameStart && BigInt(point.timeUnixNano) <= BigInt(last.time)) continue; // seen (a re-sent export)
        const increment = sameStart && point.value >= last.value ? point.value - last.value : point.value; // a restart counts from 0
        if (increment > 0)
          deltas.push({
            point,
            key: `${series}:${point.startTimeUnixNano}:${point.timeUnixNano}`,
            value: increment,
          });
        last = {
          series_key: series,
          start: point.startTimeUnixNano,
          time: point.timeUnixNano,
          value: point.value,
        };
      }
      updates.push({ key: series, start: last.start, time: last.time, value: last.value });
    }
    await manager.query(
      `update otlp_series s set start_time_unix_nano = u.start, time_unix_nano = u.time, value = u.value
         from unnest($1::text[], $2::numeric[], $3::numeric[], $4::float8[]) as u(key, start, time, value)
        where s.series_key = u.key`,
      [
        updates.map((u) => u.key),
        updates.map((u) => u.start),
        updates.map((u) => u.time),
        updates.map((u) => u.value),
      ],
    );
    return deltas;
  }

  async receiveMetrics(points: OtlpMetricPoint[], keyEngineerId: string | null): Promise<OtlpOutcome> {
    const outcome: OtlpOutcome = {
      usageEvents: 0,
      duplicates: 0,
      signals: 0,
      keptAside: 0,
      skipped: 0,
      rejections: [],
    };
    const relevant = points.filter(
      (point) =>
        point.metric === TOKEN_METRIC || point.metric === COST_METRIC || point.metric in SIGNAL_METRICS,
    );
    outcome.skipped = points.length - relevant.length;
    const deltas = await this.deltas(relevant);

    // Tokens (and Claude Code's cost estimate) of one request window: same attributes but `type`, same times.
    const usage = new Map<string, { identity: TelemetryIdentity; event: Omit<UsageInput, 'engineerId'> }>();
    const signals: { identity: TelemetryIdentity; key: string; signal: SignalInput & { engineerId: '' } }[] =
      [];
    for (const { point, key, value } of deltas) {
      const most = MAX_INCREMENT[point.metric] ?? MAX_SIGNAL_INCREMENT;
      if (value > most) {
        outcome.rejections.push(
          `${point.metric}: an increment of ${value} ${point.unit || ''} is above ${most.toLocaleString('en-US')}`.replace(
            /\s+/g,
            ' ',
          ),
        );
        continue;
      }
      const identity = identityOf(point.attributes);
      if (point.metric === TOKEN_METRIC || point.metric === COST_METRIC) {
        const model = typeof point.attributes.model === 'string' ? point.attributes.model : 'unknown';
        const group = sha256(
          `${canonical(point.attributes, ['type'])}\u0000${point.startTimeUnixNano}\u0000${point.timeUnixNano}`,
        );
        let entry = usage.get(group);
        if (!entry) {
          entry = {
            identity,
            event: {
              source: CLAUDE_CODE_SOURCE,
              provider: 'anthropic',
              model,
              inputTokens: 0,
              outputTokens: 0,
              cacheReadTokens: 0,
              cacheWriteTokens: 0,
              occurredAt: new Date(Number(BigInt(point.timeUnixNano) / 1_000_000n)),
              idempotencyKey: `otlp:${group}`,
              reportedCostMicros: null,
              tags:
                typeof point.attributes['session.id'] === 'string'
                  ? { session: point.attributes['session.id'] }
                  : null,
            },
          };
          usage.set(group, entry);
        }
        if (point.metric === COST_METRIC) {
          entry.event.reportedCostMicros =
            (entry.event.reportedCostMicros ?? 0n) + BigInt(Math.round(value * 1e6));
        } else {
          const field = TOKEN_TYPES[String(point.attributes.type)];
          if (field) entry.event[field] += Math.round(value);
        }
        void key;
      } else {
        const kind = SIGNAL_METRICS[point.metric](point.attributes);
        if (!kind) continue;
        signals.push({
          identity,
          key,
          signal: { engineerId: '', day: dayOfNanos(point.timeUnixNano), kind, value: Math.round(value) },
        });
      }
    }

    const resolved = keyEngineerId
      ? new Map<string, string>()
      : await this.identities.resolve([
          ...[...usage.values()].map((u) => u.identity),
          ...signals.map((s) => s.identity),
        ]);
    const engineerOf = (identity: TelemetryIdentity) =>
      keyEngineerId ?? IdentitiesService.engineerOf(resolved, identity);

    const known: UsageInput[] = [];
    const aside: {
      identity: TelemetryIdentity;
      source: string;
      idempotencyKey: string;
      record: AsideRecord;
    }[] = [];
    for (const { identity, event } of usage.values()) {
      const engineerId = engineerOf(identity);
      if (engineerId) known.push({ ...event, engineerId });
      else
        aside.push({
          identity,
          source: event.source,
          idempotencyKey: event.idempotencyKey,
          record: {
            kind: 'usage',
            usage: {
              ...event,
              occurredAt: event.occurredAt.toISOString(),
              reportedCostMicros: event.reportedCostMicros?.toString() ?? null,
            },
          },
        });
    }
    const recorded = await this.usage.record(known);
    outcome.usageEvents = recorded.filter((r) => r.status === 'accepted').length;
    outcome.duplicates = recorded.filter((r) => r.status === 'duplicate').length;

    // Signals count once per increment key, like usage.
    const fresh = await this.usage.claimKeys(
      SIGNAL_SOURCE,
      signals.filter(({ identity }) => engineerOf(identity)).map(({ key }) => key),
    );
    const knownSignals = signals.filter(({ identity, key }) => engineerOf(identity) && fresh.has(key));
    await this.identities.addSignals(
      knownSignals.map(({ identity, signal }) => ({ ...signal, engineerId: engineerOf(identity)! })),
    );
    outcome.signals = knownSignals.length;
    outcome.duplicates += signals.filter(
      ({ identity, key }) => engineerOf(identity) && !fresh.has(key),
    ).length;
    for (const { identity, key, signal } of signals)
      if (!engineerOf(identity))
        aside.push({
          identity,
          source: SIGNAL_SOURCE,
          idempotencyKey: key,
          record: { kind: 'signal', signal: { day: signal.day, kind: signal.kind, value: signal.value } },
        });
    outcome.keptAside = await this.identities.keepAside(aside);
    return outcome;
  }

  /**
   * Log events. Tokens are billed from the metrics exporter only (so enabling both exporters never
   * counts a request twice); each `claude_code.api_request` event adds to the `api_requests` activity
   * signal, once per event.
   */
  async receiveLogs(records: OtlpLogRecord[], keyEngineerId: string | null): Promise<OtlpOutcome> {
    const outcome: OtlpOutcome = {
      usageEvents: 0,
      duplicates: 0,
      signals: 0,
      keptAside: 0,
      skipped: 0,
      rejections: [],
    };
    const requests = records.filter((record) => /(^|\.)api_request$/.test(record.eventName));
    outcome.skipped = records.length - requests.length;
    const items = requests.map((record) => ({
      identity: identityOf(record.attributes),
      key: `log:${sha256(`${canonical(record.attributes)}\u0000${record.timeUnixNano}`)}`,
      day: dayOfNanos(record.timeUnixNano),
    }));
    const resolved = keyEngineerId
      ? new Map<string, string>()
      : await this.identities.resolve(items.map((i) => i.identity));
    const engineerOf = (identity: TelemetryIdentity) =>
      keyEngineerId ?? IdentitiesService.engineerOf(resolved, identity);
    const fresh = await this.usage.claimKeys(
      SIGNAL_SOURCE,
      items.filter(({ identity }) => engineerOf(identity)).map(({ key }) => key),
    );
    const known = items.filter(({ identity, key }) => engineerOf(identity) && fresh.has(key));
    await this.identities.addSignals(
      known.map(({ identity, day }) => ({
        engineerId: engineerOf(identity)!,
        day,
        kind: 'api_requests',
        value: 1,
      })),
    );
    outcome.signals = known.length;
    outcome.duplicates = items.filter(({ identity, key }) => engineerOf(identity) && !fresh.has(key)).length;
    outcome.keptAside = await this.identities.keepAside(
      items
        .filter(({ identity }) => !engineerOf(identity))
        .map(({ identity, key, day }) => ({
          identity,
          source: SIGNAL_SOURCE,
          idempotencyKey: key,
          record: { kind: 'signal', signal: { day, kind: 'api_requests', value: 1 } },
        })),
    );
    return outcome;
  }
}
