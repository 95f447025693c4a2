import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { UuidParam } from '../common/uuid-param';
import { SanctionDto, SanctionLiftDto } from './dto/sanction.dto';
import { SanctionsService } from './sanctions.service';

@ApiTags('companies')
@Controller('v1/companies/:id/sanctions')
export class SanctionsController {
  constructor(private readonly sanctions: SanctionsService) {}

  /** The company's sanctions, lifted ones included: staff, and the company itself. */
  @Get()
  @Access({ roles: [Role.OPERATOR, Role.ADMIN], owners: [{ role: Role.SUPPLIER, resource: 'company', param: 'id' }] })
  @ApiOkResponse({ description: 'SanctionView[], newest first' })
  list(@UuidParam('id') id: string) {
    return this.sanctions.list(id);
  }

  @Post()
  @Access({ roles: [Role.OPERATOR] })
  @ApiCreatedResponse({ description: 'SanctionView; published on the decisions register' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'A start in the future, a length outside 1 to 24 months, a missing reason or legal basis' })
  impose(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SanctionDto) {
    return this.sanctions.impose(actor, id, dto);
  }

  @Post(':sanctionId/lift')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiOkResponse({ description: 'SanctionView, lifted from today' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already lifted, or already over' })
  lift(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('sanctionId') sanctionId: string, @Body() dto: SanctionLiftDto) {
    return this.sanctions.lift(actor, id, sanctionId, dto.reason);
  }
}
