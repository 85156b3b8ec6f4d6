import { engineerStatus } from './engineer-status';

describe('engineerStatus', () => {
  it.each([
    ['2026-05-01', null, '2026-04-30', 'OFFER'],
    ['2026-05-01', null, '2026-05-01', 'ACTIVE'],
    ['2026-05-01', '2026-06-30', '2026-06-30', 'ACTIVE'],
    ['2026-05-01', '2026-06-30', '2026-07-01', 'LEAVER'],
    ['2026-05-01', '2026-05-01', '2026-05-02', 'LEAVER'],
  ] as const)('start %s, end %s, on %s → %s', (start, end, today, status) => {
    expect(engineerStatus(start, end, today)).toBe(status);
  });
});
