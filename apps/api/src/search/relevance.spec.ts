import { CatalogSort, type CatalogPage } from '@inno/contracts';
import { DEMO_PRODUCTS } from '../database/seeds/demo-products';
import { makeDesignatedProduct } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

/**
 * The relevance test set: queries as Korean buyers type them, by kind, each with the product it must
 * find and the worst rank it may take (sort=relevance). The catalogue is the demo catalogue plus a
 * few names that exercise compounds, mixed scripts and synonyms. A change that loses a match or
 * pushes a product down fails here; `RELEVANCE_REPORT=1` prints recall and mean rank per kind
 * (docs/performance.md).
 */
const EXTRA: [string, string, string, string][] = [
  ['산업용드론 탐지 센서', 'Industrial drone detection sensor', 'IDS-40', '공항과 발전소 주변의 불법 드론을 전파로 탐지합니다.'],
  ['AI카메라 교통량 분석기', 'AI camera traffic counter', 'ATC-CAM1', '교차로 차량을 차종별로 셉니다.'],
  ['화재감지기 연동 비상방송 장치', 'Fire alarm linked broadcast unit', 'FBU-2', '화재 신호를 받으면 대피 방송을 합니다.'],
  ['무인기 관제 시스템', 'UAV traffic control system', 'UTM-1', '공공 무인 비행체의 비행 계획과 위치를 관리합니다.'],
  ['공기 청정기 필터 교체형', 'Replaceable filter air cleaner', 'RF-10', '필터만 바꿔 쓰는 교실용 제품입니다.'],
];

type Kind = 'compound part' | 'spacing' | 'mixed, case, model' | 'ranking' | 'initials' | 'keyboard layout' | 'typo' | 'synonym';

/** [kind, query, expected product (Korean name), worst acceptable rank]. */
const CASES: [Kind, string, string, number][] = [
  ['compound part', '먼지', '미세먼지 측정 센서 노드', 1],
  ['compound part', '청정', '스마트공기청정기', 2],
  ['compound part', '드론', '산업용드론 탐지 센서', 3],
  ['compound part', '공기', '스마트공기청정기', 2],
  ['compound part', '영상', '지능형 CCTV 영상분석 장치', 1],
  ['compound part', '살균', '자외선 자동 살균 로봇', 1],
  ['compound part', '충전', '전기차 완속 충전기', 1],
  ['compound part', '신호', '적응형 교통신호 제어기', 2],
  ['compound part', '교통', '적응형 교통신호 제어기', 2],
  ['compound part', '감량', '음식물 감량 처리기', 1],
  ['compound part', '응답', '민원 음성 자동응답 AI', 1],
  ['compound part', '가스', '유해가스 무선 감지기', 1],
  ['compound part', '인명', '인명구조 로프 발사기', 1],
  ['compound part', '전지', '건물용 연료전지', 1],
  ['compound part', '체외', '체외진단 신속 검사기', 1],
  ['compound part', '탐지', '산업용드론 탐지 센서', 1],
  ['compound part', '카메라', 'AI카메라 교통량 분석기', 1],
  ['compound part', '방송', '화재감지기 연동 비상방송 장치', 1],
  ['spacing', '화재감지기', '지능형 화재 감지기', 2],
  ['spacing', '화재 감지기', '화재감지기 연동 비상방송 장치', 2],
  ['spacing', '센서노드', '미세먼지 측정 센서 노드', 1],
  ['spacing', '공기 청정기', '스마트공기청정기', 2],
  ['spacing', '공기청정기', '공기 청정기 필터 교체형', 2],
  ['spacing', '교통 신호', '적응형 교통신호 제어기', 1],
  ['spacing', '영상 분석 장치', '지능형 CCTV 영상분석 장치', 1],
  ['spacing', '산업용 드론', '산업용드론 탐지 센서', 1],
  ['spacing', '미세 먼지', '미세먼지 측정 센서 노드', 1],
  ['spacing', '유해 가스 감지기', '유해가스 무선 감지기', 1],
  ['spacing', '자동 응답', '민원 음성 자동응답 AI', 1],
  ['spacing', '음식물감량처리기', '음식물 감량 처리기', 1],
  ['spacing', '수질분석기', '휴대용 수질 분석기', 1],
  ['spacing', '돌봄로봇', '어르신 돌봄 로봇', 1],
  ['spacing', '태양광가로등', '태양광 가로등', 1],
  ['mixed, case, model', 'AI카메라', 'AI카메라 교통량 분석기', 1],
  ['mixed, case, model', 'ai 카메라', 'AI카메라 교통량 분석기', 1],
  ['mixed, case, model', 'cctv 분석', '지능형 CCTV 영상분석 장치', 1],
  ['mixed, case, model', 'CCTV영상', '지능형 CCTV 영상분석 장치', 1],
  ['mixed, case, model', 'SAP3000', '스마트공기청정기', 1],
  ['mixed, case, model', 'sap 3000', '스마트공기청정기', 1],
  ['mixed, case, model', 'ifd900', '지능형 화재 감지기', 1],
  ['mixed, case, model', 'Smart Air Purifier', '스마트공기청정기', 1],
  ['mixed, case, model', 'DRONE', '수색 구조용 드론', 2],
  ['mixed, case, model', 'LED조명', '스마트 LED 조명 제어 시스템', 1],
  ['mixed, case, model', '음성 AI', '민원 음성 자동응답 AI', 1],
  ['ranking', '감지기', '지능형 화재 감지기', 2],
  ['ranking', '로봇', '어르신 돌봄 로봇', 2],
  ['ranking', '센서', '침수 감지 센서', 5],
  ['ranking', '미세먼지', '미세먼지 측정 센서 노드', 1],
  ['ranking', '진단기', '휴대용 초음파 진단기', 1],
  ['initials', 'ㄱㄱㅊㅈㄱ', '스마트공기청정기', 2],
  ['initials', 'ㅎㅈㄱㅈㄱ', '지능형 화재 감지기', 2],
  ['initials', 'ㅌㅇㄱ ㄱㄹㄷ', '태양광 가로등', 1],
  ['initials', 'ㅊㅅㄱㅈㅅㅅ', '침수 감지 센서', 1],
  ['initials', 'ㄷㅂㄹㅂ', '어르신 돌봄 로봇', 1],
  ['keyboard layout', 'rhdrlcjdwjdrl', '스마트공기청정기', 2],
  ['keyboard layout', 'ghkwo', '지능형 화재 감지기', 3],
  ['keyboard layout', 'emfhs', '수색 구조용 드론', 3],
  ['keyboard layout', 'fhqht', '어르신 돌봄 로봇', 2],
  ['keyboard layout', 'xodidrhkd', '태양광 가로등', 1],
  ['keyboard layout', 'cndwjsrl', '전기차 완속 충전기', 1],
  ['typo', 'purifer', '스마트공기청정기', 2],
  ['typo', 'dronne', '수색 구조용 드론', 3],
  ['typo', 'ultrasond', '휴대용 초음파 진단기', 1],
  ['typo', 'extinguiser', '자동 확산 소화기', 1],
  ['typo', 'chargre', '전기차 완속 충전기', 1],
  ['typo', 'detecter', '지능형 화재 감지기', 3],
  ['synonym', '무인기', '수색 구조용 드론', 3],
  ['synonym', '드론', '무인기 관제 시스템', 3],
  ['synonym', '공기정화기', '스마트공기청정기', 2],
  ['synonym', '폐쇄회로', '지능형 CCTV 영상분석 장치', 1],
];

