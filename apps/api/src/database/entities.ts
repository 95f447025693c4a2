import { AuditCheckpoint } from '../audit/audit-checkpoint.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { SignInCounter } from '../auth/sign-in-counter.entity';
import { Company } from '../companies/company.entity';
import { Institution } from '../institutions/institution.entity';
import { Category } from '../categories/category.entity';
import { CompanyDocument } from '../companies/company-document.entity';
import { CompanySanction } from '../companies/company-sanction.entity';
import { ImportJob } from '../product-imports/import-job.entity';
import { ProductPrice } from '../products/product-price.entity';
import { ProductVersion } from '../products/product-version.entity';
import { Product } from '../products/product.entity';
import { StoredFile } from '../storage/stored-file.entity';
import { StoredFileChunk } from '../storage/stored-file-chunk.entity';
import { Call } from '../calls/call.entity';
import { AgendaItem, ItemDeclaration, ItemScore, ItemVote } from '../committee/agenda-item.entity';
import { CommitteeSession } from '../committee/committee-session.entity';
import { Room } from '../committee/room.entity';
import { Decision } from '../designations/decision.entity';
import { Designation } from '../designations/designation.entity';
import { ExtensionRequest } from '../designations/extension-request.entity';
import { Mail, ReminderSent } from '../mail/mail.entity';
import { Notification } from '../notifications/notification.entity';
import { PilotApplication, PilotCheckIn } from '../pilots/pilot-application.entity';
import { PilotPlan, PilotPlanProduct } from '../pilots/pilot-plan.entity';
import { RuleSettingsRecord } from '../rule-settings/rule-settings.entity';
import { Proposal } from '../proposals/proposal.entity';
import { DemoDay, DemoDayAllocation, DemoDayPanelist } from '../scouting/demo-day.entity';
import { Nomination } from '../scouting/nomination.entity';
import { ScoutingRound } from '../scouting/scouting-round.entity';
import { SearchSynonym } from '../search/search-synonym.entity';
import { User } from '../users/user.entity';
import { Challenge } from '../challenges/challenge.entity';
import { Idea, IdeaReview, IdeaSupport } from '../ideas/idea.entity';
import { IncubationTask } from '../ideas/incubation-task.entity';
import { Order, OrderDocument } from '../orders/order.entity';
import { InstitutionGoodsPurchases, SectorTargetRate } from '../purchase-targets/purchase-target.entity';
import { OcdsProcessRow, OcdsReleaseRow } from '../open-data/ocds-release.entity';
import { Concern } from '../observers/concern.entity';

/** Every entity, listed once: the app, the migration runner and the drift check use this list. */
export const ENTITIES = [
  User,
  Company,
  Institution,
  RefreshToken,
  SignInCounter,
  AuditEvent,
  AuditCheckpoint,
  Category,
  StoredFile,
  StoredFileChunk,
  CompanyDocument,
  Product,
  ProductVersion,
  ProductPrice,
  ImportJob,
  Call,
  Proposal,
  Room,
  CommitteeSession,
  AgendaItem,
  ItemDeclaration,
  ItemScore,
  ItemVote,
  Decision,
  ExtensionRequest,
  Notification,
  Mail,
  ReminderSent,
  PilotPlan,
  PilotPlanProduct,
  PilotApplication,
  PilotCheckIn,
  RuleSettingsRecord,
  ScoutingRound,
  Nomination,
  DemoDay,
  DemoDayPanelist,
  DemoDayAllocation,
  Designation,
  CompanySanction,
  Challenge,
  Idea,
  IdeaSupport,
  IdeaReview,
  IncubationTask,
  SearchSynonym,
  Order,
  OrderDocument,
  InstitutionGoodsPurchases,
  SectorTargetRate,
  OcdsReleaseRow,
  OcdsProcessRow,
  Concern,
];
