import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CallKind, Role, type CallPhase } from '@inno/contracts';
import { IsIn } from 'class-validator';
import { IsOptionalNotNull } from '../common/validation';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { CallsService } from './calls.service';
import { CallInputDto } from './dto/call-input.dto';

class CallQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['UPCOMING', 'OPEN', 'CLOSED'] }) @IsOptionalNotNull() @IsIn(['UPCOMING', 'OPEN', 'CLOSED']) phase?: CallPhase;
  @ApiPropertyOptional({ enum: Object.values(CallKind) }) @IsOptionalNotNull() @IsIn(Object.values(CallKind)) kind?: CallKind;
}

@ApiTags('calls')
@Controller('v1/calls')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @Post()
  @Access({ roles: [Role.OPERATOR] })
  @ApiCreatedResponse({ description: 'CallView' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CallInputDto) {
    return this.calls.create(actor, dto);
  }

  /** Calls are public notices. */
  @Get()
  @Public()
  @ApiOkResponse({ description: 'Page of CallView, newest first' })
  list(@Query() query: CallQueryDto) {
    return this.calls.list(query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ description: 'CallView' })
  async get(@UuidParam('id') id: string) {
    return this.calls.toView(await this.calls.get(id));
  }
}
