import { describe, expect, it } from 'vitest';
import { csvFieldLabel, defaultMonth, parseLinesText, recentMonths, toleranceLabel } from './reconciliation';

describe('reconciliation helpers', () => {
  it('lists this month and the twelve before it, across a year end', () => {
    const months = recentMonths('2026-02-14');
    expect(months).toHaveLength(13);
    expect(months.slice(0, 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(months[12]).toBe('2025-02');
    expect(defaultMonth('2026-01-03')).toBe('2025-12');
  });

  it('reads invoice lines typed as "model, amount" or "model amount"', () => {
    expect(parseLinesText('claude-sonnet, 1,200.50\n\n  gpt-5 20\ngemini-pro;3')).toEqual({
      lines: [
        { model: 'claude-sonnet', amount: '1,200.50' },
        { model: 'gpt-5', amount: '20' },
        { model: 'gemini-pro', amount: '3' },
      ],
      badLine: null,
    });
    expect(parseLinesText('ok, 1\nno amount')).toEqual({ lines: null, badLine: 2 });
    expect(parseLinesText('a, -1')).toEqual({ lines: null, badLine: 1 });
    expect(parseLinesText('')).toEqual({ lines: [], badLine: null });
  });

  it('names CSV problems by row and column', () => {
    expect(csvFieldLabel('csv.row 3.amount')).toBe('Row 3, column amount');
    expect(csvFieldLabel('csv.model')).toBe('Column model');
    expect(csvFieldLabel('csv')).toBe('The file');
    expect(toleranceLabel(100)).toBe('1%');
    expect(toleranceLabel(250)).toBe('2.5%');
  });
});
