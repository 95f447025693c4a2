import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Role, rolesFor, UserAction, userStatusMachine } from '@inno/contracts';
import { IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull, LongText } from '../common/validation';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { CreateStaffUserDto } from './dto/create-staff-user.dto';
import { UserQueryDto } from './dto/user-query.dto';
import { UsersService } from './users.service';
import { ApiPage, ApiView } from '../openapi/api-response.decorator';

class UserTransitionDto {
  @ApiPropertyOptional({ description: 'Why, for the audit log and the user; required to decide on joining a company that has no active administrator' })
  @IsOptionalNotNull() @IsString() @MaxLength(500) @LongText() reason?: string;
}

/** Each lifecycle route admits exactly the roles the shared state machine names. */
const transitionAccess = (action: UserAction) => Access({ roles: rolesFor(userStatusMachine, action) });

@ApiTags('users')
@Controller('v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'List accounts (계정 목록)' })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiPage('UserView')
  list(@Query() query: UserQueryDto) {
    return this.users.list(query);
  }

  @Post()
  @ApiOperation({ summary: 'Create a staff account (직원 계정 생성)' })
  @Access({ roles: [Role.ADMIN] })
  @ApiView('UserView')
  @ApiConflictResponse()
  createStaff(@CurrentActor() actor: Actor, @Body() dto: CreateStaffUserDto) {
    return this.users.createStaff(actor, dto);
  }

  @Post(':id/approve')
  @ApiOperation({ summary: 'Approve an account (계정 승인)' })
  @HttpCode(200)
  @transitionAccess(UserAction.APPROVE)
  @ApiView('UserView')
  @ApiConflictResponse({ description: 'Not pending' })
  @ApiForbiddenResponse({ description: 'A supplier joining a company that has an active administrator: the administrator decides' })
  approve(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UserTransitionDto) {
    return this.users.transition(actor, id, UserAction.APPROVE, dto.reason);
  }

  @Post(':id/reject')
  @ApiOperation({ summary: 'Reject an account (계정 거절)' })
  @HttpCode(200)
  @transitionAccess(UserAction.REJECT)
  @ApiView('UserView')
  @ApiConflictResponse({ description: 'Not pending' })
  @ApiForbiddenResponse({ description: 'A supplier joining a company that has an active administrator: the administrator decides' })
  reject(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UserTransitionDto) {
    return this.users.transition(actor, id, UserAction.REJECT, dto.reason);
  }

  @Post(':id/disable')
  @ApiOperation({ summary: 'Disable an account (계정 정지)' })
  @HttpCode(200)
  @transitionAccess(UserAction.DISABLE)
  @ApiView('UserView')
  @ApiConflictResponse()
  disable(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UserTransitionDto) {
    return this.users.transition(actor, id, UserAction.DISABLE, dto.reason);
  }

  @Post(':id/enable')
  @ApiOperation({ summary: 'Enable an account (계정 복구)' })
  @HttpCode(200)
  @transitionAccess(UserAction.ENABLE)
  @ApiView('UserView')
  @ApiConflictResponse()
  enable(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UserTransitionDto) {
    return this.users.transition(actor, id, UserAction.ENABLE, dto.reason);
  }
}
