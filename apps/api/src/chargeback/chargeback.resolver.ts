import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../auth/role';
import { Roles } from '../common/decorators';
import { AccountingPeriodObject } from '../ledger/accounting-periods.resolver';
import { ChargebackSettings, ChargebackSettingsService } from './chargeback-settings.service';
import {
  CloseChecklistObject,
  CloseItemObject,
  ClosePeriodInput,
  FinanceHomeObject,
  PeriodCloseObject,
} from './dto/close.dto';
import { FinanceHomeService } from './finance-home.service';
import { statementSetObject } from './statements.resolver';
import {
  AddSharedCostInput,
  ChargebackSettingsObject,
  SharedCostObject,
  UpdateChargebackSettingsInput,
} from './dto/settings.dto';
import { AllocationPolicyEnum, ChargebackModeEnum } from './dto/statements.dto';
import { CloseItem, PeriodClose, PeriodCloseService } from './period-close.service';
import { SharedCost, SharedCostsService } from './shared-costs.service';

const settingsObject = (settings: ChargebackSettings): ChargebackSettingsObject => ({
  ...settings,
  mode: settings.mode as ChargebackModeEnum,
  allocationPolicy: settings.allocationPolicy as AllocationPolicyEnum,
});
const sharedCostObject = (cost: SharedCost): SharedCostObject => ({
  ...cost,
  amountMicros: cost.amountMicros.toString(),
});
const itemObject = (item: CloseItem): CloseItemObject => ({
  ...item,
  amountMicros: item.amountMicros?.toString() ?? null,
});
const closeObject = (close: PeriodClose): PeriodCloseObject => ({
  ...close,
  checklist: close.checklist.map(itemObject),
  totalMicros: close.totalMicros.toString(),
});

/** The finance desk's settings, shared costs and period close: FINANCE and ADMIN. */
@Resolver()
export class ChargebackResolver {
  constructor(
    private readonly settings: ChargebackSettingsService,
    private readonly sharedCostsService: SharedCostsService,
    private readonly close: PeriodCloseService,
    private readonly home: FinanceHomeService,
  ) {}

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => ChargebackSettingsObject, {
    description:
      'Showback or chargeback, the allocation policy, the central cost centre, GL accounts, invoice tolerance.',
  })
  async chargebackSettings(): Promise<ChargebackSettingsObject> {
    return settingsObject(await this.settings.settings());
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => ChargebackSettingsObject, {
    description: 'Changes the chargeback settings (fields left out keep their value). Audited.',
  })
  async updateChargebackSettings(
    @Args('input') input: UpdateChargebackSettingsInput,
  ): Promise<ChargebackSettingsObject> {
    return settingsObject(await this.settings.update(input));
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => [SharedCostObject], { description: 'The shared-service costs of a month (YYYY-MM).' })
  async sharedCosts(@Args('month') month: string): Promise<SharedCostObject[]> {
    return (await this.sharedCostsService.list(month)).map(sharedCostObject);
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => SharedCostObject, {
    description: 'Adds a shared-service cost to an open month; allocated to teams by the policy. Audited.',
  })
  async addSharedCost(@Args('input') input: AddSharedCostInput): Promise<SharedCostObject> {
    return sharedCostObject(await this.sharedCostsService.add(input));
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => SharedCostObject, { description: 'Removes a shared cost of an open month. Audited.' })
  async removeSharedCost(@Args('id', { type: () => ID }) id: string): Promise<SharedCostObject> {
    return sharedCostObject(await this.sharedCostsService.remove(id));
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => CloseChecklistObject, {
    description:
      'What would make a month’s books wrong if it closed now: unpriced usage, unmapped identities, open holds, ' +
      'provider invoices not entered or outside tolerance.',
  })
  async closeChecklist(@Args('month') month: string): Promise<CloseChecklistObject> {
    const checklist = await this.close.checklist(month);
    return { ...checklist, items: checklist.items.map(itemObject) };
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => PeriodCloseObject, {
    description:
      'Closes a month (the next in order, after its last day): the ledger closes it, its charge lines and allowance ' +
      'figures are frozen, the close is recorded and audited, each team’s manager is mailed their statement. ' +
      'Open checklist items need a reason. Closing a closed month is a CONFLICT and changes nothing.',
  })
  async closePeriod(@Args('input') input: ClosePeriodInput): Promise<PeriodCloseObject> {
    return closeObject(await this.close.close(input.month, input.reason));
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => AccountingPeriodObject, {
    description:
      'Closes a month (YYYY-MM) from the periods page: the same close as closePeriod (one way to close). Entries ' +
      'effective in a closed month are posted in the first open month. Open checklist items need a reason. ' +
      'Closing a closed month is a CONFLICT and changes nothing. Audited.',
  })
  async closeAccountingPeriod(
    @Args('month') month: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<AccountingPeriodObject> {
    const closed = await this.close.close(month, reason);
    return { month, status: 'CLOSED', closedAt: closed.closedAt, closedBy: closed.closedBy, closable: false };
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => FinanceHomeObject, {
    description:
      'The finance home: this month’s spend vs allowance granted by cost centre, the 12-month trend, the next ' +
      'close’s checklist, the last closed month’s statements.',
  })
  async financeHome(): Promise<FinanceHomeObject> {
    const home = await this.home.home();
    return {
      ...home,
      mode: home.mode as ChargebackModeEnum,
      byCostCentre: home.byCostCentre.map((centre) => ({
        costCentre: centre.costCentre,
        spentMicros: centre.spentMicros.toString(),
        grantedMicros: centre.grantedMicros.toString(),
      })),
      trend: home.trend.map((month) => ({ ...month, totalMicros: month.totalMicros.toString() })),
      nextClose: home.nextClose ? { ...home.nextClose, items: home.nextClose.items.map(itemObject) } : null,
      lastClosed: home.lastClosed ? statementSetObject(home.lastClosed) : null,
    };
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => [PeriodCloseObject], {
    description: 'Every month closed through the finance desk, newest first.',
  })
  async periodCloses(): Promise<PeriodCloseObject[]> {
    return (await this.close.closes()).map(closeObject);
  }
}
