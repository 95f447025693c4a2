import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CompaniesModule } from './companies/companies.module';
import { AppConfig } from './config/app.config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { PublicReadsModule } from './database/public-reads';
import { HealthController } from './health/health.controller';
import { InstitutionsModule } from './institutions/institutions.module';
import { CategoriesModule } from './categories/categories.module';
import { ProductImportsModule } from './product-imports/product-imports.module';
import { ProductsModule } from './products/products.module';
import { StorageModule } from './storage/storage.module';
import { CallsModule } from './calls/calls.module';
import { ClockModule } from './clock/clock';
import { CommitteeModule } from './committee/committee.module';
import { DesignationsModule } from './designations/designations.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { QueueModule } from './queue/queue.module';
import { PilotsModule } from './pilots/pilots.module';
import { ProposalsModule } from './proposals/proposals.module';
import { RuleSettingsModule } from './rule-settings/rule-settings.module';
import { ScoutingModule } from './scouting/scouting.module';
import { UsersModule } from './users/users.module';
import { ChallengesModule } from './challenges/challenges.module';
import { IdeasModule } from './ideas/ideas.module';
import { OrdersModule } from './orders/orders.module';
import { PurchaseTargetsModule } from './purchase-targets/purchase-targets.module';
import { OpenDataModule } from './open-data/open-data.module';
import { ObserversModule } from './observers/observers.module';
import { StatisticsModule } from './statistics/statistics.module';
import { MatchmakingModule } from './matchmaking/matchmaking.module';

@Module({})
export class AppModule {
  /** `databaseUrl` is resolved before boot: the embedded server's, or DATABASE_URL. */
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.DB_POOL_SIZE)),
        PublicReadsModule,
        AuditModule,
        AuthModule,
        UsersModule,
        CompaniesModule,
        InstitutionsModule,
        StorageModule,
        CategoriesModule,
        ProductsModule,
        ProductImportsModule,
        ClockModule,
        QueueModule,
        MailModule,
        NotificationsModule,
        RuleSettingsModule,
        ScoutingModule,
        CallsModule,
        ProposalsModule,
        DesignationsModule,
        CommitteeModule,
        ChallengesModule,
        IdeasModule,
        PilotsModule,
        OrdersModule,
        PurchaseTargetsModule,
        OpenDataModule,
        ObserversModule,
        StatisticsModule,
        MatchmakingModule,
      ],
      controllers: [HealthController],
    };
  }
}
