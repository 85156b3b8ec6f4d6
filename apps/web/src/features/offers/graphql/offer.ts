import { graphql } from '../../../gql';

export const OfferQuery = graphql(`
  query Offer($id: ID!) {
    offer(id: $id) {
      ...OfferFields
    }
  }
`);
