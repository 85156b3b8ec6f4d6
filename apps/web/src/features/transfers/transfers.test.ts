import { describe, expect, it } from 'vitest';
import {
  directionOf,
  limitSummary,
  movableTeams,
  moveOptions,
  myEngineerIdFrom,
  readGiftForm,
  readMoveForm,
  remainingNote,
  signedAmount,
  type TransferLimit,
  type TransferRow,
} from './transfers';

const limit: TransferLimit = {
  currency: 'USD',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  limitBp: 2000,
  limitMicros: '200000000',
  givenMicros: '50000000',
  availableMicros: '400000000',
  remainingMicros: '150000000',
};

const transfer = (over: Partial<TransferRow> = {}): TransferRow => ({
  id: 't1',
  fromKind: 'ENGINEER_ALLOWANCE',
  fromOwnerId: 'me',
  fromName: 'Ann',
  toKind: 'ENGINEER_ALLOWANCE',
  toOwnerId: 'ben',
  toName: 'Ben',
  amountMicros: '10000000',
  memo: null,
  at: '2026-11-23T10:00:00Z',
  ...over,
});

describe('gifts to a teammate', () => {
  it('refuses more than may still be given, naming the figure', () => {
    const read = readGiftForm({ toEngineerId: 'ben', amount: '150.01', note: '' }, limit);
    expect(read.errors).toEqual({ amount: 'Amount is more than you may still give: $150.00' });
    expect(readGiftForm({ toEngineerId: 'ben', amount: '150', note: ' thanks ' }, limit)).toEqual({
      input: { toEngineerId: 'ben', amount: '150', note: 'thanks' },
      errors: null,
    });
  });

  it('needs a teammate and a positive amount', () => {
    expect(readGiftForm({ toEngineerId: '', amount: '-3', note: '' }, limit).errors).toEqual({
      toEngineerId: 'Choose the teammate to give to',
      amount: 'Amount must be more than 0',
    });
  });

  it('explains the limit and what binds', () => {
    expect(limitSummary(limit)).toBe(
      'The company lets you give up to 20% of your period allowance: $200.00. You gave $50.00 this period.',
    );
    expect(remainingNote(limit)).toBe('Limited by the company’s gift limit.');
    expect(remainingNote({ ...limit, availableMicros: '30000000', remainingMicros: '30000000' })).toBe(
      'Limited by what you have available now.',
    );
    expect(remainingNote({ ...limit, givenMicros: '200000000', remainingMicros: '0' })).toBe(
      'You have reached this period’s limit.',
    );
  });
});

describe('a manager’s move', () => {
  it('reads pools and engineers as the two ends, which must differ', () => {
    expect(readMoveForm({ from: 'team:t1', to: 'engineer:e1', amount: '100', note: '' }, 'USD')).toEqual({
      input: { from: { teamId: 't1' }, to: { engineerId: 'e1' }, amount: '100' },
      errors: null,
    });
    expect(readMoveForm({ from: 'team:t1', to: 'team:t1', amount: '0', note: '' }, 'USD').errors).toEqual({
      to: 'To must differ from From',
      amount: 'Amount must be more than 0',
    });
    expect(readMoveForm({ from: '', to: '', amount: '5', note: '' }, 'USD').errors).toEqual({
      from: 'Choose where the allowance comes from',
      to: 'Choose where the allowance goes',
    });
  });

  it('offers the teams managed and those below them, with their active engineers, never oneself', () => {
    const teams = [
      { id: 'eng', name: 'Engineering', parentId: null, managerUserId: null },
      { id: 'plat', name: 'Platform', parentId: 'eng', managerUserId: 'max' },
      { id: 'infra', name: 'Infrastructure', parentId: 'plat', managerUserId: null },
      { id: 'prod', name: 'Product', parentId: 'eng', managerUserId: null },
    ];
    expect(movableTeams(teams, 'max', false).map((team) => team.id)).toEqual(['infra', 'plat']);
    expect(movableTeams(teams, 'max', true)).toHaveLength(4);
    const options = moveOptions(
      movableTeams(teams, 'max', false),
      [
        { id: 'a', name: 'Alice', email: 'alice@x', status: 'ACTIVE', teamId: 'plat' },
        { id: 'm', name: 'Max', email: 'max@x', status: 'ACTIVE', teamId: 'plat' },
        { id: 'b', name: 'Bob', email: 'bob@x', status: 'ACTIVE', teamId: 'prod' },
        { id: 'l', name: 'Leo', email: 'leo@x', status: 'LEAVER', teamId: 'infra' },
      ],
      'MAX@x',
    );
    expect(options).toEqual([
      {
        group: 'Team pools',
        items: [
          { value: 'team:infra', label: 'Infrastructure pool' },
          { value: 'team:plat', label: 'Platform pool' },
        ],
      },
      { group: 'Engineers', items: [{ value: 'engineer:a', label: 'Alice (Platform)' }] },
    ]);
  });
});

describe('transfer history', () => {
  it('tells given from received, with a sign', () => {
    expect(directionOf(transfer(), 'me')).toBe('given');
    expect(directionOf(transfer({ fromOwnerId: 'ben', toOwnerId: 'me' }), 'me')).toBe('received');
    expect(directionOf(transfer({ fromKind: 'TEAM_POOL' }), null)).toBe('moved');
    expect(signedAmount(transfer(), 'given', 'USD')).toBe('−$10.00');
    expect(signedAmount(transfer(), 'received', 'USD')).toBe('+$10.00');
  });

  it('finds the viewer as the end present in every row', () => {
    const rows = [
      transfer(),
      transfer({ id: 't2', fromOwnerId: 'zoe', toOwnerId: 'me', fromName: 'Zoe', toName: 'Ann' }),
    ];
    expect(myEngineerIdFrom(rows, ['ben', 'zoe'])).toBe('me');
    expect(myEngineerIdFrom([], [])).toBeNull();
  });
});
