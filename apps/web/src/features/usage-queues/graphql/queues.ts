import { graphql } from '../../../gql';

export const UnpricedUsageQuery = graphql(`
  query UnpricedUsage {
    unpricedUsage {
      provider
      model
      events
      engineers
      inputTokens
      outputTokens
      firstSeen
      lastSeen
    }
  }
`);

export const RepriceUnpricedUsageMutation = graphql(`
  mutation RepriceUnpricedUsage {
    repriceUnpricedUsage
  }
`);

export const UnmappedUsageQuery = graphql(`
  query UnmappedUsage {
    unmappedUsage {
      identityKind
      identityValue
      label
      records
      inputTokens
      outputTokens
      lastSeen
    }
  }
`);

export const MapIdentityMutation = graphql(`
  mutation MapIdentity($input: MapIdentityInput!) {
    mapIdentity(input: $input)
  }
`);
