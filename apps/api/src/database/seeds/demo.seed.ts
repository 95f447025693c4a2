import { CallKind, CompanySize, DEFAULT_RULE_SETTINGS, DesignationStatus, Role, UserStatus, withCheckDigit } from '@inno/contracts';
import { Call } from '../../calls/call.entity';
import { PilotPlan, PilotPlanProduct } from '../../pilots/pilot-plan.entity';
import { DataSource } from 'typeorm';
import type { AuditKeys } from '../../audit/audit-keys';
import { AuditService } from '../../audit/audit.service';
import { hashPassword } from '../../auth/passwords';
import { Company } from '../../companies/company.entity';
import { Institution } from '../../institutions/institution.entity';
import { Category } from '../../categories/category.entity';
import { koreanDate } from '../../clock/clock';
import { openDesignation, termsOf } from '../../designations/designation-record';
import { filterTagsOf } from '../../products/catalogue-search';
import { ProductPrice } from '../../products/product-price.entity';
import { Product } from '../../products/product.entity';
import { DEMO_PRODUCTS } from './demo-products';
import { User } from '../../users/user.entity';

/** One shared password for every demo account; printed at start-up and in the README. */
export const DEMO_PASSWORD = 'Innovation2026!';

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: 'supplier@demo.innomarket.kr', name: '김공급 (스마트에어)', role: Role.SUPPLIER },
  { email: 'buyer@demo.innomarket.kr', name: '이구매 (조달청)', role: Role.BUYER },
  { email: 'operator@demo.innomarket.kr', name: '박운영 (혁신조달과)', role: Role.OPERATOR },
  { email: 'committee@demo.innomarket.kr', name: '최위원 (평가위원)', role: Role.COMMITTEE },
  { email: 'scout@demo.innomarket.kr', name: '정추천 (기술보증기금)', role: Role.SCOUT },
  { email: 'citizen@demo.innomarket.kr', name: '한시민', role: Role.CITIZEN },
  { email: 'admin@demo.innomarket.kr', name: '관리자', role: Role.ADMIN },
];

const DEMO_COMPANIES = [
  { name: '(주)스마트에어', nine: '214870351', size: CompanySize.SME, region: '서울특별시', address: '서울특별시 금천구 가산디지털1로 168', representative: '김공급' },
  { name: '(주)세이프드론', nine: '305861142', size: CompanySize.SME, region: '대전광역시', address: '대전광역시 유성구 대학로 291', representative: '오비행' },
  { name: '그린에너지솔루션(주)', nine: '617813026', size: CompanySize.MID, region: '부산광역시', address: '부산광역시 해운대구 센텀중앙로 97', representative: '윤태양' },
];

/**
 * Idempotent: companies and accounts that exist are left as they are. Each created
 * record is written to the audit log like any other change.
 */
