import { describe, expect, it } from 'vitest';
import { filterByWords, filterWords } from './filter';

describe('filterByWords', () => {
  const rows = [
    { id: 1, model: 'claude-sonnet-4-6', provider: 'anthropic' },
    { id: 2, model: 'gpt-5.4', provider: 'openai' },
    { id: 3, model: 'claude-opus-4-8', provider: null },
  ];
  const texts = (row: (typeof rows)[number]) => [row.model, row.provider];

  it('keeps every row for an empty or blank query', () => {
    expect(filterByWords(rows, '   ', texts)).toHaveLength(3);
  });

  it('needs every word, in any of the texts, case-insensitively', () => {
    expect(filterByWords(rows, 'CLAUDE anthropic', texts).map((row) => row.id)).toEqual([1]);
    expect(filterByWords(rows, 'claude', texts).map((row) => row.id)).toEqual([1, 3]);
    expect(filterByWords(rows, 'claude openai', texts)).toEqual([]);
  });

  it('splits on any whitespace', () => {
    expect(filterWords('  a\tB  c ')).toEqual(['a', 'b', 'c']);
  });
});
