import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { UuidParam } from '../common/uuid-param';
import { DesignationsService } from './designations.service';
import { DecisionQueryDto, ExtensionDecisionDto, ExtensionQueryDto, ExtensionRequestDto, ReinstatementDto, RevocationDto, SuspensionDto } from './dto/designation.dto';

const OWN_PRODUCT = { role: Role.SUPPLIER, resource: 'product', param: 'id' } as const;

@ApiTags('designations')
@Controller('v1')
export class DesignationsController {
  constructor(private readonly designations: DesignationsService) {}

  /** Every designation, rejection, extension, suspension, revocation and expiry, with its reasons. */
  @Get('decisions')
  @Public()
  @ApiOkResponse({ description: 'Page of DecisionView, newest first' })
  decisions(@Query() query: DecisionQueryDto) {
    return this.designations.decisions(query);
  }

  @Post('products/:id/suspend')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ type: ApiErrorDto })
  suspend(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SuspensionDto) {
    return this.designations.move(actor, id, 'suspend', [dto.reason]);
  }

  @Post('products/:id/reinstate')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ type: ApiErrorDto })
  reinstate(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReinstatementDto) {
    return this.designations.move(actor, id, 'reinstate', [dto.reason]);
  }

  @Post('products/:id/revoke')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ type: ApiErrorDto })
  revoke(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: RevocationDto) {
    return this.designations.move(actor, id, 'revoke', dto.reasons);
  }

  @Get('products/:id/extension-eligibility')
  @Access({ roles: [Role.OPERATOR, Role.ADMIN], owners: [OWN_PRODUCT] })
  @ApiOkResponse({ description: 'RuleResult[]: each extension rule with pass or fail and why' })
  extensionEligibility(@UuidParam('id') id: string) {
    return this.designations.previewExtension(id);
  }

  @Post('products/:id/extension-requests')
  @Access({ roles: [], owners: [OWN_PRODUCT] })
  @ApiCreatedResponse({ description: 'ExtensionRequestView (PENDING)' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'A rule fails (details per rule), or a request is already pending' })
  applyForExtension(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ExtensionRequestDto) {
    return this.designations.applyForExtension(actor, id, dto);
  }

  @Get('products/:id/extension-requests')
  @Access({ roles: [Role.OPERATOR, Role.ADMIN], owners: [OWN_PRODUCT] })
  @ApiOkResponse({ description: 'Page of ExtensionRequestView' })
  productExtensionRequests(@UuidParam('id') id: string, @Query() query: ExtensionQueryDto) {
    return this.designations.extensionRequests(query, id);
  }

  @Get('extension-requests')
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiOkResponse({ description: 'Page of ExtensionRequestView' })
  extensionRequests(@Query() query: ExtensionQueryDto) {
    return this.designations.extensionRequests(query);
  }

  @Post('extension-requests/:id/approve')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ type: ApiErrorDto })
  approve(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ExtensionDecisionDto) {
    return this.designations.decideExtension(actor, id, true, dto.reason);
  }

  @Post('extension-requests/:id/refuse')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ type: ApiErrorDto })
  refuse(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ExtensionDecisionDto) {
    return this.designations.decideExtension(actor, id, false, dto.reason);
  }
}
