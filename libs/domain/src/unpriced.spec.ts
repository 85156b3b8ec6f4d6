import { costWithUnpriced, formatTokens } from './unpriced';

describe('unpriced usage', () => {
  it('shows priced usage as its cost', () => {
    expect(costWithUnpriced('$4.50', { events: 3, unpricedEvents: 0, unpricedTokens: '0' })).toBe('$4.50');
  });

  it('shows wholly unpriced usage as unpriced with its tokens, never $0.00', () => {
    expect(costWithUnpriced('$0.00', { events: 2, unpricedEvents: 2, unpricedTokens: 1_200_000 })).toBe(
      'unpriced (1,200,000 tokens)',
    );
  });

  it('shows the priced part beside the unpriced part', () => {
    expect(costWithUnpriced('$4.50', { events: 3, unpricedEvents: 1, unpricedTokens: 12_345n })).toBe(
      '$4.50 + unpriced (12,345 tokens)',
    );
  });

  it('groups the digits of any token count exactly', () => {
    expect(formatTokens('0')).toBe('0');
    expect(formatTokens(999)).toBe('999');
    expect(formatTokens('123456789012345678901')).toBe('123,456,789,012,345,678,901');
  });
});
