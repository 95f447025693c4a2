import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, OptionalActor, type Actor } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { DesignationsService } from './designations.service';
import { DecisionQueryDto, ExtensionDecisionDto, ExtensionQueryDto, ExtensionRequestDto, ReinstatementDto, RevocationDto, SuspensionDto } from './dto/designation.dto';
import { ApiList, ApiPage, ApiView } from '../openapi/api-response.decorator';

const OWN_PRODUCT = { role: Role.SUPPLIER, resource: 'product', param: 'id' } as const;

@ApiTags('designations')
@Controller('v1')
export class DesignationsController {
  constructor(private readonly designations: DesignationsService) {}

  /** Every designation, rejection, extension, suspension, revocation and expiry, with its reasons. */
  @Get('decisions')
  @ApiOperation({ summary: 'The public decisions register (지정 결정 공개 목록)' })
  @Public()
  @ApiPage('DecisionView', { description: 'Page of DecisionView, newest first' })
  decisions(@Query() query: DecisionQueryDto, @OptionalActor() viewer: Actor | null) {
    return this.designations.decisions(query, viewer);
  }

  @Post('products/:id/suspend')
  @ApiOperation({ summary: 'Suspend a designation (지정 효력 정지)' })
  @ApiView('DesignationChange')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse()
  suspend(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SuspensionDto) {
    return this.designations.move(actor, id, 'suspend', [dto.reason]);
  }

  @Post('products/:id/reinstate')
  @ApiOperation({ summary: 'Reinstate a suspended designation (지정 효력 회복)' })
  @ApiView('DesignationChange')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse()
  reinstate(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReinstatementDto) {
    return this.designations.move(actor, id, 'reinstate', [dto.reason]);
  }

  @Post('products/:id/revoke')
  @ApiOperation({ summary: 'Revoke a designation (지정 취소)' })
  @ApiView('DesignationChange')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse()
  revoke(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: RevocationDto) {
    return this.designations.move(actor, id, 'revoke', dto.reasons);
  }

  @Get('products/:id/extension-eligibility')
  @ApiOperation({ summary: 'Check the extension rules (연장 요건 확인)' })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN], owners: [OWN_PRODUCT] })
  @ApiList('RuleResult', { description: 'RuleResult[]: each extension rule with pass or fail and why' })
  extensionEligibility(@UuidParam('id') id: string) {
    return this.designations.previewExtension(id);
  }

  @Post('products/:id/extension-requests')
  @ApiOperation({ summary: 'Apply for an extension (지정 연장 신청)' })
  @Access({ roles: [], owners: [OWN_PRODUCT] })
  @ApiView('ExtensionRequestView', { description: 'ExtensionRequestView (PENDING)' })
  @ApiConflictResponse({ description: 'A rule fails (details per rule), or a request is already pending' })
  applyForExtension(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ExtensionRequestDto) {
    return this.designations.applyForExtension(actor, id, dto);
  }

  @Get('products/:id/extension-requests')
  @ApiOperation({ summary: "A product's extension requests (제품별 연장 신청)" })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN], owners: [OWN_PRODUCT] })
  @ApiPage('ExtensionRequestView')
  productExtensionRequests(@UuidParam('id') id: string, @Query() query: ExtensionQueryDto) {
    return this.designations.extensionRequests(query, id);
  }

  @Get('extension-requests')
  @ApiOperation({ summary: 'List extension requests (연장 신청 목록)' })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiPage('ExtensionRequestView')
  extensionRequests(@Query() query: ExtensionQueryDto) {
    return this.designations.extensionRequests(query);
  }

  @Post('extension-requests/:id/approve')
  @ApiOperation({ summary: 'Approve an extension (연장 승인)' })
  @ApiView('ExtensionRequestView')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse()
  approve(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ExtensionDecisionDto) {
    return this.designations.decideExtension(actor, id, true, dto.reason);
  }

  @Post('extension-requests/:id/refuse')
  @ApiOperation({ summary: 'Refuse an extension (연장 거절)' })
  @ApiView('ExtensionRequestView')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse()
  refuse(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ExtensionDecisionDto) {
    return this.designations.decideExtension(actor, id, false, dto.reason);
  }
}
