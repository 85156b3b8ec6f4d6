import { graphql } from '../../../gql';

export const EnterProviderInvoiceMutation = graphql(`
  mutation EnterProviderInvoice($input: EnterProviderInvoiceInput!) {
    enterProviderInvoice(input: $input) {
      id
      provider
      month
      currency
      amountMicros
      convertedMicros
    }
  }
`);
