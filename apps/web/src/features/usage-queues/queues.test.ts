import { describe, expect, it } from 'vitest';
import { buildTableCsv } from '../../app/table/csv';
import {
  identityKindLabel,
  mappedMessage,
  pricesLink,
  repriceMessage,
  totalTokens,
  UNMAPPED_CSV_COLUMNS,
  UNPRICED_CSV_COLUMNS,
} from './queues';

describe('usage queues', () => {
  it('links to the prices page with the model filled in, encoded', () => {
    expect(pricesLink('anthropic', 'claude-opus-5-5-20261101')).toBe(
      '/prices?provider=anthropic&model=claude-opus-5-5-20261101',
    );
    expect(pricesLink('self hosted', 'a/b&c')).toBe('/prices?provider=self+hosted&model=a%2Fb%26c');
  });

  it('adds input and output tokens exactly', () => {
    expect(totalTokens({ inputTokens: '9007199254740993', outputTokens: '2' })).toBe(9_007_199_254_740_995n);
  });

  it('says what repricing and mapping did', () => {
    expect(repriceMessage(0)).toBe('No events could be priced now.');
    expect(repriceMessage(1)).toBe('Priced 1 event.');
    expect(repriceMessage(1234)).toBe('Priced 1,234 events.');
    expect(mappedMessage(3, 'Alice')).toBe('Mapped to Alice: 3 records recorded.');
  });

  it('names identity kinds', () => {
    expect(identityKindLabel('email')).toBe('Email');
    expect(identityKindLabel('account_uuid')).toBe('Account UUID');
    expect(identityKindLabel('other')).toBe('other');
  });

  it('exports both queues as CSV', () => {
    expect(
      buildTableCsv(UNPRICED_CSV_COLUMNS, [
        {
          provider: 'anthropic',
          model: 'claude-opus-5-5-20261101',
          events: 3,
          engineers: 3,
          inputTokens: '480000',
          outputTokens: '36000',
          firstSeen: '2026-11-10T09:00:00.000Z',
          lastSeen: '2026-11-10T11:00:00.000Z',
        },
      ]).split('\r\n')[1],
    ).toBe(
      'anthropic,claude-opus-5-5-20261101,3,3,480000,36000,2026-11-10T09:00:00.000Z,2026-11-10T11:00:00.000Z',
    );
    expect(
      buildTableCsv(UNMAPPED_CSV_COLUMNS, [
        {
          identityKind: 'email',
          identityValue: 'new@example.com',
          label: 'new@example.com',
          records: 2,
          inputTokens: '10',
          outputTokens: '5',
          lastSeen: '2026-11-10T11:00:00.000Z',
        },
        {
          identityKind: 'api_key',
          identityValue: '5d0c7a9e-0000-4000-8000-000000000001',
          label: 'ci bot',
          records: 1,
          inputTokens: '7',
          outputTokens: '0',
          lastSeen: '2026-11-10T12:00:00.000Z',
        },
      ])
        .split('\r\n')
        .slice(1, 3),
    ).toEqual([
      'email,new@example.com,new@example.com,2,10,5,2026-11-10T11:00:00.000Z',
      'api_key,5d0c7a9e-0000-4000-8000-000000000001,ci bot,1,7,0,2026-11-10T12:00:00.000Z',
    ]);
    expect(identityKindLabel('api_key')).toBe('Company key (no engineer)');
  });
});
