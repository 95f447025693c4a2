import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { RuleSettingsDto } from './dto/rule-settings.dto';
import { RuleSettingsService } from './rule-settings.service';

@ApiTags('rule-settings')
@Controller('v1/rule-settings')
export class RuleSettingsController {
  constructor(private readonly ruleSettings: RuleSettingsService) {}

  /** The rules are public: applicants see the numbers they are judged by. */
  @Get()
  @Public()
  @ApiOkResponse({ description: 'RuleSettingsView: the defaults new calls and plans copy' })
  get() {
    return this.ruleSettings.view();
  }

  @Put()
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiOkResponse({ description: 'RuleSettingsView' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  update(@CurrentActor() actor: Actor, @Body() dto: RuleSettingsDto) {
    return this.ruleSettings.update(actor, dto);
  }
}
