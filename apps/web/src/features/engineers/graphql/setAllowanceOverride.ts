import { graphql } from '../../../gql';

export const SetAllowanceOverrideMutation = graphql(`
  mutation SetAllowanceOverride($input: SetAllowanceOverrideInput!) {
    setAllowanceOverride(input: $input) {
      effectiveFrom
      basisKind
      ratioBp
      annualMicros
      reason
    }
  }
`);
