import type { INestApplicationContext } from '@nestjs/common';
import { addDays, Role, UserStatus, withCheckDigit } from '@inno/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { hashPassword } from '../../auth/passwords';
import { Company } from '../../companies/company.entity';
import { Institution } from '../../institutions/institution.entity';
import { OpenDataService } from '../../open-data/open-data.service';
import { Product } from '../../products/product.entity';
import { User } from '../../users/user.entity';
import { DEMO_ACCOUNTS, DEMO_CAST, DEMO_COMPANIES, DEMO_OBSERVER_TERM_YEARS, DEMO_PASSWORD } from './demo-people';
import { Clock, koreanDate } from '../../clock/clock';
import { playDemoYear } from './demo-year';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** The demo observer's organisation and term, around the day the demo is seeded. */
function observerTermOf(account: { email: string; organisation?: string }, today: string): Partial<User> {
  if (!account.organisation) return {};
  return { observerOrganisation: account.organisation, observerTermFrom: addDays(today, -366 * DEMO_OBSERVER_TERM_YEARS), observerTermTo: addDays(today, 366 * DEMO_OBSERVER_TERM_YEARS) };
}

/**
 * Idempotent: companies and accounts that exist are left as they are, each created one audited.
 * On a database without products, the demo year is then played through the platform's own
 * services (see demo-year.ts), so every record is what the platform would have produced.
 */
export async function seedDemo(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get(DataSource);
  const audit = app.get(AuditService);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    const actor = { system: 'demo-seed' };
    const companies: Company[] = [];
    for (const seed of DEMO_COMPANIES) {
      const businessNumber = withCheckDigit(seed.nine);
      let company = await manager.findOneBy(Company, { businessNumber });
      if (!company) {
        company = await manager.save(
          manager.create(Company, { name: seed.name, businessNumber, size: seed.size, region: seed.region, address: seed.address, representative: seed.representative, certifications: [] }),
        );
        await audit.record(manager, actor, { action: 'company.registered', entityType: 'company', entityId: company.id, data: { name: company.name } });
      }
      companies.push(company);
    }
    const today = koreanDate(app.get(Clock).now());
    const people = [
      ...DEMO_ACCOUNTS.map((a) => ({ ...a, company: a.role === Role.SUPPLIER ? 0 : undefined, institution: a.role === Role.BUYER ? 'CG-020' : undefined })),
      ...DEMO_CAST,
    ];
    for (const account of people) {
      if (await manager.existsBy(User, { email: account.email })) continue;
      const institution = account.institution ? await manager.findOneByOrFail(Institution, { code: account.institution }) : null;
      const user = await manager.save(
        manager.create(User, {
          email: account.email,
          name: account.name,
          role: account.role,
          passwordHash,
          status: UserStatus.ACTIVE,
          companyId: account.company !== undefined ? companies[account.company].id : null,
          companyAdmin: account.company !== undefined,
          institutionId: institution?.id ?? null,
          ...observerTermOf(account, today),
        }),
      );
      await audit.record(manager, actor, { action: 'user.created', entityType: 'user', entityId: user.id, toState: user.status, data: { role: user.role } });
    }
  });
  if (await dataSource.getRepository(Product).exists()) {
    // Demo data played before the open-data feed existed: its processes get their first release.
    await app.get(OpenDataService).publishUnpublished();
    return;
  }
  await playDemoYear(app);
}
