import type { ApiError, AuditCheckpointView, AuditFilterOptions, AuditListItem, AuditPublicKey, AuditVerification, CompanyView, HealthResponse, InstitutionView, Page, SessionResponse, SignupResponse, UserView } from './api';
import type { CatalogPage, CategoryView, CompanyDocumentView, CompanyMemberView, ImportJobView, ProductDetail, ProductSummary, ProductVersionView, ProductView, StoredFileView } from './catalogue';
import type { ChallengeView, IdeaReviewView, IdeaSupport, IdeaView, IncubationTaskView, SolutionsView } from './challenges';
import type {
  AgendaItemView,
  CallView,
  DecisionView,
  DesignationChange,
  ExtensionRequestView,
  MinutesView,
  NotificationPage,
  ProposalView,
  RoomView,
  RuleResult,
  SanctionView,
  SessionView,
} from './designation';
import type { MatchingProposal, PilotPlanView, PilotView, PlanProductView, PlanResultRow, ProductPilotResults, SavedUsePlan } from './pilots';
import type { MailPreferencesView, OutboxMailView } from './mail';
import type { OcdsRecordPackage, OcdsReleasePackage } from './ocds';
import type { ConcernView, ObserverSessionSummary, ObserverSessionView } from './observers';
import type { SuggestionList } from './matchmaking';
import type { OrderView, ProductPurchaseCount, SectorRateRow, SectorRateView, TargetDashboard, TargetRanking } from './orders';
import type { RuleSettingsView } from './rules';
import type { DemoDayResultsView, DemoDayView, InvitationView, MyAllocationsView, NominationView, ScoutingRoundView } from './scouting';
import type { SynonymGroupView } from './search-text';
import type { HeadlineStatistics, StatisticsView } from './statistics';

/**
 * Every body the API answers with, by the name its OpenAPI document gives it. A route names its
 * view once (`@ApiView('ProductView')`, `@ApiList`, `@ApiPage` in apps/api/src/openapi), which must
 * be what its handler returns, and the document's schemas are generated from these interfaces:
 * a new view is one line here. `ApiError` is every error's body; `Page` the shape of every page.
 */
export interface ResponseViews {
  AgendaItemView: AgendaItemView;
  ApiError: ApiError;
  AuditCheckpointView: AuditCheckpointView;
  AuditFilterOptions: AuditFilterOptions;
  AuditListItem: AuditListItem;
  AuditPublicKey: AuditPublicKey;
  AuditVerification: AuditVerification;
  CallView: CallView;
  CatalogPage: CatalogPage;
  ConcernView: ConcernView;
  CategoryView: CategoryView;
  ChallengeView: ChallengeView;
  CompanyDocumentView: CompanyDocumentView;
  CompanyMemberView: CompanyMemberView;
  CompanyView: CompanyView;
  DecisionView: DecisionView;
  DemoDayResultsView: DemoDayResultsView;
  DemoDayView: DemoDayView;
  DesignationChange: DesignationChange;
  ExtensionRequestView: ExtensionRequestView;
  HeadlineStatistics: HeadlineStatistics;
  HealthResponse: HealthResponse;
  IdeaReviewView: IdeaReviewView;
  IdeaSupport: IdeaSupport;
  IdeaView: IdeaView;
  ImportJobView: ImportJobView;
  IncubationTaskView: IncubationTaskView;
  InstitutionView: InstitutionView;
  InvitationView: InvitationView;
  MatchingProposal: MatchingProposal;
  MailPreferencesView: MailPreferencesView;
  MinutesView: MinutesView;
  MyAllocationsView: MyAllocationsView;
  NominationView: NominationView;
  NotificationPage: NotificationPage;
  OcdsRecordPackage: OcdsRecordPackage;
  OcdsReleasePackage: OcdsReleasePackage;
  ObserverSessionSummary: ObserverSessionSummary;
  ObserverSessionView: ObserverSessionView;
  OrderView: OrderView;
  OutboxMailView: OutboxMailView;
  Page: Page<unknown>;
  PilotPlanView: PilotPlanView;
  PilotView: PilotView;
  PlanProductView: PlanProductView;
  PlanResultRow: PlanResultRow;
  ProductDetail: ProductDetail;
  ProductPilotResults: ProductPilotResults;
  ProductPurchaseCount: ProductPurchaseCount;
  ProductSummary: ProductSummary;
  ProductVersionView: ProductVersionView;
  ProductView: ProductView;
  ProposalView: ProposalView;
  RoomView: RoomView;
  RuleResult: RuleResult;
  RuleSettingsView: RuleSettingsView;
  SanctionView: SanctionView;
  SavedUsePlan: SavedUsePlan;
  ScoutingRoundView: ScoutingRoundView;
  SectorRateRow: SectorRateRow;
  SectorRateView: SectorRateView;
  SessionResponse: SessionResponse;
  SessionView: SessionView;
  SignupResponse: SignupResponse;
  SolutionsView: SolutionsView;
  StatisticsView: StatisticsView;
  StoredFileView: StoredFileView;
  SuggestionList: SuggestionList;
  SynonymGroupView: SynonymGroupView;
  TargetDashboard: TargetDashboard;
  TargetRanking: TargetRanking;
  UserView: UserView;
}
