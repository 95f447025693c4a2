import type { ProductKind } from './catalogue';
import type { CallKind } from './designation';
import type { PilotIndicator } from './pilots';
import type { InstitutionType } from './roles';

/** How a product came to be designated: the call its proposal came through, or a ministry's record (Type 1). */
export const DesignationRoute = { SUPPLIER_PROPOSAL: 'SUPPLIER_PROPOSAL', CHALLENGE: 'CHALLENGE', SCOUTING: 'SCOUTING', TYPE1: 'TYPE1' } as const;
export type DesignationRoute = (typeof DesignationRoute)[keyof typeof DesignationRoute];
export const DESIGNATION_ROUTES = Object.values(DesignationRoute);

/** The 17 provinces and metropolitan cities (시·도), as regions are recorded; anything else counts as "other". */
export const KOREAN_REGIONS = [
  '서울특별시',
  '부산광역시',
  '대구광역시',
  '인천광역시',
  '광주광역시',
  '대전광역시',
  '울산광역시',
  '세종특별자치시',
  '경기도',
  '강원특별자치도',
  '충청북도',
  '충청남도',
  '전북특별자치도',
  '전라남도',
  '경상북도',
  '경상남도',
  '제주특별자치도',
] as const;

/** Attainment of the purchase target in bands of the target (0.5 = half of it), the last one "met". */
export const ATTAINMENT_BANDS = ['0', '0-25', '25-50', '50-75', '75-100', 'met'] as const;
export type AttainmentBand = (typeof ATTAINMENT_BANDS)[number];

export interface StatisticsFilters {
  region: string | null;
  kind: ProductKind | null;
  institutionType: InstitutionType | null;
}

/** When the figures were computed: they are served from memory for `freshSeconds`, then recomputed. */
export interface StatisticsFreshness {
  asOf: string;
  freshSeconds: number;
}

/** One month of the year (Korea time). */
export interface StatisticsMonth {
  month: number;
  /** Companies and products registered. */
  companies: number;
  type1Products: number;
  type2Products: number;
  /** Designations that took effect, and the register's decisions of the month. */
  designations: number;
  extensions: number;
  suspensions: number;
  revocations: number;
  expiries: number;
  /** Pilot applications filed, matched, and contracted (KRW by contract date). */
  pilotApplications: number;
  pilotMatches: number;
  pilotsContracted: number;
  pilotAmount: number;
  /** Orders contracted (accepted and not cancelled) and their KRW. */
  orders: number;
  orderAmount: number;
  /** Citizens' ideas submitted (their review month) and supports given. */
  ideas: number;
  ideaSupports: number;
}

/** A count under a name (a region, a sector). */
export interface KeyCount {
  key: string;
  count: number;
}

export interface RouteCount {
  key: DesignationRoute;
  count: number;
}

export interface BandCount {
  key: AttainmentBand;
  count: number;
}

export interface CategoryCount {
  code: string;
  nameKo: string;
  nameEn: string;
  count: number;
}

/** A call of the year: its proposals decided by the committee, and how many were designated. */
export interface CallPassRate {
  callId: string;
  title: string;
  kind: CallKind;
  decided: number;
  designated: number;
}

export interface PilotTotals {
  plans: number;
  budget: number;
  applications: number;
  matched: number;
  matchedAmount: number;
  contracted: number;
  contractedAmount: number;
  resultsReported: number;
  success: number;
  insufficient: number;
  correctiveActionRefused: number;
  /** Usage check-ins after the pilot, by what they found. */
  checkIns: number;
  inUse: number;
  shelved: number;
  returned: number;
}

export interface PilotScore {
  indicator: PilotIndicator;
  /** Mean of the reports' scores (1 to 5), to two decimals; null with no report. */
  average: number | null;
  reports: number;
}

export interface TargetGroup {
  key: string;
  institutions: number;
  met: number;
}

export interface TargetStatistics {
  institutions: number;
  met: number;
  bands: BandCount[];
  byType: TargetGroup[];
  bySector: TargetGroup[];
}

/** The public statistics of a year (통계), from the workflow tables themselves. */
export interface StatisticsView extends StatisticsFreshness {
  year: number;
  /** The years there are figures for, oldest first, this year last. */
  years: number[];
  filters: StatisticsFilters;
  months: StatisticsMonth[];
  designationsByRoute: RouteCount[];
  designationsByCategory: CategoryCount[];
  designationsByRegion: KeyCount[];
  passRates: CallPassRate[];
  pilots: PilotTotals;
  pilotScores: PilotScore[];
  targets: TargetStatistics;
}

/** The home page's figures: the catalogue as it stands, and this year so far. */
export interface HeadlineStatistics extends StatisticsFreshness {
  year: number;
  /** Products listed in the catalogue now (designated or extended), and their companies. */
  listedProducts: number;
  companies: number;
  designations: number;
  pilotsContracted: number;
  pilotAmount: number;
  orders: number;
  orderAmount: number;
  institutions: number;
  institutionsMet: number;
  ideas: number;
}
