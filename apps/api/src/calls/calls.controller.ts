import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CallKind, Role, type CallPhase } from '@inno/contracts';
import { IsIn } from 'class-validator';
import { IsOptionalNotNull } from '../common/validation';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { CallsService } from './calls.service';
import { CallInputDto } from './dto/call-input.dto';
import { ApiPage, ApiView } from '../openapi/api-response.decorator';

class CallQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['UPCOMING', 'OPEN', 'CLOSED'] }) @IsOptionalNotNull() @IsIn(['UPCOMING', 'OPEN', 'CLOSED']) phase?: CallPhase;
  @ApiPropertyOptional({ enum: Object.values(CallKind) }) @IsOptionalNotNull() @IsIn(Object.values(CallKind)) kind?: CallKind;
}

@ApiTags('calls')
@Controller('v1/calls')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @Post()
  @ApiOperation({ summary: 'Open a call (공고 등록)' })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('CallView')
  create(@CurrentActor() actor: Actor, @Body() dto: CallInputDto) {
    return this.calls.create(actor, dto);
  }

  /** Calls are public notices. */
  @Get()
  @ApiOperation({ summary: 'List calls (공고 목록)' })
  @Public()
  @ApiPage('CallView', { description: 'Page of CallView, newest first' })
  list(@Query() query: CallQueryDto) {
    return this.calls.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A call (공고 상세)' })
  @Public()
  @ApiView('CallView')
  async get(@UuidParam('id') id: string) {
    return this.calls.toView(await this.calls.get(id));
  }
}
