import { BusinessClock } from '../../clock/business-clock';
import { INestApplicationContext } from '@nestjs/common';
import { addDays } from '@tokenroll/domain';
import { ApiKeysService } from '../../api-keys/api-keys.service';
import { LedgerService } from '../../ledger/ledger.service';
import { UsageInput, UsageService } from '../../metering/usage.service';
import { PricingService } from '../../pricing/pricing.service';
import { TenancyService } from '../tenancy.service';

export interface DemoApiKeys {
  company: string;
  engineers: { email: string; key: string }[];
}

const MODELS: [string, string][] = [
  ['anthropic', 'claude-sonnet-4-6'],
  ['anthropic', 'claude-opus-4-8'],
  ['anthropic', 'claude-haiku-4-5'],
  ['openai', 'gpt-5.4'],
  ['google', 'gemini-2.5-pro'],
];
const SOURCES = ['claude-code', 'cursor', 'api'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Demo usage and budgets (inside the demo company's tenant transaction): six weeks of priced usage for
 * most engineers, a little unpriced usage for the admin's queue, a self-hosted model, a funded team pool
 * that overflows (Product), and Alice on a hard budget with only a few dollars left.
 */
export async function seedDemoMetering(
  app: INestApplicationContext,
  today: string,
): Promise<{ events: number }> {
  const tenancy = app.get(TenancyService);
  const manager = tenancy.manager();
  const usage = app.get(UsageService);
  const ledger = app.get(LedgerService);
  const engineers: { id: string; email: string; start_date: string; end_date: string | null }[] =
    await manager.query(
      `select id, email, to_char(start_date, 'YYYY-MM-DD') as start_date, to_char(end_date, 'YYYY-MM-DD') as end_date
         from engineers where start_date <= $1 and (end_date is null or end_date >= $1) order by created_at, id`,
      [today],
    );
  await app.get(PricingService).setCompanyPrice({
    provider: 'self-hosted',
    model: 'llama-4-70b',
    effectiveFrom: addDays(today, -90),
    selfHosted: { gpuHourMicros: 2_500_000n, tokensPerSecond: 1500, utilizationBp: 4000 },
    note: 'Two H100s in our own cluster',
  });

  const next = random(4242);
  const now = new Date(`${today}T12:00:00Z`).getTime();
  const events: UsageInput[] = [];
  const alice = engineers.find((engineer) => engineer.email === 'alice@demo.tokenroll.dev');
  engineers.forEach((engineer, index) => {
    if (engineer === alice) return;
    // Some engineers barely use theirs (under-use is a signal too); the rest vary in intensity.
    const intensity = index % 7 === 5 ? 0.05 : 0.3 + next() * 1.5;
    for (let day = 44; day >= 0; day--) {
      const date = addDays(today, -day);
      if (date < engineer.start_date || next() < 0.25) continue;
      const count = 1 + Math.floor(next() * 3);
      for (let n = 0; n < count; n++) {
        const [provider, model] = MODELS[Math.floor(next() * (index % 3 === 0 ? 2 : MODELS.length))];
        events.push({
          engineerId: engineer.id,
          source: SOURCES[(index + n) % SOURCES.length],
          provider,
          model,
          inputTokens: Math.round(intensity * (200_000 + next() * 800_000)),
          outputTokens: Math.round(intensity * (20_000 + next() * 120_000)),
          cacheReadTokens: Math.round(intensity * next() * 2_000_000),
          // Only Anthropic prices cache writes separately; the others bill them as input.
          cacheWriteTokens: provider === 'anthropic' ? Math.round(intensity * next() * 100_000) : 0,
          occurredAt: new Date(now - day * 86_400_000 - Math.floor(next() * 8) * 3_600_000),
          idempotencyKey: `demo:${engineer.id}:${day}:${n}`,
          tags: { repo: ['tokenroll/api', 'tokenroll/web', 'tokenroll/infra'][index % 3] },
        });
      }
    }
    if (index % 5 === 1)
      events.push({
        engineerId: engineer.id,
        source: 'gateway',
        provider: 'self-hosted',
        model: 'llama-4-70b',
        inputTokens: 3_000_000,
        outputTokens: 400_000,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
        occurredAt: new Date(now - 2 * 86_400_000),
        idempotencyKey: `demo:${engineer.id}:self-hosted`,
      });
  });
  // A dated model variant the catalog does not know: unpriced until an admin maps it with a pattern.
  for (const [n, engineer] of engineers.slice(2, 5).entries())
    events.push({
      engineerId: engineer.id,
      source: 'claude-code',
      provider: 'anthropic',
      model: 'claude-opus-5-5-20261101',
      inputTokens: 150_000 + n * 10_000,
      outputTokens: 12_000,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      occurredAt: new Date(now - (n + 1) * 3_600_000),
      idempotencyKey: `demo:unpriced:${n}`,
    });
  for (let start = 0; start < events.length; start += 1000)
    await usage.record(events.slice(start, start + 1000));

  // Alice: usage over six weeks that leaves only a few dollars of her small hard budget.
  if (alice) {
    await manager.query(`update engineers set budget_enforcement = 'HARD' where id = $1`, [alice.id]);
    const account = await ledger.account('ENGINEER_ALLOWANCE', alice.id);
    const target = BigInt(account.balanceMicros) - 4_370_000n;
    // Sonnet input is 3 USD per 1M tokens: each day's tokens are sized from that day's share of the target.
    const days = 42;
    const aliceEvents: UsageInput[] = [];
    let total = 0n;
    for (let day = days - 1; day >= 0; day--) {
      const share =
        day === 0 ? target - total : ((target / BigInt(days)) * BigInt(70 + Math.floor(next() * 60))) / 100n;
      const inputTokens = Number((share * 1_000_000n) / 3_000_000n);
      if (inputTokens <= 0) continue;
      total += (BigInt(inputTokens) * 3_000_000n) / 1_000_000n;
      aliceEvents.push({
        engineerId: alice.id,
        source: day % 2 ? 'claude-code' : 'cursor',
        provider: 'anthropic',
        model: 'claude-sonnet-4-6',
        inputTokens,
        outputTokens: 0,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
        occurredAt: new Date(now - day * 86_400_000),
        idempotencyKey: `demo:alice:${day}`,
      });
    }
    await usage.record(aliceEvents);
  }

  // Product's pool tops up its engineers when their own allowance runs out.
  const product: { id: string }[] = await manager.query(`select id from teams where name = 'Product'`);
  if (product[0]) {
    await manager.query(`update teams set pool_overflow = true where id = $1`, [product[0].id]);
    await ledger.post({
      from: await ledger.companyAccount('COMPANY_FUNDING'),
      to: await ledger.account('TEAM_POOL', product[0].id),
      amountMicros: 500_000_000n,
      kind: 'GRANT',
      reference: `team-pool:${product[0].id}:demo`,
      effectiveAt: app.get(BusinessClock).now(),
      memo: 'Product team pool for the quarter',
    });
  }
  return { events: events.length };
}

/** API keys for the demo: a company key (a gateway) and keys for four engineers, Alice first. */
export async function createDemoApiKeys(app: INestApplicationContext): Promise<DemoApiKeys> {
  const manager = app.get(TenancyService).manager();
  const keys = app.get(ApiKeysService);
  const scopes = ['usage:write', 'authorize', 'budget:read'] as const;
  const company = await keys.create({ name: 'Demo gateway', scopes: [...scopes], engineerId: null });
  const engineers: { id: string; email: string }[] = await manager.query(
    `select id, email from engineers
      where start_date <= current_date and (end_date is null or end_date >= current_date)
      order by (email = 'alice@demo.tokenroll.dev') desc, (email = 'bob@demo.tokenroll.dev') desc, created_at, id
      limit 4`,
  );
  const result: DemoApiKeys = { company: company.secret, engineers: [] };
  for (const engineer of engineers) {
    const created = await keys.create({
      name: 'Demo terminal',
      scopes: [...scopes],
      engineerId: engineer.id,
    });
    result.engineers.push({ email: engineer.email, key: created.secret });
  }
  return result;
}
