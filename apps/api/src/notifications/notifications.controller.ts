import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { IsOptionalNotNull } from '../common/validation';
import { SignedIn } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { NotificationsService } from './notifications.service';
import { ApiView } from '../openapi/api-response.decorator';

class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(({ obj }) => (obj.unread === 'true' ? true : obj.unread === 'false' ? false : obj.unread)) @IsBoolean() unread?: boolean;
}

/** Each user's own notifications: the route needs no role, the service reads only the caller's. */
@ApiTags('notifications')
@Controller('v1/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'My notifications (내 알림)' })
  @SignedIn()
  @ApiView('NotificationPage', { description: 'Newest first, with the unread count' })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationQueryDto) {
    return this.notifications.list(actor.userId, query);
  }

  @Post(':id/read')
  @ApiOperation({ summary: 'Mark a notification read (알림 읽음)' })
  @HttpCode(204)
  @SignedIn()
  @ApiNoContentResponse()
  async markRead(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<void> {
    await this.notifications.markRead(actor.userId, [id]);
  }
}
