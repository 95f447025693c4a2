import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PurchaseTargetsController } from './purchase-targets.controller';
import { PurchaseTargetsService } from './purchase-targets.service';

@Module({ imports: [AuthModule], controllers: [PurchaseTargetsController], providers: [PurchaseTargetsService], exports: [PurchaseTargetsService] })
export class PurchaseTargetsModule {}
