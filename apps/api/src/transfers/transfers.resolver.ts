import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Money, type PendingReasonCode } from '@tokenroll/domain';
import { AppError } from '../common/app-error';
import { CurrentUser, SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { BudgetService } from '../metering/budget.service';
import { PeopleService } from '../people/people.service';
import {
  IncreaseRequestBudgetObject,
  IncreaseRequestObject,
  MoveAllowanceInput,
  PendingReasonObject,
  TeammateObject,
  TransferLimitObject,
  RequestIncreaseInput,
  TransferAllowanceInput,
  TransferObject,
} from './dto/transfers.dto';
import { IncreaseRequestRow, IncreaseRequestsService } from './increase-requests.service';
import { TransferRow, TransfersService } from './transfers.service';

/**
 * Whether the query asks for `field` of the returned object (through fragments too). Used instead of a
 * @ResolveField: field resolvers run after the root field's tenant transaction has ended (tried; it
 * fails with no transaction), so costly optional fields are computed inside the root resolver.
 */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  const seen = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return selection.name.value === field;
      if (selection.kind === 'InlineFragment') return seen(selection.selectionSet);
      return seen(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => seen(node.selectionSet));
}

export function increaseObject(
  row: IncreaseRequestRow,
  extra: Pick<IncreaseRequestObject, 'canDecide' | 'engineerBudget'> = {
    canDecide: false,
    engineerBudget: null,
  },
): IncreaseRequestObject {
  return {
    ...extra,
    id: row.id,
    engineerId: row.engineer_id,
    engineerName: row.engineer_name,
    amountMicros: String(row.amount_micros),
    kind: row.kind,
    reason: row.reason,
    status: row.status,
    needsHr: row.needs_hr,
    approvedBy: row.approved_by,
    source: row.source,
    managerComment: row.manager_comment,
    decisionComment: row.decision_comment,
    createdAt: row.created_at,
    requestedOn: row.requested_on,
    decidedAt: row.decided_at,
  };
}

/** A pending reason in words, with the amounts it cites as they were when it was judged. */
function pendingMessage(
  code: PendingReasonCode,
  limitMicros: bigint,
  autoApprovedMicros: bigint,
  money: (micros: bigint) => string,
): string {
  switch (code) {
    case 'HR_STEP':
      return `Above the HR threshold of ${money(limitMicros)}: HR decides after the manager.`;
    case 'PERMANENT':
      return 'A permanent increase changes the allowance rule: the manager decides.';
    case 'ABOVE_AUTO_APPROVAL':
      return limitMicros === 0n
        ? 'Auto-approval is off: the manager decides.'
        : `Above the auto-approval threshold of ${money(limitMicros)}: the manager decides.`;
    case 'AUTO_APPROVAL_CAP_REACHED':
      return `The per-period cap on auto-approved increases is reached: ${money(autoApprovedMicros)} of ${money(limitMicros)} already approved automatically this period, so the manager decides.`;
    case 'POOL_SHORT':
      return 'The team pool could not cover it at once: the manager decides.';
  }
}

function transferObject(row: TransferRow): TransferObject {
  return {
    id: row.id,
    fromKind: row.from_kind,
    fromOwnerId: row.from_owner,
    fromName: row.from_name ?? '—',
    toKind: row.to_kind,
    toOwnerId: row.to_owner,
    toName: row.to_name ?? '—',
    amountMicros: row.amount_micros,
    memo: row.memo,
    at: row.effective_at,
  };
}

