import { ProductKind } from '@inno/contracts';

/** Designated products for the demo catalogue: [nameKo, nameEn, model, category, price, certifications, body, kind, region, description]. */
export const DEMO_PRODUCTS: [string, string, string, string, number, string[], string, ProductKind, string, string][] = [
  ['스마트공기청정기', 'Smart air purifier', 'SAP-3000', 'ENV-01-01', 1_850_000, ['KC', 'GS'], '조달청', 'TYPE2', '서울특별시', '교실과 민원실의 미세먼지를 실시간으로 측정해 풍량을 스스로 조절하는 공기청정기입니다.'],
  ['미세먼지 측정 센서 노드', 'Fine dust sensor node', 'FDS-20', 'ENV-01-02', 420_000, ['NET'], '환경부', 'TYPE1', '대전광역시', '도로변과 학교 주변에 설치해 PM2.5를 1분 단위로 보고하는 저전력 측정기입니다.'],
  ['휴대용 수질 분석기', 'Portable water quality analyser', 'WQ-7', 'ENV-02-01', 3_200_000, ['KC'], '환경부', 'TYPE1', '부산광역시', '현장에서 10분 안에 12개 수질 항목을 분석합니다.'],
  ['음식물 감량 처리기', 'Food waste reducer', 'FW-500', 'ENV-03-01', 12_500_000, ['GS'], '조달청', 'TYPE2', '경기도', '급식소 음식물 쓰레기를 미생물로 90% 감량합니다.'],
  ['접이식 안전 의자', 'Folding safety chair', 'FSC-1', 'SAF-01-01', 130_000, [], '조달청', 'TYPE2', '대구광역시', '손끼임 방지 구조를 갖춘 어린이집용 접이식 의자입니다.'],
  ['보행자 감지 횡단보도 조명', 'Pedestrian-aware crosswalk light', 'PCL-2', 'SAF-01-02', 6_800_000, ['KC', '성능인증'], '경찰청', 'TYPE1', '광주광역시', '야간 보행자를 감지해 횡단보도 조도를 높이고 운전자에게 경고합니다.'],
  ['작업자 낙상 감지 조끼', 'Fall-detecting work vest', 'FDV-3', 'SAF-02-01', 540_000, ['KC'], '고용노동부', 'TYPE1', '울산광역시', '고소 작업자의 낙상을 감지해 관리자에게 즉시 알립니다.'],
  ['유해가스 무선 감지기', 'Wireless toxic gas detector', 'TGD-8', 'SAF-02-02', 890_000, ['KC', 'GS'], '조달청', 'TYPE2', '경상남도', '밀폐공간의 유해가스를 감지해 무선으로 경보를 보냅니다.'],
  ['지능형 CCTV 영상분석 장치', 'Intelligent CCTV analytics unit', 'ICA-100', 'SAF-03-01', 4_300_000, ['GS', 'NEP'], '과학기술정보통신부', 'TYPE1', '서울특별시', '배회·쓰러짐·싸움을 실시간으로 인식하는 엣지 영상분석 장치입니다.'],
  ['자동 확산 소화기', 'Automatic diffusion extinguisher', 'ADE-5', 'SAF-04-01', 210_000, ['KC', '성능인증'], '소방청', 'TYPE1', '충청북도', '화재 열을 감지하면 스스로 소화약제를 분사합니다.'],
  ['지능형 화재 감지기', 'Intelligent fire detector', 'IFD-900', 'SAF-04-02', 310_000, ['KC'], '조달청', 'TYPE2', '인천광역시', '연기·열·불꽃을 함께 분석해 오경보를 줄인 화재 감지기입니다.'],
  ['체외진단 신속 검사기', 'Rapid in-vitro diagnostic reader', 'IVD-R2', 'MED-01-01', 2_750_000, ['KC'], '보건복지부', 'TYPE1', '충청남도', '보건소에서 15분 안에 감염병 항원을 판독합니다.'],
  ['휴대용 초음파 진단기', 'Handheld ultrasound scanner', 'HUS-1', 'MED-01-02', 9_900_000, ['KC', 'GS'], '조달청', 'TYPE2', '서울특별시', '응급 현장에서 태블릿으로 영상을 보는 무선 초음파 진단기입니다.'],
  ['자외선 자동 살균 로봇', 'UV disinfection robot', 'UVR-3', 'MED-02-01', 28_000_000, ['KC'], '질병관리청', 'TYPE1', '대전광역시', '병실과 대기실을 자율 주행하며 자외선으로 살균합니다.'],
  ['어르신 돌봄 로봇', 'Elderly care companion robot', 'CARE-7', 'MED-03-01', 1_100_000, ['KC'], '조달청', 'TYPE2', '전북특별자치도', '복약 알림과 말벗, 응급 호출을 하는 돌봄 로봇입니다.'],
  ['적응형 교통신호 제어기', 'Adaptive traffic signal controller', 'ATC-4', 'TRN-01-01', 15_600_000, ['KC', 'GS'], '국토교통부', 'TYPE1', '경기도', '교차로 통행량에 맞춰 신호 주기를 스스로 조정합니다.'],
  ['철도 선로 이상 감지 센서', 'Rail track anomaly sensor', 'RAS-2', 'TRN-02-01', 5_400_000, ['KC'], '조달청', 'TYPE2', '대전광역시', '선로 온도와 진동을 측정해 좌굴 위험을 미리 알립니다.'],
  ['전기차 완속 충전기', 'EV slow charger', 'EVC-7', 'TRN-03-01', 980_000, ['KC'], '산업통상자원부', 'TYPE1', '제주특별자치도', '공공청사 주차장용 7kW 스마트 충전기입니다.'],
  ['태양광 가로등', 'Solar streetlight', 'SSL-60', 'ENE-01-01', 2_900_000, ['KC', '조달우수'], '조달청', 'TYPE2', '전라남도', '배터리와 태양광 패널을 일체화한 독립형 가로등입니다.'],
  ['건물용 연료전지', 'Building fuel cell', 'BFC-10', 'ENE-01-02', 86_000_000, ['KC'], '산업통상자원부', 'TYPE1', '경상북도', '공공건물의 전기와 난방을 함께 만드는 10kW 연료전지입니다.'],
  ['스마트 LED 조명 제어 시스템', 'Smart LED lighting control', 'SLC-1', 'ENE-02-01', 7_300_000, ['KC', '성능인증'], '조달청', 'TYPE2', '강원특별자치도', '재실 감지와 조도 센서로 청사 조명 전력을 40% 줄입니다.'],
  ['민원 음성 자동응답 AI', 'Civil service voice AI', 'VAI-2', 'ICT-01-02', 24_000_000, ['GS'], '과학기술정보통신부', 'TYPE1', '세종특별자치시', '민원 전화를 한국어 음성으로 이해하고 답하는 AI입니다.'],
  ['수색 구조용 드론', 'Search and rescue drone', 'SRD-5', 'ICT-05-01', 35_000_000, ['KC', 'GS'], '조달청', 'TYPE2', '경상남도', '열화상 카메라로 실종자를 찾는 장시간 비행 드론입니다.'],
  ['침수 감지 센서', 'Flood sensor', 'FLS-1', 'DIS-01-01', 210_000, ['KC'], '행정안전부', 'TYPE1', '부산광역시', '지하차도와 반지하 주택의 침수를 감지해 경보를 보냅니다.'],
  ['인명구조 로프 발사기', 'Rescue line launcher', 'RLL-2', 'DIS-03-01', 1_450_000, ['KC'], '조달청', 'TYPE2', '인천광역시', '수난 사고 현장에 구명줄을 100m까지 발사합니다.'],
  ['교량 안전 모니터링 센서', 'Bridge health monitoring sensor', 'BHM-3', 'CON-02-01', 11_200_000, ['NET'], '국토교통부', 'TYPE1', '충청북도', '교량의 처짐과 균열을 상시 측정합니다.'],
];

