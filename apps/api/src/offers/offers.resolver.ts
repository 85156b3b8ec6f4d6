import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { Roles } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { parseAmount } from '../people/people.resolver';
import { Team } from '../people/team.entity';
import { ChangeOfferStatusInput, OfferInputDto, OfferObject, UpdateOfferInput } from './dto/offer.dto';
import { Offer } from './offer.entity';
import { OfferInput, OffersService } from './offers.service';

@Roles(Role.ADMIN, Role.HR)
@Resolver()
export class OffersResolver {
  constructor(
    private readonly offerService: OffersService,
    private readonly tenancy: TenancyService,
  ) {}

  @Query(() => [OfferObject])
  async offers(): Promise<OfferObject[]> {
    return Promise.all((await this.offerService.list()).map((offer) => this.object(offer)));
  }

  @Query(() => OfferObject)
  async offer(@Args('id', { type: () => ID }) id: string): Promise<OfferObject> {
    return this.object(await this.offerService.get(id));
  }

  @Mutation(() => OfferObject, {
    description: 'A draft offer; the allowance defaults from the policy unless overridden with a reason.',
  })
  async createOffer(@Args('input') input: OfferInputDto): Promise<OfferObject> {
    return this.object(await this.offerService.create(this.toInput(input)));
  }

  @Mutation(() => OfferObject)
  async updateOffer(@Args('input') input: UpdateOfferInput): Promise<OfferObject> {
    return this.object(await this.offerService.update(input.id, this.toInput(input)));
  }

  @Mutation(() => OfferObject, {
    description:
      'draft → sent → accepted | declined; draft or sent → withdrawn. Accepting creates the engineer.',
  })
  async changeOfferStatus(@Args('input') input: ChangeOfferStatusInput): Promise<OfferObject> {
    return this.object(await this.offerService.transition(input.id, input.status));
  }

  private toInput(input: OfferInputDto): OfferInput {
    const currency = input.currency;
    let override: OfferInput['override'] = null;
    if (input.overrideKind === 'RATIO') {
      if (input.overrideRatioBp == null)
        throw AppError.badInput([{ field: 'overrideRatioBp', message: 'is required for a RATIO override' }]);
      override = { kind: 'RATIO', ratioBp: input.overrideRatioBp };
    } else if (input.overrideKind === 'FIXED') {
      if (!input.overrideAnnualAmount)
        throw AppError.badInput([
          { field: 'overrideAnnualAmount', message: 'is required for a FIXED override' },
        ]);
      override = {
        kind: 'FIXED',
        annualMicros: parseAmount('overrideAnnualAmount', input.overrideAnnualAmount, currency),
      };
    }
    return {
      candidateName: input.candidateName,
      candidateEmail: input.candidateEmail,
      title: input.title,
      level: input.level,
      location: input.location,
      teamId: input.teamId,
      startDate: input.startDate,
      annualPayMicros: parseAmount('annualPay', input.annualPay, currency),
      currency,
      override,
      overrideReason: input.overrideReason,
      bonusMicros: input.bonusAmount ? parseAmount('bonusAmount', input.bonusAmount, currency) : null,
      equity: input.equity,
    };
  }

  private async object(offer: Offer): Promise<OfferObject> {
    const terms = await this.offerService.terms(offer);
    const team = await this.tenancy.manager().getRepository(Team).findOneBy({ id: offer.teamId });
    return {
      ...offer,
      teamName: team?.name ?? '',
      terms: {
        annualAllowanceMicros: terms.annualAllowanceMicros.toString(),
        allowanceBasisText: terms.allowanceBasisText,
        monthlyMicros: terms.monthlyMicros.toString(),
        firstPeriodStart: terms.firstPeriodStart,
        firstPeriodEnd: terms.firstPeriodEnd,
        firstYearMicros: terms.firstYearMicros.toString(),
        totalCompMicros: terms.totalCompMicros.toString(),
      },
    };
  }
}
