import { graphql } from '../../../gql';

export const TeamPoolFields = graphql(`
  fragment TeamPoolFields on TeamPool {
    teamId
    teamName
    balanceMicros
    heldMicros
    overflow
  }
`);

export const TeamPoolsQuery = graphql(`
  query TeamPools {
    teamPools {
      ...TeamPoolFields
    }
  }
`);

export const FundTeamPoolMutation = graphql(`
  mutation FundTeamPool($input: FundTeamPoolInput!) {
    fundTeamPool(input: $input) {
      ...TeamPoolFields
    }
  }
`);

export const SetTeamPoolOverflowMutation = graphql(`
  mutation SetTeamPoolOverflow($teamId: ID!, $overflow: Boolean!) {
    setTeamPoolOverflow(teamId: $teamId, overflow: $overflow) {
      ...TeamPoolFields
    }
  }
`);
