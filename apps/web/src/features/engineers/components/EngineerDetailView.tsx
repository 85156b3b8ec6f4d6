import type { ReactNode } from 'react';
import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDate } from '../../../app/format';
import { formatIsoDay, formatMonth } from '../../../app/dates';
import { parseApiError } from '../../../app/errors';
import { formatMicros } from '../../../app/money';
import { canOpen } from '../../../app/navigation';
import { hasAnyRole } from '../../../app/roles';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState, ErrorState, LoadingState } from '../../../app/ui/states';
import { EngineerQuery } from '../graphql/engineer';
import { humanizeKind, overrideBasisText, type EngineerDetail } from '../detail';
import { EndEmploymentForm } from './EndEmploymentForm';
import { MoveTeamForm, TeamHistoryTable } from './MoveTeamForm';
import { OverrideForm } from './OverrideForm';
import { RecordRaiseForm } from './RecordRaiseForm';
import { RunAccrualsButton } from './RunAccrualsButton';
import { StatusBadge } from './StatusBadge';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

function ProfileSection({ detail, currency }: { detail: EngineerDetail; currency: string }) {
  const engineer = detail.engineer;
  return (
    <Section title="Profile">
      <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
        <Field label="Email">{engineer.email}</Field>
        <Field label="Team">{engineer.teamName ?? '—'}</Field>
        <Field label="Status">
          <StatusBadge status={engineer.status} />
        </Field>
        <Field label="Title">{engineer.title ?? '—'}</Field>
        <Field label="Level">{engineer.level ?? '—'}</Field>
        <Field label="Location">{engineer.location ?? '—'}</Field>
        <Field label="Start date">{formatIsoDay(engineer.startDate)}</Field>
        <Field label="End date">{engineer.endDate ? formatIsoDay(engineer.endDate) : 'Not set'}</Field>
        {engineer.basePay && (
          <Field label="Base pay" testId="base-pay">
            {formatMicros(engineer.basePay.annualMicros, engineer.basePay.currency || currency)} a year
          </Field>
        )}
      </SimpleGrid>
    </Section>
  );
}

