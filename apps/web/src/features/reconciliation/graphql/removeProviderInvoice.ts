import { graphql } from '../../../gql';

export const RemoveProviderInvoiceMutation = graphql(`
  mutation RemoveProviderInvoice($id: ID!) {
    removeProviderInvoice(id: $id)
  }
`);
