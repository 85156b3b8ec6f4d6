import { useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Fieldset,
  Grid,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import type { AllowancePolicyFieldsFragment } from '../../../gql/graphql';
import { parseApiError } from '../../../app/errors';
import { applyApiError } from '../../../app/forms/applyApiError';
import { useSessionObject } from '../../../app/session/SessionContext';
import { domainPolicyOf } from '../../policy/policy';
import { TeamsQuery } from '../../teams/graphql/teams';
import { teamOptions } from '../../teams/teams';
import { ChangeOfferStatusMutation } from '../graphql/changeOfferStatus';
import { CreateOfferMutation } from '../graphql/createOffer';
import { OffersQuery } from '../graphql/offers';
import { UpdateOfferMutation } from '../graphql/updateOffer';
import { downloadOfferLetter } from '../letter';
import {
  emptyOfferForm,
  OFFER_FIELD_LABELS as LABELS,
  offerFormValues,
  offerInput,
  previewOffer,
  readOfferForm,
  savedOfferFigures,
  type OfferFormValues,
} from '../offerForm';
import {
  offerActions,
  TRANSITION_DONE,
  TRANSITION_LABELS,
  type OfferRow,
  type OfferTransition,
} from '../offers';
import { OfferPreview } from './OfferPreview';

const TRANSITION_COLORS: Record<OfferTransition, { color?: string; variant: string }> = {
  SENT: { variant: 'filled' },
  ACCEPTED: { color: 'green', variant: 'filled' },
  DECLINED: { color: 'red', variant: 'light' },
  WITHDRAWN: { color: 'orange', variant: 'outline' },
};

/**
 * One offer: the form (editable while a draft), the live total-comp preview beside it, and the
 * buttons its status allows. `offer` is null for a new offer.
 */
export function OfferEditor({
  offer,
  policy,
  defaultStartDate,
  notice,
}: {
  offer: OfferRow | null;
  policy: AllowancePolicyFieldsFragment;
  defaultStartDate: string;
  notice?: string | null;
}) {
  const currency = policy.currency;
  const navigate = useNavigate();
  const session = useSessionObject();
  const teams = useQuery(TeamsQuery);
  const domainPolicy = useMemo(() => domainPolicyOf(policy), [policy]);
  const capMicros = domainPolicy?.capMicros ?? null;
  const actions = offerActions(offer?.status ?? null);
  const [banner, setBanner] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(notice ?? null);
  const [downloading, setDownloading] = useState(false);
  const [pendingTransition, setPendingTransition] = useState<OfferTransition | null>(null);

  const [createOffer, created] = useMutation(CreateOfferMutation, { refetchQueries: [OffersQuery] });
  const [updateOffer, updated] = useMutation(UpdateOfferMutation);
  const [changeStatus] = useMutation(ChangeOfferStatusMutation, { refetchQueries: [OffersQuery] });
  const saving = created.loading || updated.loading;

  const form = useForm<OfferFormValues>({
    mode: 'controlled',
    initialValues: offer ? offerFormValues(offer) : emptyOfferForm(defaultStartDate),
    validate: (values) => readOfferForm(values, currency, capMicros).errors,
    onValuesChange: () => setMessage(null),
  });
  const values = form.getValues();
  const dirty = offer !== null && form.isDirty();

  const preview = useMemo(
    () =>
      actions.canEdit || !offer
        ? previewOffer(values, domainPolicy, currency)
        : { figures: savedOfferFigures(offer), problem: null },
    [actions.canEdit, offer, values, domainPolicy, currency],
  );

  const handleSubmit = form.onSubmit(async (submitted) => {
    setBanner(null);
    setMessage(null);
    try {
      const input = offerInput(submitted, currency);
      if (!offer) {
        const { data } = await createOffer({ variables: { input } });
        if (!data) throw new Error('No data');
        void navigate(`/offers/${data.createOffer.id}`, { replace: true, state: { notice: 'Draft saved.' } });
        return;
      }
      const { data } = await updateOffer({ variables: { input: { ...input, id: offer.id } } });
      if (!data) throw new Error('No data');
      const next = offerFormValues(data.updateOffer);
      form.setInitialValues(next);
      form.setValues(next);
      setMessage('Draft saved.');
    } catch (error) {
      setBanner(applyApiError(form, error, LABELS).banner);
    }
  });

  const transition = async (to: OfferTransition) => {
    if (!offer) return;
    setBanner(null);
    setMessage(null);
    setPendingTransition(to);
    try {
      const { data } = await changeStatus({ variables: { input: { id: offer.id, status: to } } });
      if (!data) throw new Error('No data');
      setMessage(TRANSITION_DONE[to]);
    } catch (error) {
      setBanner(parseApiError(error).message);
    } finally {
      setPendingTransition(null);
    }
  };

  const download = async () => {
    if (!offer) return;
    setBanner(null);
    setDownloading(true);
    const problem = await downloadOfferLetter(session, offer.id);
    setDownloading(false);
    if (problem) setBanner(`We couldn't download the letter. ${problem.message}`);
  };

  const options = teamOptions(teams.data?.teams ?? []);
  const amountProps = (field: keyof OfferFormValues) => ({
    label: LABELS[field],
    inputMode: 'decimal' as const,
    rightSection: (
      <Text size="xs" c="dimmed">
        {currency}
      </Text>
    ),
    rightSectionWidth: 48,
    ...form.getInputProps(field),
  });
  const busy = saving || pendingTransition !== null;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Card withBorder radius="md" padding="lg">
          <form onSubmit={handleSubmit} noValidate aria-label="Offer">
            <Stack gap="md">
              {banner && (
                <Alert color="red" variant="light" role="alert">
                  {banner}
                </Alert>
              )}
              {message && (
                <Alert color="green" variant="light" role="status">
                  {message}
                </Alert>
              )}
              {offer?.engineerId && (
                <Alert color="green" variant="light" title="Accepted">
                  {offer.candidateName} is on the payroll from the start date.{' '}
                  <Anchor component={Link} to={`/engineers/${offer.engineerId}`}>
                    Open {offer.candidateName}&apos;s engineer page
                  </Anchor>
                </Alert>
              )}
              {offer && !actions.canEdit && (
                <Text size="sm" c="dimmed">
                  Only drafts can be changed; this offer is read-only.
                </Text>
              )}
              <Fieldset variant="unstyled" disabled={!actions.canEdit}>
                <Stack gap="md">
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={LABELS.candidateName}
                      withAsterisk
                      {...form.getInputProps('candidateName')}
                    />
                    <TextInput
                      label={LABELS.candidateEmail}
                      type="email"
                      withAsterisk
                      {...form.getInputProps('candidateEmail')}
                    />
                    <TextInput
                      label={LABELS.title}
                      placeholder="Senior Engineer"
                      withAsterisk
                      {...form.getInputProps('title')}
                    />
                    <NativeSelect
                      label={LABELS.teamId}
                      withAsterisk
                      data={[
                        {
                          value: '',
                          label: teams.loading && !teams.data ? 'Loading teams…' : 'Choose a team',
                        },
                        ...options,
                        // a saved offer's team stays readable even if the list has not loaded
                        ...(offer && !options.some((o) => o.value === offer.teamId)
                          ? [{ value: offer.teamId, label: offer.teamName }]
                          : []),
                      ]}
                      {...form.getInputProps('teamId')}
                    />
                    <TextInput label={LABELS.level} placeholder="L4" {...form.getInputProps('level')} />
                    <TextInput
                      label={LABELS.location}
                      placeholder="Berlin"
                      {...form.getInputProps('location')}
                    />
                    <TextInput
                      label={LABELS.startDate}
                      type="date"
                      withAsterisk
                      {...form.getInputProps('startDate')}
                    />
                    <TextInput {...amountProps('annualPay')} placeholder="185,000" withAsterisk />
                    <TextInput {...amountProps('bonusAmount')} placeholder="Optional" />
                    <TextInput
                      label={LABELS.equity}
                      placeholder="4,000 options vesting over 4 years"
                      {...form.getInputProps('equity')}
                    />
                  </SimpleGrid>
                  <div>
                    <Text size="sm" fw={500} id="offer-override-label" mb={4}>
                      {LABELS.overrideKind}
                    </Text>
                    <SegmentedControl
                      aria-labelledby="offer-override-label"
                      data={[
                        { value: 'POLICY', label: 'Company policy' },
                        { value: 'RATIO', label: 'Share of base pay' },
                        { value: 'FIXED', label: 'Fixed amount' },
                      ]}
                      disabled={!actions.canEdit}
                      {...form.getInputProps('overrideKind')}
                    />
                  </div>
                  {values.overrideKind !== 'POLICY' && (
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      {values.overrideKind === 'RATIO' ? (
                        <TextInput
                          label={LABELS.overrideRatioBp}
                          description="Percent of annual base pay, e.g. 60"
                          inputMode="decimal"
                          rightSection={<Text size="sm">%</Text>}
                          withAsterisk
                          {...form.getInputProps('overrideRatioBp')}
                        />
                      ) : (
                        <TextInput
                          {...amountProps('overrideAnnualAmount')}
                          description="The allowance a year"
                          withAsterisk
                        />
                      )}
                      <Textarea
                        label={LABELS.overrideReason}
                        description="Why this offer differs from the policy"
                        rows={2}
                        withAsterisk
                        {...form.getInputProps('overrideReason')}
                      />
                    </SimpleGrid>
                  )}
                </Stack>
              </Fieldset>
              <Group justify="space-between" gap="sm">
                <Group gap="sm">
                  {actions.canEdit && (
                    <Button
                      type="submit"
                      variant={offer ? 'default' : 'filled'}
                      loading={saving}
                      disabled={busy}
                    >
                      Save draft
                    </Button>
                  )}
                  {actions.transitions.map((to) => (
                    <Button
                      key={to}
                      {...TRANSITION_COLORS[to]}
                      onClick={() => void transition(to)}
                      loading={pendingTransition === to}
                      disabled={busy || dirty}
                    >
                      {TRANSITION_LABELS[to]}
                    </Button>
                  ))}
                </Group>
                {actions.canDownloadLetter && (
                  <Button
                    variant="light"
                    onClick={() => void download()}
                    loading={downloading}
                    disabled={dirty}
                  >
                    Download offer letter (PDF)
                  </Button>
                )}
              </Group>
              {dirty && (
                <Text size="xs" c="dimmed">
                  Save your changes to send the offer or download its letter.
                </Text>
              )}
            </Stack>
          </form>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <OfferPreview
          figures={preview.figures}
          problem={preview.problem}
          currency={currency}
          live={actions.canEdit}
        />
      </Grid.Col>
    </Grid>
  );
}
