import { graphql } from '../../../gql';

export const ChargebackSettingsFields = graphql(`
  fragment ChargebackSettingsFields on ChargebackSettings {
    mode
    allocationPolicy
    centralCostCentre
    invoiceToleranceBp
    glExpenseAccount
    glPayableAccount
    glAccrualAccount
  }
`);

export const ChargebackSettingsQuery = graphql(`
  query ChargebackSettings {
    chargebackSettings {
      ...ChargebackSettingsFields
    }
  }
`);
