import { describe, expect, it } from 'vitest';
import { ariaSort, nextSort, sortRows } from './sort';

type Row = { id: number; name: string | null; n: number };
const accessors = { name: (r: Row) => r.name, n: (r: Row) => r.n };

const rows: Row[] = [
  { id: 1, name: 'bob', n: 10 },
  { id: 2, name: null, n: 2 },
  { id: 3, name: 'Alice', n: 2 },
  { id: 4, name: 'alice', n: 1 },
  { id: 5, name: 'Item 10', n: 5 },
  { id: 6, name: 'Item 9', n: 5 },
];
const ids = (list: Row[]) => list.map((r) => r.id);

describe('sortRows', () => {
  it('sorts text ascending, case-insensitively and numbers inside text naturally, missing last', () => {
    expect(ids(sortRows(rows, accessors, { key: 'name', direction: 'asc' }))).toEqual([3, 4, 1, 6, 5, 2]);
  });

  it('reverses for descending but still keeps missing values last', () => {
    expect(ids(sortRows(rows, accessors, { key: 'name', direction: 'desc' }))).toEqual([5, 6, 1, 3, 4, 2]);
  });

  it('is stable for ties in both directions', () => {
    expect(ids(sortRows(rows, accessors, { key: 'n', direction: 'asc' }))).toEqual([4, 2, 3, 5, 6, 1]);
    expect(ids(sortRows(rows, accessors, { key: 'n', direction: 'desc' }))).toEqual([1, 5, 6, 2, 3, 4]);
  });

  it('does not change the input array', () => {
    const copy = [...rows];
    sortRows(rows, accessors, { key: 'n', direction: 'asc' });
    expect(rows).toEqual(copy);
  });
});

describe('nextSort / ariaSort', () => {
  it('flips the current column and starts a new column ascending', () => {
    expect(nextSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'desc' });
    expect(nextSort({ key: 'name', direction: 'desc' }, 'name')).toEqual({ key: 'name', direction: 'asc' });
    expect(nextSort({ key: 'name', direction: 'desc' }, 'email')).toEqual({ key: 'email', direction: 'asc' });
  });

  it('reports the aria-sort value of each header', () => {
    expect(ariaSort({ key: 'email', direction: 'desc' }, 'email')).toBe('descending');
    expect(ariaSort({ key: 'email', direction: 'asc' }, 'email')).toBe('ascending');
    expect(ariaSort({ key: 'email', direction: 'asc' }, 'name')).toBe('none');
  });
});

describe('sortRows with exact amounts', () => {
  it('compares bigint micro-units exactly, beyond what a float can tell apart', () => {
    const big = [{ v: 9_007_199_254_740_993n }, { v: 9_007_199_254_740_992n }, { v: null }, { v: 1n }];
    const sorted = sortRows(big, { v: (r: { v: bigint | null }) => r.v }, { key: 'v', direction: 'asc' });
    expect(sorted.map((r) => r.v)).toEqual([1n, 9_007_199_254_740_992n, 9_007_199_254_740_993n, null]);
  });
});
