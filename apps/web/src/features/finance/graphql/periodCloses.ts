import { graphql } from '../../../gql';

/** Every close of the company's books, newest first, with the reason given and what was open. */
export const PeriodClosesQuery = graphql(`
  query PeriodCloses {
    periodCloses {
      month
      closedAt
      reason
      totalMicros
      mailed
      checklist {
        ...CloseItemFields
      }
    }
  }
`);
