import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { startOfNextMonth } from '@tokenroll/domain';
import { useBusinessDate } from '../../../app/businessDate';
import { parseApiError } from '../../../app/errors';
import { ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import { AllowancePolicyQuery } from '../../policy/graphql/allowancePolicy';
import { OfferEditor } from '../components/OfferEditor';
import { OfferStatusBadge } from '../components/OfferStatusBadge';
import { OfferQuery } from '../graphql/offer';

/** `/offers/new` (no id) and `/offers/:id`. */
export function OfferPage() {
  const { id } = useParams();
  const location = useLocation();
  const today = useBusinessDate();
  const notice = (location.state as { notice?: string } | null)?.notice ?? null;
  const policy = useQuery(AllowancePolicyQuery);
  const offer = useQuery(OfferQuery, { variables: { id: id ?? '' }, skip: !id });
  const error = policy.error ?? offer.error;
  const apiError = error ? parseApiError(error) : null;
  const current = offer.data?.offer ?? null;
  const ready = policy.data && (!id || current);

  if (apiError?.code === 'FORBIDDEN') return <NoAccessState />;

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Anchor component={Link} to="/offers" size="sm">
          ← All offers
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1}>{id ? (current?.candidateName ?? 'Offer') : 'New offer'}</Title>
          {current && <OfferStatusBadge status={current.status} />}
        </Group>
        <Text c="dimmed">
          {current
            ? `${current.title} · ${current.teamName}`
            : 'Base pay, bonus, equity and the AI-token allowance, with the total before you send it.'}
        </Text>
      </div>
      {!ready && !apiError && <LoadingState label="Loading the offer…" />}
      {apiError && !ready && (
        <ErrorState
          title={apiError.code === 'NOT_FOUND' ? 'There is no such offer' : "We couldn't load the offer"}
          message={apiError.message}
          onRetry={
            apiError.code === 'NOT_FOUND'
              ? undefined
              : () => {
                  void policy.refetch();
                  if (id) void offer.refetch();
                }
          }
        />
      )}
      {ready && policy.data && (
        <OfferEditor
          key={current?.id ?? 'new'}
          offer={current}
          policy={policy.data.allowancePolicy}
          defaultStartDate={startOfNextMonth(today)}
          notice={notice}
        />
      )}
    </Stack>
  );
}
