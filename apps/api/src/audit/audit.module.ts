import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app.config';
import { AuditListing } from './audit-listing';
import { AuditCheckpoints } from './audit-checkpoints';
import { AuditController } from './audit.controller';
import { AuditKeys } from './audit-keys';
import { AuditService } from './audit.service';

@Global()
@Module({
  controllers: [AuditController],
  providers: [{ provide: AuditKeys, useFactory: (config: AppConfig) => AuditKeys.fromConfig(config), inject: [AppConfig] }, AuditService, AuditCheckpoints, AuditListing],
  exports: [AuditService],
})
export class AuditModule {}
