import { graphql } from '../../../gql';

export const UpdateOfferMutation = graphql(`
  mutation UpdateOffer($input: UpdateOfferInput!) {
    updateOffer(input: $input) {
      ...OfferFields
    }
  }
`);
