import { graphql } from '../../../gql';

export const AllowancePolicyFields = graphql(`
  fragment AllowancePolicyFields on AllowancePolicy {
    basisKind
    ratioBp
    annualMicros
    floorMicros
    capMicros
    fiscalYearStartMonth
    accrual
    rolloverKind
    rolloverCapMicros
    currency
    updatedAt
    effectiveFrom
  }
`);