/**
 * Products still on their way through a call (not designated, so not in the catalogue):
 * [nameKo, nameEn, model, category, price, company index, description].
 */
export const DEMO_PROPOSED_PRODUCTS: [string, string, string, string, number, number, string][] = [
  ['교실 이산화탄소 환기 제어기', 'Classroom CO2 ventilation controller', 'CVC-2', 'ENV-01-01', 690_000, 2, '교실의 이산화탄소 농도에 맞춰 환기 장치를 자동으로 켜고 끕니다.'],
  ['하수관로 점검 로봇', 'Sewer inspection robot', 'SIR-4', 'CON-02-01', 48_000_000, 1, '좁은 하수관로를 주행하며 균열과 막힘을 촬영합니다.'],
  ['실내 라돈 연속 측정기', 'Indoor radon monitor', 'IRM-1', 'ENV-01-02', 380_000, 0, '학교와 관공서 지하 공간의 라돈 농도를 연속으로 기록합니다.'],
  ['보행 보조 웨어러블 로봇', 'Walking-assist wearable robot', 'WAR-3', 'MED-03-01', 8_900_000, 2, '재활 환자의 보행을 허리와 무릎에서 보조합니다.'],
  ['터널 화재 초기 진압 장치', 'Tunnel fire first-response unit', 'TFR-1', 'SAF-04-01', 23_000_000, 1, '터널 천장을 따라 이동하며 초기 화재에 소화약제를 뿌립니다.'],
  ['응급실 환자 분류 보조 AI', 'Emergency triage assistant AI', 'ETA-5', 'MED-01-02', 31_000_000, 0, '응급실 접수 정보로 중증도 분류를 보조합니다.'],
  ['스마트 방범 가로등', 'Smart security streetlight', 'SSL-9', 'SAF-01-02', 3_400_000, 2, '비상벨과 조명 밝기 제어를 갖춘 골목길용 가로등입니다.'],
];
