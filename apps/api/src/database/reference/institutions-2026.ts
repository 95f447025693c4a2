/**
 * Korean public institutions seeded as reference data (frozen for the migration that
 * loads them). Codes are this platform's own (type prefix + number), not the
 * government's administrative codes. Yearly goods purchases are round estimates in
 * KRW for the purchase-target dashboard; operators correct them per year.
 */
export interface InstitutionSeed {
  code: string;
  name: string;
  nameEn: string;
  type: 'CENTRAL' | 'LOCAL' | 'PUBLIC_BODY';
  sector: string;
  yearlyGoodsPurchases: number;
  targetRate: number;
}

const B = 1_000_000_000; // ₩1 billion

export const INSTITUTIONS_2026: InstitutionSeed[] = [
  { code: 'CG-001', name: '기획재정부', nameEn: 'Ministry of Economy and Finance', type: 'CENTRAL', sector: '행정', yearlyGoodsPurchases: 38 * B, targetRate: 0.01 },
  { code: 'CG-002', name: '과학기술정보통신부', nameEn: 'Ministry of Science and ICT', type: 'CENTRAL', sector: '과학기술·ICT', yearlyGoodsPurchases: 112 * B, targetRate: 0.012 },
  { code: 'CG-003', name: '교육부', nameEn: 'Ministry of Education', type: 'CENTRAL', sector: '교육', yearlyGoodsPurchases: 64 * B, targetRate: 0.01 },
  { code: 'CG-004', name: '외교부', nameEn: 'Ministry of Foreign Affairs', type: 'CENTRAL', sector: '행정', yearlyGoodsPurchases: 27 * B, targetRate: 0.01 },
  { code: 'CG-005', name: '통일부', nameEn: 'Ministry of Unification', type: 'CENTRAL', sector: '행정', yearlyGoodsPurchases: 9 * B, targetRate: 0.01 },
  { code: 'CG-006', name: '법무부', nameEn: 'Ministry of Justice', type: 'CENTRAL', sector: '치안·법무', yearlyGoodsPurchases: 143 * B, targetRate: 0.01 },
  { code: 'CG-007', name: '국방부', nameEn: 'Ministry of National Defense', type: 'CENTRAL', sector: '국방', yearlyGoodsPurchases: 1_250 * B, targetRate: 0.01 },
  { code: 'CG-008', name: '행정안전부', nameEn: 'Ministry of the Interior and Safety', type: 'CENTRAL', sector: '안전·재난', yearlyGoodsPurchases: 186 * B, targetRate: 0.015 },
  { code: 'CG-009', name: '국가보훈부', nameEn: 'Ministry of Patriots and Veterans Affairs', type: 'CENTRAL', sector: '보건의료', yearlyGoodsPurchases: 41 * B, targetRate: 0.01 },
  { code: 'CG-010', name: '문화체육관광부', nameEn: 'Ministry of Culture, Sports and Tourism', type: 'CENTRAL', sector: '문화', yearlyGoodsPurchases: 58 * B, targetRate: 0.01 },
  { code: 'CG-011', name: '농림축산식품부', nameEn: 'Ministry of Agriculture, Food and Rural Affairs', type: 'CENTRAL', sector: '농림수산', yearlyGoodsPurchases: 72 * B, targetRate: 0.01 },
  { code: 'CG-012', name: '산업통상자원부', nameEn: 'Ministry of Trade, Industry and Energy', type: 'CENTRAL', sector: '산업·에너지', yearlyGoodsPurchases: 66 * B, targetRate: 0.012 },
  { code: 'CG-013', name: '보건복지부', nameEn: 'Ministry of Health and Welfare', type: 'CENTRAL', sector: '보건의료', yearlyGoodsPurchases: 97 * B, targetRate: 0.012 },
  { code: 'CG-014', name: '환경부', nameEn: 'Ministry of Environment', type: 'CENTRAL', sector: '환경', yearlyGoodsPurchases: 83 * B, targetRate: 0.015 },
  { code: 'CG-015', name: '고용노동부', nameEn: 'Ministry of Employment and Labor', type: 'CENTRAL', sector: '행정', yearlyGoodsPurchases: 44 * B, targetRate: 0.01 },
  { code: 'CG-016', name: '성평등가족부', nameEn: 'Ministry of Gender Equality and Family', type: 'CENTRAL', sector: '복지', yearlyGoodsPurchases: 12 * B, targetRate: 0.01 },
  { code: 'CG-017', name: '국토교통부', nameEn: 'Ministry of Land, Infrastructure and Transport', type: 'CENTRAL', sector: '교통·건설', yearlyGoodsPurchases: 154 * B, targetRate: 0.015 },
  { code: 'CG-018', name: '해양수산부', nameEn: 'Ministry of Oceans and Fisheries', type: 'CENTRAL', sector: '농림수산', yearlyGoodsPurchases: 61 * B, targetRate: 0.01 },
  { code: 'CG-019', name: '중소벤처기업부', nameEn: 'Ministry of SMEs and Startups', type: 'CENTRAL', sector: '산업·에너지', yearlyGoodsPurchases: 23 * B, targetRate: 0.017 },
  { code: 'CG-020', name: '조달청', nameEn: 'Public Procurement Service', type: 'CENTRAL', sector: '행정', yearlyGoodsPurchases: 31 * B, targetRate: 0.017 },
  { code: 'CG-021', name: '경찰청', nameEn: 'Korean National Police Agency', type: 'CENTRAL', sector: '치안·법무', yearlyGoodsPurchases: 388 * B, targetRate: 0.012 },
  { code: 'CG-022', name: '소방청', nameEn: 'National Fire Agency', type: 'CENTRAL', sector: '안전·재난', yearlyGoodsPurchases: 211 * B, targetRate: 0.015 },
  { code: 'CG-023', name: '해양경찰청', nameEn: 'Korea Coast Guard', type: 'CENTRAL', sector: '안전·재난', yearlyGoodsPurchases: 176 * B, targetRate: 0.012 },
  { code: 'CG-024', name: '기상청', nameEn: 'Korea Meteorological Administration', type: 'CENTRAL', sector: '과학기술·ICT', yearlyGoodsPurchases: 49 * B, targetRate: 0.012 },
  { code: 'CG-025', name: '산림청', nameEn: 'Korea Forest Service', type: 'CENTRAL', sector: '환경', yearlyGoodsPurchases: 57 * B, targetRate: 0.01 },
  { code: 'CG-026', name: '질병관리청', nameEn: 'Korea Disease Control and Prevention Agency', type: 'CENTRAL', sector: '보건의료', yearlyGoodsPurchases: 134 * B, targetRate: 0.012 },
  { code: 'CG-027', name: '식품의약품안전처', nameEn: 'Ministry of Food and Drug Safety', type: 'CENTRAL', sector: '보건의료', yearlyGoodsPurchases: 28 * B, targetRate: 0.01 },
  { code: 'CG-028', name: '관세청', nameEn: 'Korea Customs Service', type: 'CENTRAL', sector: '행정', yearlyGoodsPurchases: 52 * B, targetRate: 0.01 },
  { code: 'CG-029', name: '방위사업청', nameEn: 'Defense Acquisition Program Administration', type: 'CENTRAL', sector: '국방', yearlyGoodsPurchases: 96 * B, targetRate: 0.01 },
  { code: 'CG-030', name: '국가데이터처', nameEn: 'National Data Office', type: 'CENTRAL', sector: '과학기술·ICT', yearlyGoodsPurchases: 19 * B, targetRate: 0.012 },

  { code: 'LG-001', name: '서울특별시', nameEn: 'Seoul Metropolitan Government', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 612 * B, targetRate: 0.01 },
  { code: 'LG-002', name: '부산광역시', nameEn: 'Busan Metropolitan City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 241 * B, targetRate: 0.01 },
  { code: 'LG-003', name: '대구광역시', nameEn: 'Daegu Metropolitan City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 163 * B, targetRate: 0.01 },
  { code: 'LG-004', name: '인천광역시', nameEn: 'Incheon Metropolitan City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 188 * B, targetRate: 0.01 },
  { code: 'LG-005', name: '광주광역시', nameEn: 'Gwangju Metropolitan City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 102 * B, targetRate: 0.01 },
  { code: 'LG-006', name: '대전광역시', nameEn: 'Daejeon Metropolitan City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 98 * B, targetRate: 0.01 },
  { code: 'LG-007', name: '울산광역시', nameEn: 'Ulsan Metropolitan City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 87 * B, targetRate: 0.01 },
  { code: 'LG-008', name: '세종특별자치시', nameEn: 'Sejong Special Self-Governing City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 46 * B, targetRate: 0.01 },
  { code: 'LG-009', name: '경기도', nameEn: 'Gyeonggi Province', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 534 * B, targetRate: 0.01 },
  { code: 'LG-010', name: '강원특별자치도', nameEn: 'Gangwon State', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 121 * B, targetRate: 0.01 },
  { code: 'LG-011', name: '충청북도', nameEn: 'Chungcheongbuk-do', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 109 * B, targetRate: 0.01 },
  { code: 'LG-012', name: '충청남도', nameEn: 'Chungcheongnam-do', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 128 * B, targetRate: 0.01 },
  { code: 'LG-013', name: '전북특별자치도', nameEn: 'Jeonbuk State', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 115 * B, targetRate: 0.01 },
  { code: 'LG-014', name: '전라남도', nameEn: 'Jeollanam-do', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 137 * B, targetRate: 0.01 },
  { code: 'LG-015', name: '경상북도', nameEn: 'Gyeongsangbuk-do', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 149 * B, targetRate: 0.01 },
  { code: 'LG-016', name: '경상남도', nameEn: 'Gyeongsangnam-do', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 156 * B, targetRate: 0.01 },
  { code: 'LG-017', name: '제주특별자치도', nameEn: 'Jeju Special Self-Governing Province', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 64 * B, targetRate: 0.01 },
  { code: 'LG-018', name: '서울특별시 강남구', nameEn: 'Gangnam-gu, Seoul', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 38 * B, targetRate: 0.01 },
  { code: 'LG-019', name: '서울특별시 성동구', nameEn: 'Seongdong-gu, Seoul', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 17 * B, targetRate: 0.01 },
  { code: 'LG-020', name: '경기도 수원시', nameEn: 'Suwon City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 52 * B, targetRate: 0.01 },
  { code: 'LG-021', name: '경기도 성남시', nameEn: 'Seongnam City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 47 * B, targetRate: 0.01 },
  { code: 'LG-022', name: '경기도 화성시', nameEn: 'Hwaseong City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 44 * B, targetRate: 0.01 },
  { code: 'LG-023', name: '충청북도 청주시', nameEn: 'Cheongju City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 36 * B, targetRate: 0.01 },
  { code: 'LG-024', name: '경상남도 창원시', nameEn: 'Changwon City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 41 * B, targetRate: 0.01 },
  { code: 'LG-025', name: '전라북도 전주시', nameEn: 'Jeonju City', type: 'LOCAL', sector: '지방행정', yearlyGoodsPurchases: 29 * B, targetRate: 0.01 },
  { code: 'LG-026', name: '서울특별시교육청', nameEn: 'Seoul Metropolitan Office of Education', type: 'LOCAL', sector: '교육', yearlyGoodsPurchases: 287 * B, targetRate: 0.01 },
  { code: 'LG-027', name: '경기도교육청', nameEn: 'Gyeonggi Provincial Office of Education', type: 'LOCAL', sector: '교육', yearlyGoodsPurchases: 402 * B, targetRate: 0.01 },

  { code: 'PB-001', name: '한국전력공사', nameEn: 'Korea Electric Power Corporation', type: 'PUBLIC_BODY', sector: '산업·에너지', yearlyGoodsPurchases: 3_100 * B, targetRate: 0.017 },
  { code: 'PB-002', name: '한국수자원공사', nameEn: 'Korea Water Resources Corporation', type: 'PUBLIC_BODY', sector: '환경', yearlyGoodsPurchases: 420 * B, targetRate: 0.017 },
  { code: 'PB-003', name: '한국도로공사', nameEn: 'Korea Expressway Corporation', type: 'PUBLIC_BODY', sector: '교통·건설', yearlyGoodsPurchases: 510 * B, targetRate: 0.017 },
  { code: 'PB-004', name: '한국토지주택공사', nameEn: 'Korea Land and Housing Corporation', type: 'PUBLIC_BODY', sector: '교통·건설', yearlyGoodsPurchases: 980 * B, targetRate: 0.015 },
  { code: 'PB-005', name: '한국철도공사', nameEn: 'Korea Railroad Corporation', type: 'PUBLIC_BODY', sector: '교통·건설', yearlyGoodsPurchases: 760 * B, targetRate: 0.015 },
  { code: 'PB-006', name: '국가철도공단', nameEn: 'Korea National Railway', type: 'PUBLIC_BODY', sector: '교통·건설', yearlyGoodsPurchases: 640 * B, targetRate: 0.015 },
  { code: 'PB-007', name: '인천국제공항공사', nameEn: 'Incheon International Airport Corporation', type: 'PUBLIC_BODY', sector: '교통·건설', yearlyGoodsPurchases: 330 * B, targetRate: 0.015 },
  { code: 'PB-008', name: '한국공항공사', nameEn: 'Korea Airports Corporation', type: 'PUBLIC_BODY', sector: '교통·건설', yearlyGoodsPurchases: 190 * B, targetRate: 0.015 },
  { code: 'PB-009', name: '한국가스공사', nameEn: 'Korea Gas Corporation', type: 'PUBLIC_BODY', sector: '산업·에너지', yearlyGoodsPurchases: 450 * B, targetRate: 0.017 },
  { code: 'PB-010', name: '한국수력원자력', nameEn: 'Korea Hydro & Nuclear Power', type: 'PUBLIC_BODY', sector: '산업·에너지', yearlyGoodsPurchases: 1_400 * B, targetRate: 0.017 },
  { code: 'PB-011', name: '한국지역난방공사', nameEn: 'Korea District Heating Corporation', type: 'PUBLIC_BODY', sector: '산업·에너지', yearlyGoodsPurchases: 210 * B, targetRate: 0.017 },
  { code: 'PB-012', name: '한국환경공단', nameEn: 'Korea Environment Corporation', type: 'PUBLIC_BODY', sector: '환경', yearlyGoodsPurchases: 140 * B, targetRate: 0.017 },
  { code: 'PB-013', name: '한국농어촌공사', nameEn: 'Korea Rural Community Corporation', type: 'PUBLIC_BODY', sector: '농림수산', yearlyGoodsPurchases: 260 * B, targetRate: 0.015 },
  { code: 'PB-014', name: '국민건강보험공단', nameEn: 'National Health Insurance Service', type: 'PUBLIC_BODY', sector: '보건의료', yearlyGoodsPurchases: 170 * B, targetRate: 0.012 },
  { code: 'PB-015', name: '국립암센터', nameEn: 'National Cancer Center', type: 'PUBLIC_BODY', sector: '보건의료', yearlyGoodsPurchases: 120 * B, targetRate: 0.012 },
  { code: 'PB-016', name: '서울대학교병원', nameEn: 'Seoul National University Hospital', type: 'PUBLIC_BODY', sector: '보건의료', yearlyGoodsPurchases: 390 * B, targetRate: 0.012 },
  { code: 'PB-017', name: '서울교통공사', nameEn: 'Seoul Metro', type: 'PUBLIC_BODY', sector: '교통·건설', yearlyGoodsPurchases: 470 * B, targetRate: 0.015 },
  { code: 'PB-018', name: '한국산업기술진흥원', nameEn: 'Korea Institute for Advancement of Technology', type: 'PUBLIC_BODY', sector: '과학기술·ICT', yearlyGoodsPurchases: 21 * B, targetRate: 0.017 },
  { code: 'PB-019', name: '한국전자통신연구원', nameEn: 'Electronics and Telecommunications Research Institute', type: 'PUBLIC_BODY', sector: '과학기술·ICT', yearlyGoodsPurchases: 150 * B, targetRate: 0.017 },
  { code: 'PB-020', name: '한국지능정보사회진흥원', nameEn: 'National Information Society Agency', type: 'PUBLIC_BODY', sector: '과학기술·ICT', yearlyGoodsPurchases: 88 * B, targetRate: 0.017 },
  { code: 'PB-021', name: '한국해양교통안전공단', nameEn: 'Korea Maritime Transportation Safety Authority', type: 'PUBLIC_BODY', sector: '안전·재난', yearlyGoodsPurchases: 34 * B, targetRate: 0.015 },
  { code: 'PB-022', name: '한국가스안전공사', nameEn: 'Korea Gas Safety Corporation', type: 'PUBLIC_BODY', sector: '안전·재난', yearlyGoodsPurchases: 42 * B, targetRate: 0.015 },
  { code: 'PB-023', name: '국립공원공단', nameEn: 'Korea National Park Service', type: 'PUBLIC_BODY', sector: '환경', yearlyGoodsPurchases: 39 * B, targetRate: 0.015 },
  { code: 'PB-024', name: '한국우편사업진흥원', nameEn: 'Korea Postal Service Agency', type: 'PUBLIC_BODY', sector: '행정', yearlyGoodsPurchases: 26 * B, targetRate: 0.01 },
];
