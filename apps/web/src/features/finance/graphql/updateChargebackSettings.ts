import { graphql } from '../../../gql';

export const UpdateChargebackSettingsMutation = graphql(`
  mutation UpdateChargebackSettings($input: ChargebackSettingsInput!) {
    updateChargebackSettings(input: $input) {
      ...ChargebackSettingsFields
    }
  }
`);
