import { graphql } from '../../../gql';

export const CreateOfferMutation = graphql(`
  mutation CreateOffer($input: OfferInputDto!) {
    createOffer(input: $input) {
      ...OfferFields
    }
  }
`);
