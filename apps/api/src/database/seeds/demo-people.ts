import { CompanySize, Role } from '@inno/contracts';

/** One shared password for every demo account; printed at start-up and in the README. */
export const DEMO_PASSWORD = 'Innovation2026!';

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; organisation?: string }[] = [
  { email: 'supplier@demo.innomarket.kr', name: '김공급 (스마트에어)', role: Role.SUPPLIER },
  { email: 'buyer@demo.innomarket.kr', name: '이구매 (조달청)', role: Role.BUYER },
  { email: 'operator@demo.innomarket.kr', name: '박운영 (혁신조달과)', role: Role.OPERATOR },
  { email: 'committee@demo.innomarket.kr', name: '최위원 (평가위원)', role: Role.COMMITTEE },
  { email: 'scout@demo.innomarket.kr', name: '정추천 (기술보증기금)', role: Role.SCOUT },
  { email: 'citizen@demo.innomarket.kr', name: '한시민', role: Role.CITIZEN },
  { email: 'admin@demo.innomarket.kr', name: '관리자', role: Role.ADMIN },
  { email: 'observer@demo.innomarket.kr', name: '장감시 (투명사회시민연대)', role: Role.OBSERVER, organisation: '투명사회시민연대' },
];

/** The demo observer's term runs from two years before the day the demo is seeded to two years after it. */
export const DEMO_OBSERVER_TERM_YEARS = 2;

/**
 * The people behind the demo year who are not demo accounts of their own role: the committee's
 * other six members (the first chairs), the other companies' suppliers, other institutions' buyers.
 * They sign in with the same password.
 */
export const DEMO_CAST: { email: string; name: string; role: Role; company?: number; institution?: string }[] = [
  { email: 'chair@demo.innomarket.kr', name: '윤지현 (위원장)', role: Role.COMMITTEE },
  { email: 'member2@demo.innomarket.kr', name: '박성호 (평가위원)', role: Role.COMMITTEE },
  { email: 'member3@demo.innomarket.kr', name: '이수민 (평가위원)', role: Role.COMMITTEE },
  { email: 'member4@demo.innomarket.kr', name: '정다은 (평가위원)', role: Role.COMMITTEE },
  { email: 'member5@demo.innomarket.kr', name: '김태준 (평가위원)', role: Role.COMMITTEE },
  { email: 'member6@demo.innomarket.kr', name: '오세영 (평가위원)', role: Role.COMMITTEE },
  { email: 'supplier2@demo.innomarket.kr', name: '오비행 (세이프드론)', role: Role.SUPPLIER, company: 1 },
  { email: 'supplier3@demo.innomarket.kr', name: '윤태양 (그린에너지솔루션)', role: Role.SUPPLIER, company: 2 },
  { email: 'buyer.seoul@demo.innomarket.kr', name: '서구매 (서울특별시)', role: Role.BUYER, institution: 'LG-001' },
  { email: 'buyer.busan@demo.innomarket.kr', name: '부구매 (부산광역시)', role: Role.BUYER, institution: 'LG-002' },
  { email: 'buyer.ex@demo.innomarket.kr', name: '도구매 (한국도로공사)', role: Role.BUYER, institution: 'PB-003' },
  { email: 'buyer.fire@demo.innomarket.kr', name: '소구매 (소방청)', role: Role.BUYER, institution: 'CG-022' },
];

export const DEMO_COMPANIES = [
  { name: '(주)스마트에어', nine: '214870351', size: CompanySize.SME, region: '서울특별시', address: '서울특별시 금천구 가산디지털1로 168', representative: '김공급' },
  { name: '(주)세이프드론', nine: '305861142', size: CompanySize.SME, region: '대전광역시', address: '대전광역시 유성구 대학로 291', representative: '오비행' },
  { name: '그린에너지솔루션(주)', nine: '617813026', size: CompanySize.MID, region: '부산광역시', address: '부산광역시 해운대구 센텀중앙로 97', representative: '윤태양' },
];