function PaySection({
  detail,
  canEdit,
  currency,
}: {
  detail: EngineerDetail;
  canEdit: boolean;
  currency: string;
}) {
  const history = [...(detail.payHistory ?? [])].reverse();
  return (
    <Section title="Pay history">
      {history.length === 0 ? (
        <Text c="dimmed">No pay recorded.</Text>
      ) : (
        <Table aria-label="Pay history" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Effective from</Table.Th>
              <Table.Th ta="right">Annual base pay</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((pay) => (
              <Table.Tr key={pay.effectiveFrom}>
                <Table.Td>{formatIsoDay(pay.effectiveFrom)}</Table.Td>
                <Table.Td ta="right">{formatMicros(pay.annualMicros, pay.currency || currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canEdit && <RecordRaiseForm engineerId={detail.engineer.id} currency={currency} />}
    </Section>
  );
}

function AllowanceSection({
  detail,
  canEdit,
  canPost,
}: {
  detail: EngineerDetail;
  canEdit: boolean;
  canPost: boolean;
}) {
  const allowance = detail.allowance;
  if (!allowance) return null;
  const money = (micros: string) => formatMicros(micros, allowance.currency);
  return (
    <Section title="Allowance">
      <SimpleGrid cols={{ base: 2, sm: 5 }} component="dl" m={0} data-testid="allowance-summary">
        <Field label="Period">
          {formatIsoDay(allowance.periodStart)} – {formatIsoDay(allowance.periodEnd)}
        </Field>
        <Field label="Annual" testId="allowance-annual">
          {money(allowance.annualMicros)}
        </Field>
        <Field label="Period total" testId="allowance-period-total">
          {money(allowance.periodTotalMicros)}
        </Field>
        <Field label="Accrued" testId="allowance-accrued">
          {money(allowance.accruedMicros)}
        </Field>
        <Field label="Balance" testId="allowance-balance">
          {money(allowance.balanceMicros)}
        </Field>
      </SimpleGrid>
      {allowance.override ? (
        <Text size="sm" data-testid="allowance-override">
          <Text span fw={700}>
            Override:
          </Text>{' '}
          {overrideBasisText(allowance.override, allowance.currency)} from{' '}
          {formatIsoDay(allowance.override.effectiveFrom)}. Reason: {allowance.override.reason}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Follows the company{' '}
          <Anchor component={Link} to="/policy">
            allowance policy
          </Anchor>
          .
        </Text>
      )}
      <Group justify="space-between">
        <Title order={3} size="h5">
          Monthly schedule
        </Title>
        {canPost && <RunAccrualsButton />}
      </Group>
      {allowance.schedule.length > 0 && (
        <Text size="xs" c="dimmed">
          Amount is what the rule says for the month now; a change recorded after a month was granted adds an
          adjustment on the day it is recorded, so posted + adjustment = amount.
        </Text>
      )}
      {allowance.schedule.length === 0 ? (
        <Text c="dimmed">Nothing is granted in this period.</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table aria-label="Monthly schedule" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Month</Table.Th>
                <Table.Th>Granted on</Table.Th>
                <Table.Th ta="right">Days</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th ta="right">Posted</Table.Th>
                <Table.Th ta="right">Adjustment</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {allowance.schedule.map((grant) => (
                <Table.Tr key={`${grant.month}-${grant.grantDate}`}>
                  <Table.Td>{formatMonth(grant.month)}</Table.Td>
                  <Table.Td>{formatIsoDay(grant.grantDate)}</Table.Td>
                  <Table.Td ta="right">
                    {grant.daysCovered} / {grant.daysInMonth}
                  </Table.Td>
                  <Table.Td ta="right">{money(grant.amountMicros)}</Table.Td>
                  <Table.Td ta="right">
                    {grant.posted ? (
                      <Text span inherit aria-label="Posted">
                        {money(grant.postedMicros)}
                      </Text>
                    ) : (
                      <Text span inherit c="dimmed" aria-label="Not posted yet">
                        –
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {BigInt(grant.adjustmentMicros) === 0n ? (
                      <Text span inherit c="dimmed">
                        –
                      </Text>
                    ) : (
                      <Text
                        span
                        inherit
                        c={BigInt(grant.adjustmentMicros) > 0n ? 'green' : 'red'}
                        aria-label="Adjustment for a change recorded after the grant"
                      >
                        {BigInt(grant.adjustmentMicros) > 0n ? '+' : ''}
                        {money(grant.adjustmentMicros)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canEdit && (
        <>
          <Title order={3} size="h5">
            Set an override
          </Title>
          <OverrideForm engineerId={detail.engineer.id} currency={allowance.currency} />
        </>
      )}
    </Section>
  );
}

function LedgerSection({ detail, currency }: { detail: EngineerDetail; currency: string }) {
  const entries = detail.ledgerEntries;
  if (!entries) return null;
  return (
    <Section title="Ledger entries">
      {entries.length === 0 ? (
        <Text c="dimmed">Nothing posted yet. Grants are posted when they fall due.</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Ledger entries" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th>Memo</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{formatDate(entry.effectiveAt)}</Table.Td>
                  <Table.Td>{humanizeKind(entry.kind)}</Table.Td>
                  <Table.Td ta="right">{formatMicros(entry.amountMicros, currency)}</Table.Td>
                  <Table.Td>{entry.memo ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

/** One engineer: profile, pay (when visible), allowance, schedule and ledger; edit forms for ADMIN/HR. */
export function EngineerDetailView({ id, heading }: { id: string; heading?: string }) {
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(EngineerQuery, { variables: { id } });
  const canEdit = hasAnyRole(user.roles, ['ADMIN', 'HR']);
  const apiError = error ? parseApiError(error) : null;

  if (loading && !data) return <LoadingState label="Loading the engineer…" />;
  if (apiError && !data) {
    if (apiError.code === 'NOT_FOUND' || apiError.code === 'FORBIDDEN')
      return (
        <EmptyState
          title="Engineer not found"
          description="There is no engineer here, or they are not someone you may see."
        />
      );
    return (
      <ErrorState
        title="We couldn't load the engineer"
        message={apiError.message}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!data) return null;
  const detail = data.engineer;
  const currency = detail.allowance?.currency ?? detail.engineer.basePay?.currency ?? user.company.currency;

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Group gap="sm">
          <Title order={1}>{heading ?? detail.engineer.name}</Title>
          <StatusBadge status={detail.engineer.status} />
        </Group>
        <Text c="dimmed">
          {heading ? `${detail.engineer.name}, ` : ''}
          {[detail.engineer.title, detail.engineer.teamName].filter(Boolean).join(' · ') ||
            detail.engineer.email}
        </Text>
        {detail.allowance && (
          <Anchor
            component={Link}
            to={
              heading && canOpen('/budget', user.roles)
                ? '/budget'
                : `/engineers/${detail.engineer.id}/budget`
            }
            state={{ engineerName: detail.engineer.name }}
            size="sm"
          >
            Budget and usage →
          </Anchor>
        )}
      </div>
      <ProfileSection detail={detail} currency={currency} />
      {detail.payHistory && <PaySection detail={detail} canEdit={canEdit} currency={currency} />}
      {detail.allowance ? (
        <AllowanceSection
          detail={detail}
          canEdit={canEdit}
          canPost={hasAnyRole(user.roles, ['ADMIN', 'HR', 'FINANCE'])}
        />
      ) : (
        <Text c="dimmed" data-testid="allowance-private">
          The allowance of this engineer is not visible to you: an allowance is a share of pay, kept private
          from managers by a company setting. Their spend, burn rate and run-out date are on{' '}
          <Anchor component={Link} to={`/engineers/${detail.engineer.id}/budget`}>
            budget and usage
          </Anchor>
          .
        </Text>
      )}
      <LedgerSection detail={detail} currency={currency} />
      <Section title="Team">
        <TeamHistoryTable history={detail.teamHistory} />
        {canEdit && detail.engineer.status !== 'LEAVER' && (
          <MoveTeamForm engineerId={detail.engineer.id} currentTeamId={detail.engineer.teamId} />
        )}
      </Section>
      {canEdit && (
        <Section title="End employment">
          <EndEmploymentForm
            key={detail.engineer.endDate ?? 'none'}
            engineerId={detail.engineer.id}
            endDate={detail.engineer.endDate}
          />
        </Section>
      )}
    </Stack>
  );
}
