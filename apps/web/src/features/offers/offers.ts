import type { OfferFieldsFragment } from '../../gql/graphql';
import { csvAmount, microsOf } from '../../app/money';
import type { CsvColumn } from '../../app/table/csv';
import type { SortValue } from '../../app/table/sort';

export type OfferRow = OfferFieldsFragment;

export type OfferStatus = 'DRAFT' | 'SENT' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

export const OFFER_STATUSES: readonly OfferStatus[] = ['DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'];

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  DRAFT: 'Draft',
  SENT: 'Sent',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
};

export const OFFER_STATUS_COLORS: Record<OfferStatus, string> = {
  DRAFT: 'gray',
  SENT: 'blue',
  ACCEPTED: 'green',
  DECLINED: 'red',
  WITHDRAWN: 'orange',
};

/** The API sends the status as a string; anything unknown is treated as a draft would not be: read-only. */
export function offerStatusOf(status: string): OfferStatus | null {
  return (OFFER_STATUSES as readonly string[]).includes(status) ? (status as OfferStatus) : null;
}

export function offerStatusLabel(status: string): string {
  const known = offerStatusOf(status);
  return known ? OFFER_STATUS_LABELS[known] : status;
}

/** A status change a person can ask for (the server's `changeOfferStatus`). */
export type OfferTransition = Exclude<OfferStatus, 'DRAFT'>;

export interface OfferActions {
  /** The form is editable and "Save draft" is offered. */
  canEdit: boolean;
  /** Status changes offered, in button order. */
  transitions: OfferTransition[];
  /** The letter exists once the offer is saved. */
  canDownloadLetter: boolean;
}

/**
 * What a person may do with an offer in a status; mirrors the server's transitions
 * (draft → sent → accepted | declined; draft or sent → withdrawn). `null` is a new, unsaved offer.
 */
export function offerActions(status: string | null): OfferActions {
  if (status === null) return { canEdit: true, transitions: [], canDownloadLetter: false };
  switch (offerStatusOf(status)) {
    case 'DRAFT':
      return { canEdit: true, transitions: ['SENT', 'WITHDRAWN'], canDownloadLetter: true };
    case 'SENT':
      return { canEdit: false, transitions: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'], canDownloadLetter: true };
    default:
      return { canEdit: false, transitions: [], canDownloadLetter: true };
  }
}

export const TRANSITION_LABELS: Record<OfferTransition, string> = {
  SENT: 'Send',
  ACCEPTED: 'Mark accepted',
  DECLINED: 'Mark declined',
  WITHDRAWN: 'Withdraw',
};

export const TRANSITION_DONE: Record<OfferTransition, string> = {
  SENT: 'Offer sent.',
  ACCEPTED: 'Offer accepted: the engineer is on the payroll from the start date.',
  DECLINED: 'Offer marked declined.',
  WITHDRAWN: 'Offer withdrawn.',
};

export type OfferColumn = 'candidate' | 'title' | 'team' | 'startDate' | 'status' | 'allowance' | 'totalComp';

export const OFFER_COLUMNS: readonly { key: OfferColumn; label: string }[] = [
  { key: 'candidate', label: 'Candidate' },
  { key: 'title', label: 'Title' },
  { key: 'team', label: 'Team' },
  { key: 'startDate', label: 'Start' },
  { key: 'status', label: 'Status' },
  { key: 'allowance', label: 'Token allowance' },
  { key: 'totalComp', label: 'Total comp' },
];

export const OFFER_SORT_ACCESSORS: Record<OfferColumn, (row: OfferRow) => SortValue> = {
  candidate: (row) => row.candidateName,
  title: (row) => row.title,
  team: (row) => row.teamName,
  startDate: (row) => row.startDate,
  // the order offers move through, not the alphabet
  status: (row) => {
    const status = offerStatusOf(row.status);
    return status ? OFFER_STATUSES.indexOf(status) : null;
  },
  allowance: (row) => microsOf(row.terms.annualAllowanceMicros),
  totalComp: (row) => microsOf(row.terms.totalCompMicros),
};

/** A status, or '' for every status. */
export function filterOffers(rows: readonly OfferRow[], status: OfferStatus | ''): OfferRow[] {
  return status === '' ? [...rows] : rows.filter((row) => row.status === status);
}

export function offerCsvColumns(currency: string): CsvColumn<OfferRow>[] {
  return [
    { header: 'Candidate', value: (row) => row.candidateName },
    { header: 'Email', value: (row) => row.candidateEmail },
    { header: 'Title', value: (row) => row.title },
    { header: 'Team', value: (row) => row.teamName },
    { header: 'Start', value: (row) => row.startDate },
    { header: 'Status', value: (row) => offerStatusLabel(row.status) },
    { header: `Base pay (${currency})`, value: (row) => csvAmount(row.annualPayMicros, row.currency) },
    {
      header: `Token allowance (${currency})`,
      value: (row) => csvAmount(row.terms.annualAllowanceMicros, row.currency),
    },
    { header: 'Allowance basis', value: (row) => row.terms.allowanceBasisText },
    {
      header: `Total comp (${currency})`,
      value: (row) => csvAmount(row.terms.totalCompMicros, row.currency),
    },
  ];
}
