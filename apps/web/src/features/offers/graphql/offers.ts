import { graphql } from '../../../gql';

export const OffersQuery = graphql(`
  query Offers {
    offers {
      ...OfferFields
    }
  }
`);
