import type { EngineerFieldsFragment, OfferFieldsFragment, Role } from '../../gql/graphql';

/** Which home a person lands on: the first of their roles in this order (FINANCE sees the finance home). */
export type HomeKind = 'FINANCE' | 'ADMIN' | 'HR' | 'MANAGER' | 'ENGINEER';

const HOME_ORDER: readonly HomeKind[] = ['FINANCE', 'ADMIN', 'HR', 'MANAGER', 'ENGINEER'];

export function homeKindOf(roles: readonly Role[]): HomeKind {
  return HOME_ORDER.find((kind) => roles.includes(kind)) ?? 'ENGINEER';
}

/** Someone about to start: an accepted (or sent) offer or an engineer record whose first day is ahead. */
export interface UpcomingStarter {
  key: string;
  name: string;
  teamName: string;
  startDate: string;
  annualAllowanceMicros: string | null;
  source: 'ENGINEER' | 'OFFER';
  offerStatus: string | null;
  /** Where the row links: the engineer, else the offer. */
  path: string;
}

export interface AllowanceOverview {
  /** Engineers employed today (ACTIVE, started on or before today). */
  activeEngineers: number;
  /** Σ of their current annual allowances (null figures — hidden — are not counted). */
  grantedMicros: bigint;
  /** Engineers whose allowance the viewer may see, among the active ones. */
  withAllowance: number;
  leavingSoon: number;
  starters: UpcomingStarter[];
}

type EngineerRow = Pick<
  EngineerFieldsFragment,
  'id' | 'name' | 'teamName' | 'status' | 'startDate' | 'endDate' | 'annualAllowanceMicros'
>;
type OfferRow = Pick<
  OfferFieldsFragment,
  'id' | 'candidateName' | 'teamName' | 'startDate' | 'status' | 'engineerId'
> & { terms: Pick<OfferFieldsFragment['terms'], 'annualAllowanceMicros'> };

/**
 * HR's home: allowances granted to the engineers employed today and the people starting soon (an
 * engineer record with a start date ahead, or an offer sent or accepted that has no engineer record
 * yet), soonest first. Dates are the company's business dates ('YYYY-MM-DD' compares as text).
 */
export function allowanceOverview(
  engineers: readonly EngineerRow[],
  offers: readonly OfferRow[],
  today: string,
): AllowanceOverview {
  let activeEngineers = 0;
  let grantedMicros = 0n;
  let withAllowance = 0;
  let leavingSoon = 0;
  const starters: UpcomingStarter[] = [];
  const withRecord = new Set<string>();
  for (const engineer of engineers) {
    withRecord.add(engineer.id);
    const started = engineer.startDate <= today;
    const ended = engineer.endDate !== null && engineer.endDate !== undefined && engineer.endDate < today;
    if (!started && !ended) {
      starters.push({
        key: `engineer-${engineer.id}`,
        name: engineer.name,
        teamName: engineer.teamName ?? '—',
        startDate: engineer.startDate,
        annualAllowanceMicros: engineer.annualAllowanceMicros ?? null,
        source: 'ENGINEER',
        offerStatus: null,
        path: `/engineers/${engineer.id}`,
      });
      continue;
    }
    if (!started || ended || engineer.status === 'OFFER') continue;
    activeEngineers += 1;
    if (engineer.endDate) leavingSoon += 1;
    if (engineer.annualAllowanceMicros !== null && engineer.annualAllowanceMicros !== undefined) {
      withAllowance += 1;
      grantedMicros += BigInt(engineer.annualAllowanceMicros);
    }
  }
  for (const offer of offers) {
    if (offer.status !== 'ACCEPTED' && offer.status !== 'SENT') continue;
    if (offer.startDate < today) continue;
    if (offer.engineerId && withRecord.has(offer.engineerId)) continue;
    starters.push({
      key: `offer-${offer.id}`,
      name: offer.candidateName,
      teamName: offer.teamName,
      startDate: offer.startDate,
      annualAllowanceMicros: offer.terms.annualAllowanceMicros,
      source: 'OFFER',
      offerStatus: offer.status,
      path: `/offers/${offer.id}`,
    });
  }
  starters.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name));
  return { activeEngineers, grantedMicros, withAllowance, leavingSoon, starters };
}

interface TeamLike {
  id: string;
  parentId: string | null;
  managerUserId: string | null;
}

/** The top-level teams of the company (a company may have several trees). */
export function rootTeamIds(teams: readonly TeamLike[]): string[] {
  const ids = new Set(teams.map((team) => team.id));
  return teams.filter((team) => team.parentId === null || !ids.has(team.parentId)).map((team) => team.id);
}

/**
 * The teams a manager's home shows: each team they manage whose parent they do not also manage (its
 * burn already includes the teams below it, so a subtree is never counted twice).
 */
export function managedTopTeamIds(teams: readonly TeamLike[], userId: string): string[] {
  const byId = new Map(teams.map((team) => [team.id, team]));
  const managesAbove = (team: TeamLike): boolean => {
    let parent = team.parentId ? byId.get(team.parentId) : undefined;
    const seen = new Set<string>();
    while (parent && !seen.has(parent.id)) {
      if (parent.managerUserId === userId) return true;
      seen.add(parent.id);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    return false;
  };
  return teams.filter((team) => team.managerUserId === userId && !managesAbove(team)).map((team) => team.id);
}
