import { Global, Module } from '@nestjs/common';
import { AuditListing } from './audit-listing';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

@Global()
@Module({ controllers: [AuditController], providers: [AuditService, AuditListing], exports: [AuditService] })
export class AuditModule {}