describe('search relevance: the test set', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    for (const [nameKo, nameEn, modelName, categoryCode, askingPrice, certifications, designatingBody, , region, description] of DEMO_PRODUCTS) {
      await makeDesignatedProduct(t, { nameKo, nameEn, modelName, categoryCode, askingPrice, certifications, designatingBody, region, description });
    }
    for (const [nameKo, nameEn, modelName, description] of EXTRA) await makeDesignatedProduct(t, { nameKo, nameEn, modelName, description, categoryCode: 'ICT-05-01' });
  });
  afterAll(() => t.close());

  it('has at least 60 queries, of every kind', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map(([kind]) => kind)).size).toBe(8);
  });

  it('finds every expected product, at or above its rank', async () => {
    const results: { kind: Kind; query: string; expected: string; rank: number | null; maxRank: number }[] = [];
    for (const [kind, query, expected, maxRank] of CASES) {
      const page = (await t.http().get(`/api/v1/products?q=${encodeURIComponent(query)}&sort=${CatalogSort.RELEVANCE}&pageSize=50`).expect(200)).body as CatalogPage;
      const index = page.items.findIndex((item) => item.nameKo === expected);
      results.push({ kind, query, expected, rank: index < 0 ? null : index + 1, maxRank });
    }
    if (process.env.RELEVANCE_REPORT) {
      const kinds = [...new Set(results.map((r) => r.kind))];
      const line = (label: string, rs: typeof results) => {
        const found = rs.filter((r) => r.rank !== null);
        const mean = found.reduce((sum, r) => sum + r.rank!, 0) / (found.length || 1);
        const first = found.filter((r) => r.rank === 1).length;
        return `| ${label} | ${rs.length} | ${found.length}/${rs.length} (${Math.round((100 * found.length) / rs.length)} %) | ${mean.toFixed(2)} | ${first} |`;
      };
      console.log(['| kind | queries | recall | mean rank | first |', '|---|--:|--:|--:|--:|', ...kinds.map((k) => line(k, results.filter((r) => r.kind === k))), line('**all**', results)].join('\n'));
    }
    expect(results.filter((r) => r.rank === null || r.rank > r.maxRank)).toEqual([]);
  });
});
