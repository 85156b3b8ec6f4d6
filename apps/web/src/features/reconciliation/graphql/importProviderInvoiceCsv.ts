import { graphql } from '../../../gql';

export const ImportProviderInvoiceCsvMutation = graphql(`
  mutation ImportProviderInvoiceCsv($input: ImportProviderInvoiceCsvInput!) {
    importProviderInvoiceCsv(input: $input) {
      id
      provider
      month
      currency
      amountMicros
      convertedMicros
      lines {
        lineNo
      }
    }
  }
`);
