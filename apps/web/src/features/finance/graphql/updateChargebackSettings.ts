import { graphql } from '../../../gql';

export const UpdateChargebackSettingsMutation = graphql(`
  mutation UpdateChargebackSettings($input: UpdateChargebackSettingsInput!) {
    updateChargebackSettings(input: $input) {
      ...ChargebackSettingsFields
    }
  }
`);
