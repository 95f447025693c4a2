/**
 * The open-data feed in the Open Contracting Data Standard (OCDS) 1.1: the subset of the release
 * schema the platform fills. Field names and codes are the standard's; the official schema
 * (`apps/api/src/open-data/schema/`) is what the feed is validated against.
 */

export const OCDS_VERSION = '1.1';
/** The feed's license: Creative Commons Attribution 4.0 (an Open Definition conformant license). */
export const OCDS_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';
/** The KRW currency code and the business-number identifier scheme of parties that are companies. */
export const OCDS_CURRENCY = 'KRW';
export const OCDS_BUSINESS_NUMBER_SCHEME = 'KR-BRN';

/** The kinds of contracting process published, each its own `ocid` series. */
export const OcdsProcessKind = { DESIGNATION: 'designation', PILOT: 'pilot', CHALLENGE: 'challenge', ORDER: 'order' } as const;
export type OcdsProcessKind = (typeof OcdsProcessKind)[keyof typeof OcdsProcessKind];

export type OcdsReleaseTag =
  | 'planning'
  | 'planningUpdate'
  | 'tender'
  | 'tenderUpdate'
  | 'tenderCancellation'
  | 'award'
  | 'awardUpdate'
  | 'awardCancellation'
  | 'contract'
  | 'contractUpdate'
  | 'implementation'
  | 'implementationUpdate'
  | 'contractTermination'
  | 'compiled';

export interface OcdsValue {
  amount: number;
  currency: string;
}

export interface OcdsPeriod {
  startDate?: string;
  endDate?: string;
}

export interface OcdsIdentifier {
  scheme?: string;
  id: string;
  legalName?: string;
}

export interface OcdsClassification {
  scheme: string;
  id: string;
  description?: string;
}

export interface OcdsOrganizationReference {
  id: string;
  name: string;
}

export interface OcdsParty {
  id: string;
  name: string;
  identifier?: OcdsIdentifier;
  address?: { region?: string; countryName?: string };
  roles: string[];
}

export interface OcdsItem {
  id: string;
  description: string;
  classification?: OcdsClassification;
  additionalClassifications?: OcdsClassification[];
  quantity?: number;
  unit?: { name: string; value?: OcdsValue };
}

export interface OcdsDocument {
  id: string;
  documentType?: string;
  title?: string;
  description?: string;
  datePublished?: string;
  language?: string;
}

export interface OcdsMilestone {
  id: string;
  title?: string;
  type?: string;
  code?: string;
  description?: string;
  dueDate?: string;
  dateMet?: string;
  status?: 'scheduled' | 'met' | 'notMet' | 'partiallyMet';
}

export interface OcdsTransaction {
  id: string;
  source?: string;
  date?: string;
  value: OcdsValue;
  payer: OcdsOrganizationReference;
  payee: OcdsOrganizationReference;
}

export interface OcdsPlanning {
  rationale?: string;
  budget?: { description?: string; amount?: OcdsValue };
}

export interface OcdsTender {
  id: string;
  title?: string;
  description?: string;
  status?: 'planning' | 'planned' | 'active' | 'cancelled' | 'unsuccessful' | 'complete' | 'withdrawn';
  procuringEntity?: OcdsOrganizationReference;
  items?: OcdsItem[];
  value?: OcdsValue;
  procurementMethod?: 'open' | 'selective' | 'limited' | 'direct';
  procurementMethodDetails?: string;
  procurementMethodRationale?: string;
  mainProcurementCategory?: 'goods' | 'works' | 'services';
  awardCriteria?: string;
  awardCriteriaDetails?: string;
  tenderPeriod?: OcdsPeriod;
  numberOfTenderers?: number;
  documents?: OcdsDocument[];
}

export interface OcdsAward {
  id: string;
  title?: string;
  description?: string;
  status?: 'pending' | 'active' | 'cancelled' | 'unsuccessful';
  date?: string;
  value?: OcdsValue;
  suppliers?: OcdsOrganizationReference[];
  items?: OcdsItem[];
  contractPeriod?: OcdsPeriod;
}

export interface OcdsContract {
  id: string;
  awardID: string;
  title?: string;
  status?: 'pending' | 'active' | 'terminated' | 'cancelled';
  dateSigned?: string;
  value?: OcdsValue;
  items?: OcdsItem[];
  period?: OcdsPeriod;
  implementation?: { transactions?: OcdsTransaction[]; milestones?: OcdsMilestone[]; documents?: OcdsDocument[] };
}

/** One release: the state of a contracting process as it stood after one change. */
export interface OcdsRelease {
  ocid: string;
  id: string;
  /** ISO date-time of the change. */
  date: string;
  tag: OcdsReleaseTag[];
  initiationType: 'tender';
  language?: string;
  parties?: OcdsParty[];
  buyer?: OcdsOrganizationReference;
  planning?: OcdsPlanning;
  tender?: OcdsTender;
  awards?: OcdsAward[];
  contracts?: OcdsContract[];
}

export interface OcdsPublisher {
  name: string;
  uri?: string;
}

export interface OcdsReleasePackage {
  uri: string;
  version: string;
  publishedDate: string;
  publisher: OcdsPublisher;
  license: string;
  publicationPolicy?: string;
  releases: OcdsRelease[];
  /** Paging beyond the standard's fields: the next page's address, absent on the last page. */
  links?: { next?: string };
}

export interface OcdsRecord {
  ocid: string;
  /** Every release of the process, oldest first. */
  releases: OcdsRelease[];
  /** The releases merged: the process as it stands now (tag `compiled`). */
  compiledRelease: OcdsRelease;
}

export interface OcdsRecordPackage {
  uri: string;
  version: string;
  publishedDate: string;
  publisher: OcdsPublisher;
  license: string;
  publicationPolicy?: string;
  records: OcdsRecord[];
}
