import { Global, Module } from '@nestjs/common';
import { MailController } from './mail.controller';
import { MailPreferences } from './mail-preferences';
import { MailService } from './mail.service';
import { Reminders } from './reminders';

@Global()
@Module({ controllers: [MailController], providers: [MailService, MailPreferences, Reminders], exports: [MailService, Reminders] })
export class MailModule {}