export async function seedDemo(dataSource: DataSource, keys: AuditKeys): Promise<void> {
  const audit = new AuditService(dataSource, keys);
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
    const institution = await manager.findOneByOrFail(Institution, { code: 'CG-020' });
    for (const account of DEMO_ACCOUNTS) {
      if (await manager.existsBy(User, { email: account.email })) continue;
      const user = await manager.save(
        manager.create(User, {
          ...account,
          passwordHash,
          status: UserStatus.ACTIVE,
          companyId: account.role === Role.SUPPLIER ? companies[0].id : null,
          companyAdmin: account.role === Role.SUPPLIER,
          institutionId: account.role === Role.BUYER ? institution.id : null,
        }),
      );
      await audit.record(manager, actor, { action: 'user.created', entityType: 'user', entityId: user.id, toState: user.status, data: { role: user.role } });
    }

    if (!(await manager.exists(Call))) {
      const call = await manager.save(
        manager.create(Call, {
          title: '2026년 4차 혁신시제품 공모 (Q4 innovative prototype call)',
          kind: CallKind.SUPPLIER_PROPOSAL,
          description: '안전, 환경, 보건·의료 분야의 공공 현장 문제를 푸는 혁신 시제품을 공모합니다.',
          subAreas: ['SAF', 'ENV', 'MED'],
          opensAt: new Date(Date.now() - 86_400_000),
          closesAt: new Date(Date.now() + 30 * 86_400_000),
          criteria: DEFAULT_RULE_SETTINGS.criteria,
          rules: DEFAULT_RULE_SETTINGS.designation,
          createdBy: (await manager.findOneByOrFail(User, { email: 'operator@demo.innomarket.kr' })).id,
        }),
      );
      await audit.record(manager, actor, { action: 'call.opened', entityType: 'call', entityId: call.id, data: { title: call.title } });
    }

    if (await manager.exists(Product)) return;
    const categories = new Map((await manager.find(Category)).map((c) => [c.code, c]));
    const pathOf = (code: string): string[] => {
      const category = categories.get(code)!;
      return [...(category.parentCode ? pathOf(category.parentCode) : []), code];
    };
    const seeded: Product[] = [];
    for (const [index, [nameKo, nameEn, modelName, categoryCode, askingPrice, certifications, designatingBody, kind, region, description]] of DEMO_PRODUCTS.entries()) {
      const company = companies[index % companies.length];
      const designatedOn = new Date(Date.now() - (index * 23 + 10) * 86_400_000).toISOString().slice(0, 10);
      const [{ goods_id }] = await manager.query(`SELECT lpad(nextval('product_goods_id_seq')::text, 8, '0') AS goods_id`);
      const product = manager.create(Product, {
        goodsId: goods_id, companyId: company.id, companyName: company.name, kind, status: DesignationStatus.DESIGNATED,
        nameKo, nameEn, modelName, description, categoryCode, categoryPath: pathOf(categoryCode),
        goodsClassNo: String(40_000_000 + index * 1_013), detailItemNo: String(4_000_000_000 + index * 10_007), tradingUnit: '대',
        askingPrice, certifications, patents: [], trl: 8 + (index % 2), region, designatingBody,
        certificateNumber: kind === 'TYPE1' ? `EXC-${2024 + (index % 3)}-${String(index + 1).padStart(4, '0')}` : null,
        designationNumber: kind === 'TYPE2' ? `PPS-${2024 + (index % 3)}-${String(index + 1).padStart(3, '0')}` : null,
        designatedOn,
      });
      product.filterTags = filterTagsOf(product);
      await manager.save(product);
      const designation = await openDesignation(manager, product, designatedOn, termsOf(DEFAULT_RULE_SETTINGS.designation), { proposalId: null, callId: null }, koreanDate(new Date()));
      await manager.update(Product, product.id, { validUntil: designation.validUntil });
      product.validUntil = designation.validUntil;
      await manager.insert(ProductPrice, { productId: product.id, price: askingPrice, changedBy: null });
      await audit.record(manager, actor, { action: 'product.seeded', entityType: 'product', entityId: product.id, toState: product.status, data: { goodsId: goods_id } });
      seeded.push(product);
    }

    // This year's pilot plan, its demand survey open, offering every demo product.
    const plan = await manager.save(
      manager.create(PilotPlan, {
        year: new Date().getFullYear(),
        title: `${new Date().getFullYear()}년 혁신제품 시범구매 계획`,
        budget: 2_000_000_000,
        surveyOpensAt: new Date(Date.now() - 86_400_000),
        surveyClosesAt: new Date(Date.now() + 30 * 86_400_000),
        ...DEFAULT_RULE_SETTINGS.pilot,
        publishedAt: null,
        createdBy: (await manager.findOneByOrFail(User, { email: 'operator@demo.innomarket.kr' })).id,
      }),
    );
    await manager.insert(PilotPlanProduct, seeded.map((p) => ({ planId: plan.id, productId: p.id, eligible: true, exclusion: null, usePlan: null })));
    await audit.record(manager, actor, { action: 'pilot_plan.created', entityType: 'pilot_plan', entityId: plan.id, data: { budget: plan.budget } });
  });
}
