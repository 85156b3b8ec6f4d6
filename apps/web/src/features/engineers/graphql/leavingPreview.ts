import { graphql } from '../../../gql';

export const LeavingPreviewQuery = graphql(`
  query LeavingPreview($input: LeavingPreviewInput!) {
    leavingPreview(input: $input) {
      engineerId
      lastDayPaid
      forfeitOn
      currency
      balanceNowMicros
      grantsToComeMicros
      reversedGrants {
        month
        amountMicros
      }
      reversedMicros
      forfeitMicros
      overageMicros
      loginEmail
      apiKeysToRevoke
    }
  }
`);
