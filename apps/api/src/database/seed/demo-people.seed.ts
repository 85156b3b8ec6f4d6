import { INestApplicationContext } from '@nestjs/common';
import { addDays, addMonths, IsoDate } from '@tokenroll/domain';
import { AllowancesService } from '../../allowances/allowances.service';
import { OffersService } from '../../offers/offers.service';
import { PeopleService } from '../../people/people.service';
import { User } from '../../members/user.entity';
import { TenancyService } from '../tenancy.service';

const FIRST = [
  'Ada',
  'Alan',
  'Barbara',
  'Brian',
  'Carmen',
  'Dennis',
  'Edsger',
  'Frances',
  'Grace',
  'Hedy',
  'Ivan',
  'Jean',
  'Ken',
  'Linus',
  'Margaret',
  'Niklaus',
  'Olga',
  'Radia',
  'Sophie',
  'Tim',
  'Ursula',
  'Vint',
  'Wendy',
  'Xavier',
  'Yukihiro',
  'Zhang',
  'Anders',
  'Bjarne',
  'Chris',
  'Donald',
  'Evelyn',
  'Fernando',
  'Guido',
  'Hal',
  'Ingrid',
  'James',
  'Katherine',
  'Leslie',
];
const LAST = [
  'Lovelace',
  'Turing',
  'Liskov',
  'Kernighan',
  'Ortiz',
  'Ritchie',
  'Dijkstra',
  'Allen',
  'Hopper',
  'Lamarr',
  'Sutherland',
  'Sammet',
  'Thompson',
  'Torvalds',
  'Hamilton',
  'Wirth',
  'Taussky',
  'Perlman',
  'Wilson',
  'Berners-Lee',
  'Franklin',
  'Cerf',
  'Hall',
  'Leroy',
  'Matsumoto',
  'Wei',
  'Hejlsberg',
  'Stroustrup',
  'Lattner',
  'Knuth',
  'Berezin',
  'Corbató',
  'van Rossum',
  'Abelson',
  'Daubechies',
  'Gosling',
  'Johnson',
  'Lamport',
];
const TITLES = ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Principal Engineer'];
const LEVELS = ['L3', 'L4', 'L5', 'L6'];
const LOCATIONS = ['Berlin', 'London', 'New York', 'Remote', 'Toronto'];

/** A small deterministic generator so the demo is the same on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/**
 * Demo people: teams Engineering > Platform (> Infrastructure) / Product / Data, ~40 engineers with pay,
 * raises, an override, a future starter and two leavers. Their accruals are posted by the metering seed,
 * month by month beside the usage (so each year's expiry and each leaver's forfeit see that year's spend).
 */
