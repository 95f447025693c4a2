/**
 * The catalogue's taxonomy, after the areas of the real marketplace's innovative-product
 * listings (safety, environment, health and medical, transport, energy, ICT, disaster
 * response, …). Frozen for the migration that loads it; operators extend it later.
 */
type Node = [code: string, nameKo: string, nameEn: string, children?: Node[]];

const TREE: Node[] = [
  ['SAF', '안전', 'Safety', [
    ['SAF-01', '생활안전', 'Everyday safety', [['SAF-01-01', '어린이·노약자 보호', 'Child and elderly protection'], ['SAF-01-02', '보행 안전', 'Pedestrian safety']]],
    ['SAF-02', '산업안전', 'Industrial safety', [['SAF-02-01', '작업자 보호장비', 'Worker protective equipment'], ['SAF-02-02', '위험 감지', 'Hazard detection']]],
    ['SAF-03', '치안·방범', 'Policing and crime prevention', [['SAF-03-01', '지능형 CCTV', 'Intelligent CCTV']]],
    ['SAF-04', '화재안전', 'Fire safety', [['SAF-04-01', '소화설비', 'Fire suppression'], ['SAF-04-02', '화재 감지', 'Fire detection']]],
  ]],
  ['ENV', '환경', 'Environment', [
    ['ENV-01', '대기', 'Air quality', [['ENV-01-01', '공기정화', 'Air purification'], ['ENV-01-02', '미세먼지 측정', 'Fine dust monitoring']]],
    ['ENV-02', '수질', 'Water quality', [['ENV-02-01', '정수·수처리', 'Water treatment']]],
    ['ENV-03', '폐기물·자원순환', 'Waste and recycling', [['ENV-03-01', '재활용 설비', 'Recycling equipment']]],
    ['ENV-04', '소음·진동', 'Noise and vibration'],
  ]],
  ['MED', '보건·의료', 'Health and medical', [
    ['MED-01', '진단기기', 'Diagnostic devices', [['MED-01-01', '체외진단', 'In-vitro diagnostics'], ['MED-01-02', '영상진단', 'Medical imaging']]],
    ['MED-02', '방역·감염관리', 'Infection control', [['MED-02-01', '소독·살균', 'Disinfection']]],
    ['MED-03', '재활·돌봄', 'Rehabilitation and care', [['MED-03-01', '돌봄 로봇', 'Care robots']]],
    ['MED-04', '디지털 헬스케어', 'Digital healthcare'],
  ]],
  ['TRN', '교통', 'Transport', [
    ['TRN-01', '도로교통', 'Road traffic', [['TRN-01-01', '교통신호·제어', 'Traffic signals and control'], ['TRN-01-02', '도로 시설물', 'Road furniture']]],
    ['TRN-02', '철도', 'Rail', [['TRN-02-01', '철도 안전설비', 'Rail safety equipment']]],
    ['TRN-03', '친환경 모빌리티', 'Clean mobility', [['TRN-03-01', '전기차 충전', 'EV charging']]],
    ['TRN-04', '해양·항만', 'Maritime and ports'],
  ]],
  ['ENE', '에너지', 'Energy', [
    ['ENE-01', '신재생에너지', 'Renewable energy', [['ENE-01-01', '태양광', 'Solar power'], ['ENE-01-02', '연료전지', 'Fuel cells']]],
    ['ENE-02', '에너지 효율', 'Energy efficiency', [['ENE-02-01', 'LED 조명', 'LED lighting'], ['ENE-02-02', '건물 에너지관리', 'Building energy management']]],
    ['ENE-03', '에너지 저장', 'Energy storage'],
  ]],
  ['ICT', '정보통신', 'ICT', [
    ['ICT-01', '인공지능', 'Artificial intelligence', [['ICT-01-01', '영상 분석', 'Video analytics'], ['ICT-01-02', '음성·언어', 'Speech and language']]],
    ['ICT-02', '사물인터넷', 'Internet of Things', [['ICT-02-01', '센서 네트워크', 'Sensor networks']]],
    ['ICT-03', '정보보호', 'Information security'],
    ['ICT-04', '클라우드·데이터', 'Cloud and data'],
    ['ICT-05', '드론·로봇', 'Drones and robots', [['ICT-05-01', '드론', 'Drones'], ['ICT-05-02', '서비스 로봇', 'Service robots']]],
  ]],
  ['DIS', '재난대응', 'Disaster response', [
    ['DIS-01', '풍수해', 'Storms and floods', [['DIS-01-01', '침수 감지', 'Flood detection']]],
    ['DIS-02', '지진·산사태', 'Earthquakes and landslides'],
    ['DIS-03', '구조·구난', 'Search and rescue', [['DIS-03-01', '인명구조 장비', 'Rescue equipment']]],
    ['DIS-04', '재난 통신', 'Emergency communications'],
  ]],
  ['CON', '건설·시설', 'Construction and facilities', [
    ['CON-01', '스마트 건설', 'Smart construction'],
    ['CON-02', '시설물 유지관리', 'Facility maintenance', [['CON-02-01', '구조물 안전진단', 'Structural health monitoring']]],
    ['CON-03', '건축자재', 'Building materials'],
  ]],
  ['DEF', '국방', 'Defence', [['DEF-01', '경계·감시', 'Surveillance'], ['DEF-02', '군수지원', 'Logistics support']]],
  ['AGR', '농림수산', 'Agriculture, forestry and fisheries', [['AGR-01', '스마트팜', 'Smart farming'], ['AGR-02', '산림·병해충', 'Forests and pests']]],
  ['ADM', '행정·사무', 'Public administration', [['ADM-01', '사무기기', 'Office equipment'], ['ADM-02', '민원·행정 서비스', 'Civil services'], ['ADM-03', '교육 기자재', 'Educational equipment']]],
];

export interface CategorySeed {
  code: string;
  parentCode: string | null;
  level: 1 | 2 | 3;
  nameKo: string;
  nameEn: string;
  position: number;
}

function flatten(nodes: Node[], parentCode: string | null, level: 1 | 2 | 3): CategorySeed[] {
  return nodes.flatMap(([code, nameKo, nameEn, children], position) => [
    { code, parentCode, level, nameKo, nameEn, position },
    ...(children ? flatten(children, code, (level + 1) as 2 | 3) : []),
  ]);
}

export const CATEGORIES_2026: CategorySeed[] = flatten(TREE, null, 1);
