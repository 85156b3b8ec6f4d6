import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { hasAnyRole } from '../../../app/roles';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { AllowancePolicyQuery } from '../graphql/allowancePolicy';
import { PolicyForm } from '../components/PolicyForm';
import { AllowanceSightCard } from '../components/AllowanceSightCard';
import { RequestLimitsCard } from '../components/RequestLimitsCard';
import { DefaultEnforcementCard } from '../../budget/components/DefaultEnforcementCard';

/** Roles that may change the policy (the server's `updateAllowancePolicy` allows the same). */
export const POLICY_EDITORS = ['ADMIN', 'HR'] as const;

export function PolicyPage() {
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(AllowancePolicyQuery);
  const canEdit = hasAnyRole(user.roles, POLICY_EDITORS);

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Allowance policy</Title>
        <Text c="dimmed">
          How much AI-token budget every engineer earns as a line of pay, unless an override says otherwise.
        </Text>
      </div>
      {loading && !data && <LoadingState label="Loading the policy…" />}
      {error && !data && parseApiError(error).code === 'FORBIDDEN' && (
        <Alert color="gray" variant="light" title="The policy terms are private" data-testid="policy-private">
          An allowance is a share of pay, so the policy&apos;s ratio is kept from managers (a company setting
          HR chooses, below). You see your reports&apos; spend, burn rate and run-out date on Team burn.
        </Alert>
      )}
      {error && !data && parseApiError(error).code !== 'FORBIDDEN' && (
        <ErrorState
          title="We couldn't load the policy"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data && <PolicyForm policy={data.allowancePolicy} canEdit={canEdit} />}
      <AllowanceSightCard canEdit={canEdit} />
      <RequestLimitsCard canEdit={canEdit} />
      {hasAnyRole(user.roles, ['ADMIN', 'HR', 'FINANCE']) && (
        <DefaultEnforcementCard canEdit={user.roles.includes('ADMIN')} />
      )}
    </Stack>
  );
}
