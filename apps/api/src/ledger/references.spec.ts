import { canEndHold, holdState, parseAccrual, references } from './references';

const id = '0b6f6c1e-8f0e-4a57-9d8e-2f7e7c1d2a3b';

describe('ledger references', () => {
  it('build every format the ledger is posted with', () => {
    expect(references.accrual(id, '2026-11')).toBe(`accrual:${id}:2026-11`);
    expect(references.accrualsOf(id)).toBe(`accrual:${id}:%`);
    expect(references.forfeit(id, '2026-11-30')).toBe(`forfeit:${id}:2026-11-30`);
    expect(references.periodEnd(id, '2026-12-31')).toBe(`period-end:${id}:2026-12-31`);
    expect(references.usage('b', id, '2026-11')).toBe(`usage:b:${id}:2026-11`);
    expect(references.reprice('b', id, '2026-11')).toBe(`reprice:b:${id}:2026-11`);
    expect(references.settle('h')).toBe('settle:h');
    expect(references.settlePool('h')).toBe('settle:h:pool');
    expect(references.gift('g')).toBe('gift:g');
    expect(references.move('m')).toBe('move:m');
    expect(references.increase('r')).toBe('increase:r');
    expect(references.teamPool('t', 'x')).toBe('team-pool:t:x');
    expect(references.reversal('e')).toBe('reversal:e');
  });

  it('parse an accrual back, and nothing else', () => {
    expect(parseAccrual(references.accrual(id, '2026-11'))).toEqual({ engineerId: id, month: '2026-11' });
    expect(parseAccrual(references.forfeit(id, '2026-11-30'))).toBeNull();
    expect(parseAccrual(`accrual:${id}:2026-11:x`)).toBeNull();
  });
});

describe('holds as two-phase transfers', () => {
  it('map the stored statuses to pending → posted | voided | expired', () => {
    expect(holdState('HELD')).toBe('pending');
    expect(holdState('SETTLED')).toBe('posted');
    expect(holdState('VOIDED')).toBe('voided');
    expect(holdState('EXPIRED')).toBe('expired');
    expect((['HELD', 'SETTLED', 'VOIDED', 'EXPIRED'] as const).filter(canEndHold)).toEqual(['HELD']);
  });
});
