import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Role, rolesFor, UserAction, userStatusMachine } from '@inno/contracts';
import { IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull, LongText } from '../common/validation';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { UserViewDto } from '../auth/dto/session.dto';
import { ApiErrorDto } from '../common/api-error.dto';
import { UuidParam } from '../common/uuid-param';
import { CreateStaffUserDto } from './dto/create-staff-user.dto';
import { UserQueryDto } from './dto/user-query.dto';
import { UsersService } from './users.service';

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
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiOkResponse({ description: 'Page of UserView' })
  list(@Query() query: UserQueryDto) {
    return this.users.list(query);
  }

  @Post()
  @Access({ roles: [Role.ADMIN] })
  @ApiCreatedResponse({ type: UserViewDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  createStaff(@CurrentActor() actor: Actor, @Body() dto: CreateStaffUserDto) {
    return this.users.createStaff(actor, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @transitionAccess(UserAction.APPROVE)
  @ApiOkResponse({ type: UserViewDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not pending' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'A supplier joining a company that has an active administrator: the administrator decides' })
  approve(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UserTransitionDto) {
    return this.users.transition(actor, id, UserAction.APPROVE, dto.reason);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @transitionAccess(UserAction.REJECT)
  @ApiOkResponse({ type: UserViewDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not pending' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'A supplier joining a company that has an active administrator: the administrator decides' })
  reject(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UserTransitionDto) {
    return this.users.transition(actor, id, UserAction.REJECT, dto.reason);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @transitionAccess(UserAction.DISABLE)
  @ApiOkResponse({ type: UserViewDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  disable(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UserTransitionDto) {
    return this.users.transition(actor, id, UserAction.DISABLE, dto.reason);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @transitionAccess(UserAction.ENABLE)
  @ApiOkResponse({ type: UserViewDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  enable(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UserTransitionDto) {
    return this.users.transition(actor, id, UserAction.ENABLE, dto.reason);
  }
}
