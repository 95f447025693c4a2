import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { RuleSettingsDto } from './dto/rule-settings.dto';
import { RuleSettingsService } from './rule-settings.service';
import { ApiView } from '../openapi/api-response.decorator';

@ApiTags('rule-settings')
@Controller('v1/rule-settings')
export class RuleSettingsController {
  constructor(private readonly ruleSettings: RuleSettingsService) {}

  /** The rules are public: applicants see the numbers they are judged by. */
  @Get()
  @ApiOperation({ summary: 'The rule settings (운영 기준)' })
  @Public()
  @ApiView('RuleSettingsView', { description: 'RuleSettingsView: the defaults new calls and plans copy' })
  get() {
    return this.ruleSettings.view();
  }

  @Put()
  @ApiOperation({ summary: 'Change the rule settings (운영 기준 변경)' })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiView('RuleSettingsView')
  update(@CurrentActor() actor: Actor, @Body() dto: RuleSettingsDto) {
    return this.ruleSettings.update(actor, dto);
  }
}
