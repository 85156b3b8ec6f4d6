import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Money } from '@tokenroll/domain';
import { AppError } from '../common/app-error';
import { CurrentUser, SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { PeopleService } from '../people/people.service';
import {
  IncreaseRequestObject,
  MoveAllowanceInput,
  RequestIncreaseInput,
  TransferAllowanceInput,
  TransferObject,
} from './dto/transfers.dto';
import { IncreaseRequestRow, IncreaseRequestsService } from './increase-requests.service';
import { TransferRow, TransfersService } from './transfers.service';

export function increaseObject(row: IncreaseRequestRow): IncreaseRequestObject {
  return {
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
    decidedAt: row.decided_at,
  };
}

function transferObject(row: TransferRow): TransferObject {
  return {
    id: row.id,
    fromKind: row.from_kind,
    fromOwnerId: row.from_owner,
    toKind: row.to_kind,
    toOwnerId: row.to_owner,
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
  ) {}

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
  ): Promise<IncreaseRequestObject[]> {
    if (!['MINE', 'TO_APPROVE', 'ALL'].includes(scope))
      throw AppError.badInput([{ field: 'scope', message: 'must be MINE, TO_APPROVE or ALL' }]);
    return (await this.increases.list(user, scope as 'MINE')).map(increaseObject);
  }

  @Mutation(() => IncreaseRequestObject, {
    description:
      'Ask for more: small temporary requests are approved from the team pool at once; others wait.',
  })
  async requestIncrease(
    @CurrentUser() user: SessionUser,
    @Args('input') input: RequestIncreaseInput,
  ): Promise<IncreaseRequestObject> {
    const viewer = await this.people.viewer(user);
    if (!viewer.engineerId) throw new AppError('FORBIDDEN', 'Only an engineer asks for an increase');
    return increaseObject(
      await this.increases.request(
        viewer.engineerId,
        {
          amountMicros: await this.amount(input.amount),
          kind: input.kind as 'TEMPORARY',
          reason: input.reason,
        },
        user.userId,
      ),
    );
  }

  @Mutation(() => IncreaseRequestObject, {
    description: 'The manager (then HR above the threshold) approves.',
  })
  async approveIncreaseRequest(
    @CurrentUser() user: SessionUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ): Promise<IncreaseRequestObject> {
    return increaseObject(await this.increases.approve(id, user, comment?.trim() || null));
  }

  @Mutation(() => IncreaseRequestObject, { description: 'Rejects a pending request; the comment says why.' })
  async rejectIncreaseRequest(
    @CurrentUser() user: SessionUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment') comment: string,
  ): Promise<IncreaseRequestObject> {
    return increaseObject(await this.increases.reject(id, user, comment));
  }

  @Mutation(() => IncreaseRequestObject, { description: 'Withdraws your own pending request.' })
  async cancelIncreaseRequest(
    @CurrentUser() user: SessionUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<IncreaseRequestObject> {
    const viewer = await this.people.viewer(user);
    return increaseObject(await this.increases.cancel(id, viewer.engineerId));
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
