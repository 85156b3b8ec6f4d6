import { graphql } from '../../../gql';

/** One item of the close checklist: what would make the month's books wrong, and whether it is open. */
export const CloseItemFields = graphql(`
  fragment CloseItemFields on CloseItem {
    kind
    label
    count
    amountMicros
    open
    provider
    status
  }
`);
