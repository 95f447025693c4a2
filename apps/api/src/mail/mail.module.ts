import { Global, Module } from '@nestjs/common';
import { PurchaseTargetsModule } from '../purchase-targets/purchase-targets.module';
import { MailController } from './mail.controller';
import { MailPreferences } from './mail-preferences';
import { MailService } from './mail.service';
import { Reminders } from './reminders';

@Global()
@Module({ imports: [PurchaseTargetsModule], controllers: [MailController], providers: [MailService, MailPreferences, Reminders], exports: [MailService, Reminders] })
export class MailModule {}
