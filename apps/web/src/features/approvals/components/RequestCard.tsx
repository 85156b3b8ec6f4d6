import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { fieldMessage, parseApiError } from '../../../app/errors';
import { formatDateTime } from '../../../app/format';
import { formatMicros } from '../../../app/money';
import { decisionNotes, kindLabel, statusColor, statusLabel } from '../../requests/requests';
import {
  approveEffect,
  availableAfter,
  DECISION_FIELD_LABELS,
  decisionMessage,
  MAX_COMMENT_LENGTH,
  notDecidableReason,
  readDecision,
  runOutText,
  stepLabel,
  type ApprovalRow,
  type Decision,
} from '../approvals';
import { ApprovalQueueQuery } from '../graphql/approvalQueue';
import { ApproveIncreaseRequestMutation } from '../graphql/approveIncreaseRequest';
import { RejectIncreaseRequestMutation } from '../graphql/rejectIncreaseRequest';

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** Approve (comment optional) or reject (comment required) one request. */
function DecisionForm({
  request,
  currency,
  onDecided,
}: {
  request: ApprovalRow;
  currency: string;
  onDecided: (message: string) => void;
}) {
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const options = { refetchQueries: [ApprovalQueueQuery], awaitRefetchQueries: true };
  const [approve, approving] = useMutation(ApproveIncreaseRequestMutation, options);
  const [reject, rejecting] = useMutation(RejectIncreaseRequestMutation, options);

  const decide = async (decision: Decision) => {
    setBanner(null);
    setCommentError(null);
    const read = readDecision(decision, comment);
    if (read.error !== null) {
      setCommentError(read.error);
      return;
    }
    try {
      const result =
        decision === 'approve'
          ? (await approve({ variables: { id: request.id, comment: read.comment } })).data
              ?.approveIncreaseRequest
          : (await reject({ variables: { id: request.id, comment: read.comment ?? '' } })).data
              ?.rejectIncreaseRequest;
      if (!result) throw new Error('No data');
      onDecided(decisionMessage(result, currency));
    } catch (error) {
      const apiError = parseApiError(error);
      const fieldText = apiError.fieldErrors['comment'];
      if (fieldText) setCommentError(fieldMessage(DECISION_FIELD_LABELS.comment, fieldText));
      else if (apiError.fieldErrors['id'])
        setBanner(`${apiError.message}: this request ${apiError.fieldErrors['id']}.`);
      else setBanner(apiError.message);
    }
  };

  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={`Decide ${request.engineerName}'s request`}
      onSubmit={(e) => e.preventDefault()}
    >
      {banner && (
        <Alert color="red" variant="light" role="alert">
          {banner}
        </Alert>
      )}
      <Textarea
        label={DECISION_FIELD_LABELS.comment}
        description="Optional to approve; required to reject. The engineer sees it."
        autosize
        minRows={2}
        maxLength={MAX_COMMENT_LENGTH + 1}
        value={comment}
        onChange={(event) => setComment(event.currentTarget.value)}
        error={commentError}
        maw={640}
      />
      <Text size="xs" c="dimmed">
        {approveEffect(request)}
      </Text>
      <Group>
        <Button
          color="green"
          loading={approving.loading}
          disabled={rejecting.loading}
          onClick={() => void decide('approve')}
        >
          Approve
        </Button>
        <Button
          color="red"
          variant="light"
          loading={rejecting.loading}
          disabled={approving.loading}
          onClick={() => void decide('reject')}
        >
          Reject
        </Button>
      </Group>
    </Stack>
  );
}

/** One increase request with the engineer's budget and, for whoever may decide it, the decision. */
export function RequestCard({
  request,
  currency,
  showLink = true,
  onDecided,
}: {
  request: ApprovalRow;
  currency: string;
  showLink?: boolean;
  onDecided: (message: string) => void;
}) {
  const budget = request.engineerBudget;
  const after = budget ? availableAfter(budget, request) : null;
  const notDecidable = notDecidableReason(request);
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="article"
      aria-label={`Request from ${request.engineerName}`}
      data-testid="approval-request"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {request.engineerName} asks for {formatMicros(request.amountMicros, currency)}
            </Title>
            <Text size="sm" c="dimmed">
              {kindLabel(request.kind)} · requested {formatDateTime(request.createdAt)}
            </Text>
          </div>
          <Group gap="xs">
            {request.canDecide && (
              <Badge variant="outline" tt="none">
                {stepLabel(request)}
              </Badge>
            )}
            <Badge color={statusColor(request.status)} variant="light" tt="none">
              {statusLabel(request.status)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">
          <Text span fw={600} fz="inherit">
            Reason:{' '}
          </Text>
          {request.reason}
        </Text>
        {decisionNotes(request).map((note) => (
          <Text key={note} size="sm" c="dimmed">
            {note}
          </Text>
        ))}
        {budget && (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" aria-label={`${request.engineerName}'s budget`}>
            {/* a manager decides on spend and burn; the allowance only when the company lets managers see it */}
            {budget.availableMicros !== null && (
              <Figure
                label="Available now"
                value={formatMicros(budget.availableMicros, budget.currency)}
                testId="approval-available"
              />
            )}
            <Figure
              label="Spent this period"
              value={
                budget.allowanceMicros === null
                  ? formatMicros(budget.spentMicros, budget.currency)
                  : `${formatMicros(budget.spentMicros, budget.currency)} of ${formatMicros(budget.allowanceMicros, budget.currency)}`
              }
            />
            <Figure
              label="Burn rate"
              value={`${formatMicros(budget.dailyBurnMicros, budget.currency)}/day`}
              testId="approval-burn"
            />
            <Figure label="Run-out" value={runOutText(budget)} />
            {after && <Figure label="Available if approved" value={formatMicros(after, budget.currency)} />}
          </SimpleGrid>
        )}
        {request.canDecide ? (
          <DecisionForm request={request} currency={currency} onDecided={onDecided} />
        ) : (
          notDecidable && (
            <Alert color="gray" variant="light">
              {notDecidable}
            </Alert>
          )
        )}
        {showLink && (
          <Anchor component={Link} to={`/approvals/${request.id}`} size="sm">
            Link to this request
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