/** Increase requests with approvals, gifts between teammates and managers' moves. */
@Resolver()
export class TransfersResolver {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly increases: IncreaseRequestsService,
    private readonly moves: TransfersService,
    private readonly people: PeopleService,
    private readonly budgets: BudgetService,
  ) {}

  /**
   * Why each pending request waits for a person: the code recorded when it was decided to wait (judged by
   * `pendingReason` in libs/domain, in that transaction), in words with the figures recorded with it. A
   * later change of the limits does not rewrite it; null once decided.
   */
  private async pendingReasons(rows: IncreaseRequestRow[]): Promise<(PendingReasonObject | null)[]> {
    const waiting = (row: IncreaseRequestRow) =>
      (row.status === 'PENDING_MANAGER' || row.status === 'PENDING_HR') && row.pending_reason !== null;
    if (!rows.some(waiting)) return rows.map(() => null);
    const [company]: { currency: string }[] = await this.tenancy
      .manager()
      .query(`select currency from companies`);
    const money = (micros: bigint) => Money.of(micros, company.currency.trim()).format();
    return rows.map((row) =>
      waiting(row)
        ? {
            code: row.pending_reason as PendingReasonCode,
            message: pendingMessage(
              row.pending_reason as PendingReasonCode,
              BigInt(row.pending_limit_micros ?? '0'),
              BigInt(row.pending_auto_approved_micros ?? '0'),
              money,
            ),
          }
        : null,
    );
  }

  /**
   * Requests as this user sees them: whether they may decide each now, and (when the query asks for it)
   * the engineer's budget, for engineers the user may see.
   */
  private async objects(
    rows: IncreaseRequestRow[],
    user: SessionUser,
    info: GraphQLResolveInfo,
  ): Promise<IncreaseRequestObject[]> {
    const decidable = await this.increases.canDecideEach(rows, user);
    const budgets = new Map<string, IncreaseRequestBudgetObject | null>();
    if (selects(info, 'engineerBudget') && rows.length) {
      const viewer = await this.people.viewer(user);
      for (const engineerId of new Set(rows.map((row) => row.engineer_id))) {
        let seesAllowance: boolean;
        try {
          seesAllowance = (await this.people.engineerFor(viewer, engineerId)).visibility.allowance;
        } catch (error) {
          if (error instanceof AppError && error.code === 'NOT_FOUND') {
            budgets.set(engineerId, null);
            continue;
          }
          throw error;
        }
        const figures = await this.budgets.figures(engineerId);
        budgets.set(engineerId, {
          currency: figures.currency,
          // a manager sees the spend, burn and run-out; the allowance only by the company setting
          allowanceMicros: seesAllowance ? figures.allowanceMicros.toString() : null,
          spentMicros: figures.spentMicros.toString(),
          availableMicros: seesAllowance ? figures.availableMicros.toString() : null,
          dailyBurnMicros: figures.outlook.dailyBurnMicros.toString(),
          runsOutOn: figures.outlook.runsOutOn,
          periodEnd: figures.periodEnd,
        });
      }
    }
    const reasons = selects(info, 'pendingReason') ? await this.pendingReasons(rows) : null;
    return rows.map((row, index) => ({
      ...increaseObject(row, {
        canDecide: decidable[index],
        engineerBudget: budgets.get(row.engineer_id) ?? null,
      }),
      pendingReason: reasons?.[index] ?? null,
    }));
  }

  private async object(
    row: IncreaseRequestRow,
    user: SessionUser,
    info: GraphQLResolveInfo,
  ): Promise<IncreaseRequestObject> {
    const [object] = await this.objects([row], user, info);
    return object;
  }

  private async amount(text: string): Promise<bigint> {
    const [company]: { currency: string }[] = await this.tenancy
      .manager()
      .query(`select currency from companies`);
    return Money.parse(text, company.currency.trim()).micros;
  }

  @Query(() => [IncreaseRequestObject], {
    description: 'MINE: your own; TO_APPROVE: waiting for your decision; ALL: every request (ADMIN, HR).',
  })
  async increaseRequests(
    @CurrentUser() user: SessionUser,
    @Args('scope', { defaultValue: 'MINE' }) scope: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IncreaseRequestObject[]> {
    if (!['MINE', 'TO_APPROVE', 'ALL'].includes(scope))
      throw AppError.badInput([{ field: 'scope', message: 'must be MINE, TO_APPROVE or ALL' }]);
    return this.objects(await this.increases.list(user, scope as 'MINE'), user, info);
  }

  @Query(() => IncreaseRequestObject, {
    description:
      'One request: for the engineer who asked, whoever decides it, ADMIN, HR and the engineer’s managers.',
  })
  async increaseRequest(
    @CurrentUser() user: SessionUser,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IncreaseRequestObject> {
    return this.object(await this.increases.visible(id, user), user, info);
  }

  @Query(() => TransferLimitObject, {
    nullable: true,
    description: 'What you may still give teammates this period; null when you are not an engineer.',
  })
  async transferLimit(@CurrentUser() user: SessionUser): Promise<TransferLimitObject | null> {
    const limit = await this.moves.limit(user);
    if (!limit) return null;
    return {
      currency: limit.currency,
      periodStart: limit.periodStart,
      periodEnd: limit.periodEnd,
      limitBp: limit.limitBp,
      limitMicros: limit.limitMicros.toString(),
      givenMicros: limit.givenMicros.toString(),
      availableMicros: limit.availableMicros.toString(),
      remainingMicros: limit.remainingMicros.toString(),
    };
  }

  @Query(() => [TeammateObject], { description: 'The other engineers of your current team.' })
  teammates(@CurrentUser() user: SessionUser): Promise<TeammateObject[]> {
    return this.moves.teammates(user);
  }

  @Mutation(() => IncreaseRequestObject, {
    description:
      'Ask for more: small temporary requests are approved from the team pool at once; others wait.',
  })
  async requestIncrease(
    @CurrentUser() user: SessionUser,
    @Args('input') input: RequestIncreaseInput,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IncreaseRequestObject> {
    const viewer = await this.people.viewer(user);
    if (!viewer.engineerId) throw new AppError('FORBIDDEN', 'Only an engineer asks for an increase');
    return this.object(
      await this.increases.request(
        viewer.engineerId,
        {
          amountMicros: await this.amount(input.amount),
          kind: input.kind as 'TEMPORARY',
          reason: input.reason,
        },
        user.userId,
      ),
      user,
      info,
    );
  }

  @Mutation(() => IncreaseRequestObject, {
    description: 'The manager (then HR above the threshold) approves.',
  })
  async approveIncreaseRequest(
    @CurrentUser() user: SessionUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IncreaseRequestObject> {
    return this.object(await this.increases.approve(id, user, comment?.trim() || null), user, info);
  }

  @Mutation(() => IncreaseRequestObject, { description: 'Rejects a pending request; the comment says why.' })
  async rejectIncreaseRequest(
    @CurrentUser() user: SessionUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment') comment: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IncreaseRequestObject> {
    return this.object(await this.increases.reject(id, user, comment), user, info);
  }

  @Mutation(() => IncreaseRequestObject, { description: 'Withdraws your own pending request.' })
  async cancelIncreaseRequest(
    @CurrentUser() user: SessionUser,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IncreaseRequestObject> {
    const viewer = await this.people.viewer(user);
    return this.object(await this.increases.cancel(id, viewer.engineerId), user, info);
  }

  @Mutation(() => TransferObject, { description: 'Gives part of your available allowance to a teammate.' })
  async transferAllowance(
    @CurrentUser() user: SessionUser,
    @Args('input') input: TransferAllowanceInput,
  ): Promise<TransferObject> {
    return transferObject(
      await this.moves.give(user, input.toEngineerId, await this.amount(input.amount), input.note ?? null),
    );
  }

  @Mutation(() => TransferObject, {
    description:
      'A manager moves allowance between engineers and team pools in their subtree (ADMIN: anywhere).',
  })
  async moveAllowance(
    @CurrentUser() user: SessionUser,
    @Args('input') input: MoveAllowanceInput,
  ): Promise<TransferObject> {
    return transferObject(
      await this.moves.managerMove(
        user,
        input.from,
        input.to,
        await this.amount(input.amount),
        input.note ?? null,
      ),
    );
  }

  @Query(() => [TransferObject], { description: 'Transfers involving you (or an engineer you may see).' })
  async transfers(
    @CurrentUser() user: SessionUser,
    @Args('engineerId', { type: () => ID, nullable: true }) engineerId?: string,
  ): Promise<TransferObject[]> {
    const viewer = await this.people.viewer(user);
    const id = engineerId
      ? (await this.people.engineerFor(viewer, engineerId)).engineer.id
      : viewer.engineerId;
    if (!id) return [];
    return (await this.moves.list({ engineerId: id })).map(transferObject);
  }
}
