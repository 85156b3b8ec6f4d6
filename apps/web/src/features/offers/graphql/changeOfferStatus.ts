import { graphql } from '../../../gql';

export const ChangeOfferStatusMutation = graphql(`
  mutation ChangeOfferStatus($input: ChangeOfferStatusInput!) {
    changeOfferStatus(input: $input) {
      ...OfferFields
    }
  }
`);