export async function seedDemoPeople(
  app: INestApplicationContext,
  today: string,
): Promise<{ engineers: number }> {
  const people = app.get(PeopleService);
  const allowances = app.get(AllowancesService);
  const tenancy = app.get(TenancyService);
  const users = await tenancy.manager().getRepository(User).find();
  const userByEmail = new Map(users.map((user) => [user.email, user]));
  const manager = userByEmail.get('manager@demo.tokenroll.dev');

  // Cost centres as finance books them: Platform and Infrastructure share one, the root team is the central one.
  const engineering = await people.createTeam({ name: 'Engineering', costCentre: 'ENG-CENTRAL' });
  const platform = await people.createTeam({
    name: 'Platform',
    parentId: engineering.id,
    costCentre: 'ENG-PLAT',
    managerUserId: manager?.id ?? null,
  });
  const infrastructure = await people.createTeam({
    name: 'Infrastructure',
    parentId: platform.id,
    costCentre: 'ENG-PLAT',
  });
  const product = await people.createTeam({
    name: 'Product',
    parentId: engineering.id,
    costCentre: 'ENG-PROD',
  });
  const data = await people.createTeam({ name: 'Data', parentId: engineering.id, costCentre: 'DATA' });
  const teams = [platform, platform, infrastructure, product, product, data];

  const next = random(20261123);
  const year = demoYear(today);
  const linked = [
    {
      name: 'Alice Engineer',
      email: 'alice@demo.tokenroll.dev',
      team: platform.id,
      start: `${year - 1}-02-03`,
    },
    { name: 'Bob Engineer', email: 'bob@demo.tokenroll.dev', team: product.id, start: `${year - 1}-06-16` },
  ];
  let count = 0;
  for (let i = 0; i < 40; i++) {
    const known = linked[i];
    const name = known?.name ?? `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    const email = known?.email ?? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@demo.tokenroll.dev`;
    const level = Math.floor(next() * 4);
    const pay = BigInt(120_000 + level * 50_000 + Math.floor(next() * 20) * 1_000) * 1_000_000n;
    // Most started last year; a few this year; one starts next month (an offer); two have left.
    const start =
      known?.start ??
      (i === 39
        ? addDays(today, 20)
        : i % 9 === 0
          ? `${year}-0${1 + (i % 6)}-${String(1 + (i % 27)).padStart(2, '0')}`
          : `${year - 1}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 5) % 28)).padStart(2, '0')}`);
    const engineer = await people.createEngineer({
      name,
      email,
      title: TITLES[level],
      level: LEVELS[level],
      location: LOCATIONS[i % LOCATIONS.length],
      teamId: known?.team ?? teams[i % teams.length].id,
      startDate: start,
      endDate: i === 13 ? `${year}-05-15` : i === 27 ? `${year}-08-31` : null,
      annualPayMicros: pay,
      currency: 'USD',
      userId: known ? (userByEmail.get(known.email)?.id ?? null) : null,
    });
    if (i % 4 === 1 && start < `${year}-04-01`) {
      await people.recordRaise(engineer.id, `${year}-04-01`, (pay * 108n) / 100n, 'USD');
    }
    if (i === 0) {
      // Alice pilots a small fixed budget: the demo's "about to run out" engineer (see the metering seed).
      await allowances.setOverride(
        engineer.id,
        start,
        { kind: 'FIXED', annualMicros: 2_400_000_000n },
        'Pilot budget while the AI platform team sizes agent use',
      );
    }
    if (i === 2) {
      await allowances.setOverride(
        engineer.id,
        start,
        { kind: 'RATIO', ratioBp: 6000 },
        'Staff engineer on the AI platform: agreed at offer',
      );
    }
    count++;
  }
  // Offers in every status; the accepted one becomes an engineer starting next month.
  const offers = app.get(OffersService);
  const offerStart = addDays(today, 35);
  const candidates: [string, string, 'DRAFT' | 'SENT' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN'][] = [
    ['Mae Jemison', 'Senior Software Engineer', 'DRAFT'],
    ['Annie Easley', 'Staff Engineer', 'SENT'],
    ['Mary Jackson', 'Software Engineer', 'ACCEPTED'],
    ['Dorothy Vaughan', 'Principal Engineer', 'DECLINED'],
    ['Christine Darden', 'Senior Software Engineer', 'WITHDRAWN'],
  ];
  for (const [index, [name, title, status]] of candidates.entries()) {
    const offer = await offers.create({
      candidateName: name,
      candidateEmail: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@candidates.demo.tokenroll.dev`,
      title,
      teamId: [platform.id, product.id, data.id][index % 3],
      startDate: offerStart,
      annualPayMicros: BigInt(170_000 + index * 25_000) * 1_000_000n,
      currency: 'USD',
      override: index === 1 ? { kind: 'RATIO', ratioBp: 6000 } : null,
      overrideReason: index === 1 ? 'Leads the agent platform' : null,
      bonusMicros: BigInt(15_000 + index * 5_000) * 1_000_000n,
      equity: `${(index + 1) * 2_000} options vesting over 4 years`,
    });
    const path: Record<string, ('SENT' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN')[]> = {
      DRAFT: [],
      SENT: ['SENT'],
      ACCEPTED: ['SENT', 'ACCEPTED'],
      DECLINED: ['SENT', 'DECLINED'],
      WITHDRAWN: ['WITHDRAWN'],
    };
    for (const step of path[status]) await offers.transition(offer.id, step);
  }

  return { engineers: count + 1 };
}

/**
 * The demo's "this year": the year of three months before today, so that on 1 January (or in February) the
 * company has a full year of people, usage and closed months behind it rather than a year that just began.
 */
export function demoYear(today: string): number {
  return Number(addMonths(today as IsoDate, -3).slice(0, 4));
}
