import {
  DesignationStatus,
  ImportJobStatus,
  ProductKind,
  Role,
  UserStatus,
  type CatalogPage,
  type CategoryView,
  type ImportJobView,
  type InstitutionView,
  type ProductDetail,
  type ProductSummary,
  type SessionResponse,
  type UserView,
} from '@inno/contracts';

let sequence = 0;

export function makeUser(overrides: Partial<UserView> = {}): UserView {
  sequence += 1;
  const role = overrides.role ?? Role.CITIZEN;
  return {
    id: `user-${sequence}`,
    email: `user${sequence}@example.kr`,
    name: `사용자${sequence}`,
    role,
    status: UserStatus.ACTIVE,
    company: role === Role.SUPPLIER ? { id: 'company-1', name: '(주)혁신' } : null,
    institution: role === Role.BUYER ? { id: 'institution-1', name: '조달청' } : null,
    observer: role === Role.OBSERVER ? { organisation: '투명사회시민연대', termFrom: '2026-01-01', termTo: '2027-12-31' } : null,
    createdAt: '2025-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export function makeSession(role: Role, overrides: Partial<UserView> = {}): SessionResponse {
  return { accessToken: `token-${role}`, expiresIn: 900, user: makeUser({ role, ...overrides }) };
}

export function makeInstitution(overrides: Partial<InstitutionView> = {}): InstitutionView {
  sequence += 1;
  return {
    id: `institution-${sequence}`,
    code: `B${String(sequence).padStart(6, '0')}`,
    name: `기관${sequence}`,
    nameEn: `Institution ${sequence}`,
    type: 'CENTRAL',
    sector: '행정',
    yearlyGoodsPurchases: 1_000_000_000,
    targetRate: 0.01,
    ...overrides,
  };
}

/** A small category tree: 전자·통신(10) › 드론(1010) › 촬영용 드론(101010); 안전·환경(20) › 공기청정(2010). */
export function makeCategories(): CategoryView[] {
  const node = (code: string, nameKo: string, nameEn: string, level: 1 | 2 | 3, parentCode: string | null, children: CategoryView[] = []) => ({
    code,
    nameKo,
    nameEn,
    level,
    parentCode,
    children,
  });
  return [
    node('10', '전자·통신', 'Electronics', 1, null, [
      node('1010', '드론', 'Drones', 2, '10', [node('101010', '촬영용 드론', 'Camera drones', 3, '1010')]),
    ]),
    node('20', '안전·환경', 'Safety & environment', 1, null, [node('2010', '공기청정', 'Air purification', 2, '20')]),
  ];
}

export function makeProductSummary(overrides: Partial<ProductSummary> = {}): ProductSummary {
  sequence += 1;
  return {
    id: `product-${sequence}`,
    goodsId: String(20250000 + sequence),
    kind: ProductKind.TYPE2,
    status: DesignationStatus.DESIGNATED,
    nameKo: `혁신제품${sequence}`,
    nameEn: `Innovative product ${sequence}`,
    modelName: `M-${sequence}`,
    companyName: '(주)혁신',
    categoryCode: '1010',
    region: '대전',
    askingPrice: 12_000_000,
    imageUrl: null,
    designatingBody: '조달청',
    designatedOn: '2025-03-01',
    validUntil: '2028-02-29',
    ...overrides,
  };
}

export function makeCatalogPage(items: ProductSummary[], overrides: Partial<CatalogPage> = {}): CatalogPage {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
    totalIsCapped: false,
    facetsAreLowerBounds: false,
    totalIsEstimate: false,
    estimatedTotal: null,
    facetsAreEstimates: false,
    facets: {
      kind: [
        { value: 'TYPE1', count: 3 },
        { value: 'TYPE2', count: 7 },
      ],
      category: [
        { value: '10', count: 6 },
        { value: '20', count: 4 },
      ],
      region: [
        { value: '대전', count: 5 },
        { value: '서울', count: 5 },
      ],
    },
    ...overrides,
  };
}

export function makeProductDetail(overrides: Partial<ProductDetail> = {}): ProductDetail {
  sequence += 1;
  return {
    id: `product-${sequence}`,
    goodsId: String(20250000 + sequence),
    kind: ProductKind.TYPE2,
    status: DesignationStatus.DESIGNATED,
    nameKo: '실내 공기질 측정 드론',
    nameEn: 'Indoor air-quality drone',
    modelName: 'AQ-100',
    description: '실내 공기질을 측정하는 드론입니다.',
    categoryCode: '1010',
    goodsClassNo: '43211503',
    detailItemNo: '4321150301',
    tradingUnit: '대',
    askingPrice: 12_000_000,
    certifications: ['GS인증 1등급', 'KC'],
    patents: [{ number: '10-2020-0001234', title: '공기질 측정 방법', expiresOn: '2040-01-31' }],
    trl: 8,
    region: '대전',
    company: { id: 'company-1', name: '(주)혁신', region: '대전' },
    categoryPath: [
      { code: '10', nameKo: '전자·통신', nameEn: 'Electronics' },
      { code: '1010', nameKo: '드론', nameEn: 'Drones' },
    ],
    images: [],
    documents: [],
    designation: {
      designatingBody: '조달청',
      certificateNumber: null,
      designationNumber: '2025-INNO-0042',
      designatedOn: '2025-03-01',
      validUntil: '2029-02-28',
      extensionStage: 1,
      terms: { validityYears: 3, extensionYears: [1, 2], maxTotalYears: 6 },
      nextExtensionYears: 2,
    },
    version: 3,
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-04-01T09:00:00.000Z',
    priceHistory: [],
    similar: [],
    priceComparison: { count: 0, median: null },
    ...overrides,
  };
}

export function makeImportJob(overrides: Partial<ImportJobView> = {}): ImportJobView {
  sequence += 1;
  return {
    id: `import-${sequence}`,
    status: ImportJobStatus.RUNNING,
    fileName: 'type1.csv',
    totalRows: 0,
    processedRows: 0,
    importedRows: 0,
    errors: [],
    failure: null,
    failureCode: null,
    startedAt: '2025-05-01T09:00:00.000Z',
    finishedAt: null,
    ...overrides,
  };
}
