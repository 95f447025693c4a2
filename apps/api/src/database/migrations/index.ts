import type { MigrationInterface } from 'typeorm';
import { AuditMac1795461000000 } from './1795461000000-AuditMac';
import { Catalogue1795457930171 } from './1795457930171-Catalogue';
import { CatalogueRegionWalk1795460000000 } from './1795460000000-CatalogueRegionWalk';
import { ChallengeCommitteeIncubation1795476000000 } from './1795476000000-ChallengeCommitteeIncubation';
import { ChallengesIdeas1795470000000 } from './1795470000000-ChallengesIdeas';
import { CommitteeAttendance1795464000000 } from './1795464000000-CommitteeAttendance';
import { Designation1795458573982 } from './1795458573982-Designation';
import { DesignationRecords1795465100000 } from './1795465100000-DesignationRecords';
import { ImportProblemCodes1795479000000 } from './1795479000000-ImportProblemCodes';
import { Initial1795456975314 } from './1795456975314-Initial';
import { KoreanRoomNames1795472000000 } from './1795472000000-KoreanRoomNames';
import { KoreanSearch1795467000000 } from './1795467000000-KoreanSearch';
import { MailOutbox1795478000000 } from './1795478000000-MailOutbox';
import { MessageCodes1795469000000 } from './1795469000000-MessageCodes';
import { Observers1795483000000 } from './1795483000000-Observers';
import { OcdsReleases1795482000000 } from './1795482000000-OcdsReleases';
import { OrdersPurchaseTargets1795477000000 } from './1795477000000-OrdersPurchaseTargets';
import { PilotRechecksImportChecks1795466000000 } from './1795466000000-PilotRechecksImportChecks';
import { Pilots1795459059438 } from './1795459059438-Pilots';
import { PublishedReasonCodes1795473000000 } from './1795473000000-PublishedReasonCodes';
import { RuleSettings1795460500000 } from './1795460500000-RuleSettings';
import { Scouting1795471000000 } from './1795471000000-Scouting';
import { SeedInstitutions1795456976314 } from './1795456976314-SeedInstitutions';
import { SignInCounters1795463000000 } from './1795463000000-SignInCounters';
import { StoredFileChunks1795484000000 } from './1795484000000-StoredFileChunks';

/** Every migration in order; `npm run db:migration:generate -- Name` writes new ones to add here. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795456975314,
  SeedInstitutions1795456976314,
  Catalogue1795457930171,
  Designation1795458573982,
  Pilots1795459059438,
  CatalogueRegionWalk1795460000000,
  RuleSettings1795460500000,
  AuditMac1795461000000,
  SignInCounters1795463000000,
  CommitteeAttendance1795464000000,
  DesignationRecords1795465100000,
  PilotRechecksImportChecks1795466000000,
  KoreanSearch1795467000000,
  MessageCodes1795469000000,
  ChallengesIdeas1795470000000,
  Scouting1795471000000,
  KoreanRoomNames1795472000000,
  PublishedReasonCodes1795473000000,
  ChallengeCommitteeIncubation1795476000000,
  OrdersPurchaseTargets1795477000000,
  MailOutbox1795478000000,
  ImportProblemCodes1795479000000,
  OcdsReleases1795482000000,
  Observers1795483000000,
  StoredFileChunks1795484000000,
];
