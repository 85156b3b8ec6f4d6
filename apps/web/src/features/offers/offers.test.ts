import { describe, expect, it } from 'vitest';
import { buildTableCsv } from '../../app/table/csv';
import { sortRows } from '../../app/table/sort';
import { filterOffers, OFFER_SORT_ACCESSORS, offerActions, offerCsvColumns, type OfferRow } from './offers';

const row = (id: string, status: string, allowance: string, name = id): OfferRow => ({
  id,
  candidateName: name,
  candidateEmail: `${id}@example.com`,
  title: 'Engineer',
  level: null,
  location: null,
  teamId: 't',
  teamName: 'Platform',
  startDate: '2026-12-01',
  annualPayMicros: '200000000000',
  currency: 'USD',
  overrideKind: null,
  overrideRatioBp: null,
  overrideAnnualMicros: null,
  overrideReason: null,
  bonusMicros: null,
  equity: null,
  status,
  engineerId: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  terms: {
    annualAllowanceMicros: allowance,
    allowanceBasisText: '50% of base pay',
    monthlyMicros: '0',
    firstPeriodStart: '2026-01-01',
    firstPeriodEnd: '2026-12-31',
    firstYearMicros: '0',
    totalCompMicros: '300000000000',
  },
});

describe('what each status allows', () => {
  it('a new offer can only be saved', () => {
    expect(offerActions(null)).toEqual({ canEdit: true, transitions: [], canDownloadLetter: false });
  });

  it('a draft is edited, sent or withdrawn', () => {
    expect(offerActions('DRAFT')).toEqual({
      canEdit: true,
      transitions: ['SENT', 'WITHDRAWN'],
      canDownloadLetter: true,
    });
  });

  it('a sent offer is accepted, declined or withdrawn, never edited', () => {
    expect(offerActions('SENT')).toEqual({
      canEdit: false,
      transitions: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
      canDownloadLetter: true,
    });
  });

  it.each(['ACCEPTED', 'DECLINED', 'WITHDRAWN', 'SOMETHING_NEW'])('%s is final', (status) => {
    expect(offerActions(status)).toEqual({ canEdit: false, transitions: [], canDownloadLetter: true });
  });
});

describe('offers table', () => {
  const rows = [
    row('a', 'SENT', '90000000000'),
    row('b', 'DRAFT', '120000000000'),
    row('c', 'ACCEPTED', '100000000000'),
  ];

  it('filters by status', () => {
    expect(filterOffers(rows, 'DRAFT').map((r) => r.id)).toEqual(['b']);
    expect(filterOffers(rows, '').map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('sorts the status in the order offers move, and allowances exactly', () => {
    expect(
      sortRows(rows, OFFER_SORT_ACCESSORS, { key: 'status', direction: 'asc' }).map((r) => r.id),
    ).toEqual(['b', 'a', 'c']);
    expect(
      sortRows(rows, OFFER_SORT_ACCESSORS, { key: 'allowance', direction: 'desc' }).map((r) => r.id),
    ).toEqual(['b', 'c', 'a']);
  });

  it('exports the rows as CSV with plain amounts', () => {
    const csv = buildTableCsv(offerCsvColumns('USD'), [row('a', 'SENT', '90000000000', '=Eve')]);
    expect(csv.split('\r\n')).toEqual([
      'Candidate,Email,Title,Team,Start,Status,Base pay (USD),Token allowance (USD),Allowance basis,Total comp (USD)',
      // a formula-like name is escaped for spreadsheets
      `"'=Eve",a@example.com,Engineer,Platform,2026-12-01,Sent,200000.00,90000.00,50% of base pay,300000.00`,
      '',
    ]);
  });
});
