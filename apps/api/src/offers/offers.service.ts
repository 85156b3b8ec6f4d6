import { BusinessClock } from '../clock/business-clock';
import { Injectable } from '@nestjs/common';
import {
  AllowanceBasis,
  AllowancePolicy,
  allowancePolicyProblems,
  annualAllowance,
  firstYearAllowance,
  isIsoDate,
} from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AllowancesService } from '../allowances/allowances.service';
import { AuditService } from '../audit/audit.service';
import { AppError, FieldError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { TenancyService } from '../database/tenancy.service';
import { PeopleService } from '../people/people.service';
import { Team } from '../people/team.entity';
import { Offer, OfferStatus } from './offer.entity';

export interface OfferInput {
  candidateName: string;
  candidateEmail: string;
  title: string;
  level?: string | null;
  location?: string | null;
  teamId: string;
  startDate: string;
  annualPayMicros: bigint;
  currency: string;
  override?: AllowanceBasis | null;
  overrideReason?: string | null;
  bonusMicros?: bigint | null;
  equity?: string | null;
}

/** Everything the offer shows and the letter prints, computed by the shared rule. */
export interface OfferTerms {
  companyName: string;
  candidateName: string;
  title: string;
  level: string | null;
  location: string | null;
  teamName: string;
  startDate: string;
  currency: string;
  annualPayMicros: bigint;
  bonusMicros: bigint | null;
  equity: string | null;
  policy: AllowancePolicy;
  annualAllowanceMicros: bigint;
  allowanceBasisText: string;
  monthlyMicros: bigint;
  firstPeriodStart: string;
  firstPeriodEnd: string;
  firstYearMicros: bigint;
  totalCompMicros: bigint;
  issuedOn: string;
}

const TRANSITIONS: Record<OfferStatus, OfferStatus[]> = {
  DRAFT: ['SENT', 'WITHDRAWN'],
  SENT: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  ACCEPTED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

function basisOf(
  offer: Pick<Offer, 'overrideKind' | 'overrideRatioBp' | 'overrideAnnualMicros'>,
): AllowanceBasis | null {
  if (offer.overrideKind === 'RATIO') return { kind: 'RATIO', ratioBp: offer.overrideRatioBp ?? 0 };
  if (offer.overrideKind === 'FIXED')
    return { kind: 'FIXED', annualMicros: BigInt(offer.overrideAnnualMicros ?? '0') };
  return null;
}

function basisText(basis: AllowanceBasis): string {
  return basis.kind === 'RATIO'
    ? `${(basis.ratioBp / 100).toString()}% of base pay`
    : 'a fixed annual amount';
}

/** Offers with a token line: draft → sent → accepted | declined | withdrawn. Accepting creates the engineer. */
@Injectable()
export class OffersService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly people: PeopleService,
    private readonly allowances: AllowancesService,
    private readonly companies: CompaniesService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<Offer[]> {
    return this.tenancy
      .manager()
      .getRepository(Offer)
      .find({ order: { createdAt: 'DESC' } });
  }

  async get(id: string): Promise<Offer> {
    const offer = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.tenancy.manager().getRepository(Offer).findOneBy({ id })
      : null;
    if (!offer)
      throw new AppError('NOT_FOUND', 'No such offer', [{ field: 'id', message: 'does not exist' }]);
    return offer;
  }

  private async validate(input: OfferInput, policy: AllowancePolicy): Promise<void> {
    const problems: FieldError[] = [];
    if (!isIsoDate(input.startDate))
      problems.push({ field: 'startDate', message: 'must be a date like 2026-04-01' });
    if (!(await this.tenancy.manager().getRepository(Team).existsBy({ id: input.teamId }))) {
      problems.push({ field: 'teamId', message: 'is not a team of this company' });
    }
    const company = await this.companies.current();
    if (input.currency !== company.currency)
      problems.push({ field: 'currency', message: `must be the company currency (${company.currency})` });
    if (input.annualPayMicros <= 0n) problems.push({ field: 'annualPay', message: 'must be more than zero' });
    if (input.override) {
      problems.push(
        ...allowancePolicyProblems({ ...policy, basis: input.override }).map((p) => ({
          ...p,
          field: p.field.replace(/^basis\./, 'override.'),
        })),
      );
      if (!input.overrideReason?.trim())
        problems.push({ field: 'overrideReason', message: 'is required when the allowance is overridden' });
    }
    if (problems.length) throw AppError.badInput(problems);
  }

  private columns(input: OfferInput): Partial<Offer> {
    return {
      candidateName: input.candidateName.trim(),
      candidateEmail: input.candidateEmail.trim().toLowerCase(),
      title: input.title.trim(),
      level: input.level?.trim() || null,
      location: input.location?.trim() || null,
      teamId: input.teamId,
      startDate: input.startDate,
      annualPayMicros: input.annualPayMicros.toString(),
      currency: input.currency,
      overrideKind: input.override?.kind ?? null,
      overrideRatioBp: input.override?.kind === 'RATIO' ? input.override.ratioBp : null,
      overrideAnnualMicros: input.override?.kind === 'FIXED' ? input.override.annualMicros.toString() : null,
      overrideReason: input.override ? (input.overrideReason?.trim() ?? null) : null,
      bonusMicros: input.bonusMicros?.toString() ?? null,
      equity: input.equity?.trim() || null,
    };
  }

  async create(input: OfferInput): Promise<Offer> {
    const { policy } = await this.allowances.policy();
    await this.validate(input, policy);
    const repository = this.tenancy.manager().getRepository(Offer);
    const offer = repository.create({
      companyId: this.tenancy.companyId(),
      id: randomUUID(),
      ...this.columns(input),
      status: 'DRAFT',
      engineerId: null,
      createdBy: this.tenancy.actorUserId(),
    });
    await repository.insert(offer);
    await this.audit.record('OFFER_CREATED', 'offer', offer.id, null, offer);
    return offer;
  }

  async update(id: string, input: OfferInput): Promise<Offer> {
    const offer = await this.get(id);
    if (offer.status !== 'DRAFT')
      throw new AppError('CONFLICT', `A ${offer.status.toLowerCase()} offer cannot be edited`, [
        { field: 'id', message: 'is not a draft' },
      ]);
    const { policy } = await this.allowances.policy();
    await this.validate(input, policy);
    const before = { ...offer };
    Object.assign(offer, this.columns(input));
    await this.tenancy.manager().getRepository(Offer).save(offer);
    await this.audit.record('OFFER_UPDATED', 'offer', offer.id, before, offer);
    return offer;
  }

  /** Moves the offer along; accepting creates the engineer with the offer's pay, team and allowance. */
  async transition(id: string, to: OfferStatus): Promise<Offer> {
    const offer = await this.get(id);
    if (!TRANSITIONS[offer.status].includes(to)) {
      throw new AppError(
        'CONFLICT',
        `A ${offer.status.toLowerCase()} offer cannot become ${to.toLowerCase()}`,
        [{ field: 'status', message: `${offer.status} → ${to} is not allowed` }],
      );
    }
    const before = { status: offer.status };
    // One conditional update: two people accepting at once cannot both create an engineer.
    const moved: [unknown[], number] = await this.tenancy
      .manager()
      .query(`update offers set status = $1, updated_at = now() where id = $2 and status = $3`, [
        to,
        id,
        offer.status,
      ]);
    if (moved[1] !== 1)
      throw new AppError('CONFLICT', 'The offer changed meanwhile; reload it', [
        { field: 'status', message: 'changed meanwhile' },
      ]);
    offer.status = to;
    if (to === 'ACCEPTED') {
      const engineer = await this.people.createEngineer({
        name: offer.candidateName,
        email: offer.candidateEmail,
        title: offer.title,
        level: offer.level,
        location: offer.location,
        teamId: offer.teamId,
        startDate: offer.startDate,
        annualPayMicros: BigInt(offer.annualPayMicros),
        currency: offer.currency,
      });
      const basis = basisOf(offer);
      if (basis)
        await this.allowances.setOverride(
          engineer.id,
          offer.startDate,
          basis,
          offer.overrideReason ?? 'Agreed in the offer',
          { trueUp: false },
        );
      // What is due is granted at once, in the same transaction (a start date today or in the past).
      await this.allowances.accrue({ engineerIds: [engineer.id] });
      offer.engineerId = engineer.id;
      await this.tenancy.manager().getRepository(Offer).update({ id }, { engineerId: engineer.id });
    }
    await this.audit.record(`OFFER_${to}`, 'offer', offer.id, before, {
      status: to,
      engineerId: offer.engineerId,
    });
    return offer;
  }

  /** The figures of an offer, from the same rule the ledger uses. */
  async terms(offer: Offer): Promise<OfferTerms> {
    const { policy } = await this.allowances.policy();
    const company = await this.companies.current();
    const team = await this.tenancy.manager().getRepository(Team).findOneBy({ id: offer.teamId });
    return termsOf(
      { ...offer, teamName: team?.name ?? '', companyName: company.name },
      policy,
      await this.clock.companyToday(),
    );
  }
}

export function termsOf(
  offer: Pick<
    Offer,
    | 'candidateName'
    | 'title'
    | 'level'
    | 'location'
    | 'startDate'
    | 'currency'
    | 'annualPayMicros'
    | 'bonusMicros'
    | 'equity'
    | 'overrideKind'
    | 'overrideRatioBp'
    | 'overrideAnnualMicros'
  > & {
    teamName: string;
    companyName: string;
  },
  policy: AllowancePolicy,
  issuedOn: string,
): OfferTerms {
  const pay = BigInt(offer.annualPayMicros);
  const override = basisOf(offer);
  const first = firstYearAllowance(policy, pay, offer.startDate, override);
  const annual = annualAllowance(policy, pay, override);
  const bonus = offer.bonusMicros ? BigInt(offer.bonusMicros) : null;
  return {
    companyName: offer.companyName,
    candidateName: offer.candidateName,
    title: offer.title,
    level: offer.level,
    location: offer.location,
    teamName: offer.teamName,
    startDate: offer.startDate,
    currency: offer.currency,
    annualPayMicros: pay,
    bonusMicros: bonus,
    equity: offer.equity,
    policy,
    annualAllowanceMicros: annual,
    allowanceBasisText: basisText(override ?? policy.basis),
    monthlyMicros: first.monthlyMicros,
    firstPeriodStart: first.period.start,
    firstPeriodEnd: first.period.end,
    firstYearMicros: first.totalMicros,
    totalCompMicros: pay + (bonus ?? 0n) + annual,
    issuedOn,
  };
}
