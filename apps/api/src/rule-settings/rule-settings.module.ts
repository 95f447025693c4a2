import { Global, Module } from '@nestjs/common';
import { RuleSettingsController } from './rule-settings.controller';
import { RuleSettingsService } from './rule-settings.service';

/** Global: calls, plans and the rules that fall back to the defaults all read it. */
@Global()
@Module({ controllers: [RuleSettingsController], providers: [RuleSettingsService], exports: [RuleSettingsService] })
export class RuleSettingsModule {}
