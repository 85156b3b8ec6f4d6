import { graphql } from '../../../gql';

export const CloseChecklistQuery = graphql(`
  query CloseChecklist($month: String!) {
    closeChecklist(month: $month) {
      month
      closed
      openItems
      items {
        ...CloseItemFields
      }
    }
  }
`);
