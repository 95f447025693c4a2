import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { SanctionDto, SanctionLiftDto } from './dto/sanction.dto';
import { SanctionsService } from './sanctions.service';
import { ApiList, ApiView } from '../openapi/api-response.decorator';

@ApiTags('companies')
@Controller('v1/companies/:id/sanctions')
export class SanctionsController {
  constructor(private readonly sanctions: SanctionsService) {}

  /** The company's sanctions, lifted ones included: staff, and the company itself. */
  @Get()
  @ApiOperation({ summary: "A company's sanctions (기업 제재 이력)" })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN], owners: [{ role: Role.SUPPLIER, resource: 'company', param: 'id' }] })
  @ApiList('SanctionView', { description: 'SanctionView[], newest first' })
  list(@UuidParam('id') id: string) {
    return this.sanctions.list(id);
  }

  @Post()
  @ApiOperation({ summary: 'Impose a sanction (제재 부과)' })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('SanctionView', { description: 'SanctionView; published on the decisions register' })
  @ApiBadRequestResponse({ description: 'A start in the future, a length outside 1 to 24 months, a missing reason or legal basis' })
  impose(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SanctionDto) {
    return this.sanctions.impose(actor, id, dto);
  }

  @Post(':sanctionId/lift')
  @ApiOperation({ summary: 'Lift a sanction (제재 해제)' })
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('SanctionView', { description: 'SanctionView, lifted from today' })
  @ApiConflictResponse({ description: 'Already lifted, or already over' })
  lift(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('sanctionId') sanctionId: string, @Body() dto: SanctionLiftDto) {
    return this.sanctions.lift(actor, id, sanctionId, dto.reason);
  }
}
