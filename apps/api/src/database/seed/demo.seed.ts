import { BusinessClock } from '../../clock/business-clock';
import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword } from '../../auth/passwords';
import { Role } from '../../auth/role';
import { CompaniesService } from '../../companies/companies.service';
import { MembersService } from '../../members/members.service';
import { User } from '../../members/user.entity';
import { TenancyService } from '../tenancy.service';
import { createDemoApiKeys, DemoApiKeys, seedDemoMetering } from './demo-metering.seed';
import { seedDemoBooks } from './demo-books.seed';
import { seedDemoPeople } from './demo-people.seed';

export const DEMO_PASSWORD = 'tokenroll-demo-2026';

export const DEMO_LOGINS: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@demo.tokenroll.dev', name: 'Ada Admin', roles: [Role.ADMIN] },
  { email: 'hr@demo.tokenroll.dev', name: 'Hana HR', roles: [Role.HR] },
  { email: 'finance@demo.tokenroll.dev', name: 'Fiona Finance', roles: [Role.FINANCE] },
  { email: 'manager@demo.tokenroll.dev', name: 'Max Manager', roles: [Role.MANAGER] },
  { email: 'alice@demo.tokenroll.dev', name: 'Alice Engineer', roles: [Role.ENGINEER] },
  { email: 'bob@demo.tokenroll.dev', name: 'Bob Engineer', roles: [Role.ENGINEER] },
];

/**
 * Demo mode (embedded database): a company with an admin, an HR user, a finance user, a manager and two
 * engineers, about 40 engineers with two years of usage, and its books closed up to two months ago.
 * Idempotent: does nothing when the demo admin already exists. Writes `<dataDir>/demo.json`.
 */
export async function seedDemo(
  app: INestApplicationContext,
  dataDir: string,
  log: (line: string) => void,
): Promise<void> {
  const tenancy = app.get(TenancyService);
  const exists = await tenancy.runAsLogin(DEMO_LOGINS[0].email, (manager) =>
    manager.getRepository(User).existsBy({ email: DEMO_LOGINS[0].email }),
  );
  if (!exists) {
    const started = Date.now();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const seeded = await tenancy.run(randomUUID(), async () => {
      await app.get(CompaniesService).create('Demo Corp');
      for (const login of DEMO_LOGINS) {
        await app.get(MembersService).createUser({ ...login, passwordHash });
      }
      const today = await app.get(BusinessClock).companyToday();
      const people = await seedDemoPeople(app, today);
      const usage = await seedDemoMetering(app, today);
      const closing = Date.now();
      const books = await seedDemoBooks(app, today);
      return {
        ...people,
        ...usage,
        ...books,
        events: usage.events + books.late,
        closeMs: Date.now() - closing,
      };
    });
    log(
      `seeded the demo company "Demo Corp" in ${Date.now() - started} ms: ${seeded.engineers} engineers, ${seeded.granted} accrual grants posted, ${seeded.events} usage events (${seeded.late} late), ${seeded.unmapped} unmapped, months closed through ${seeded.closedThrough} (closing took ${seeded.closeMs} ms)`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  // Key secrets are shown once: kept beside the data (0600) so later starts list the same keys.
  const keysFile = join(dataDir, 'demo-api-keys.json');
  let apiKeys: DemoApiKeys;
  if (existsSync(keysFile)) {
    apiKeys = JSON.parse(readFileSync(keysFile, 'utf8')) as DemoApiKeys;
  } else {
    const companyId = await tenancy.runAsLogin(DEMO_LOGINS[0].email, async (manager) => {
      const admin = await manager.getRepository(User).findOneByOrFail({ email: DEMO_LOGINS[0].email });
      return admin.companyId;
    });
    apiKeys = await tenancy.run(companyId, () => createDemoApiKeys(app));
    writeFileSync(keysFile, `${JSON.stringify(apiKeys, null, 2)}\n`, { mode: 0o600 });
  }
  const logins = DEMO_LOGINS.map(({ email, roles }) => ({ email, password: DEMO_PASSWORD, roles }));
  writeFileSync(join(dataDir, 'demo.json'), `${JSON.stringify({ logins, apiKeys }, null, 2)}\n`);
  // The password is in demo.json (and the README), never in a log line.
  log(`demo logins (passwords in ${join(dataDir, 'demo.json')}):`);
  for (const login of logins) log(`  ${login.email}  roles: ${login.roles.join(', ')}`);
  log(
    `demo API keys: a company key and keys for ${apiKeys.engineers.map((e) => e.email).join(', ')} (in demo.json)`,
  );
}
