import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { LANGUAGES, MAIL_KINDS, Role, type Language, type MailKind, type MailPreferencesView } from '@inno/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { Access, SignedIn } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { PageQueryDto } from '../common/page-query.dto';
import { ApiPage, ApiView } from '../openapi/api-response.decorator';
import { MailPreferences } from './mail-preferences';
import { MailService } from './mail.service';

export class MailPreferencesDto {
  @ApiProperty({ enum: LANGUAGES }) @IsIn(LANGUAGES) language: Language;
  @ApiProperty({ enum: MAIL_KINDS, isArray: true, description: 'Kinds not to receive by e-mail' })
  @IsArray() @ArrayMaxSize(MAIL_KINDS.length) @ArrayUnique() @IsIn(MAIL_KINDS, { each: true })
  mutedKinds: MailKind[];
}

export class LanguageDto {
  @ApiProperty({ enum: LANGUAGES }) @IsIn(LANGUAGES) language: Language;
}

@ApiTags('mail')
@Controller('v1')
export class MailController {
  constructor(
    private readonly mail: MailService,
    private readonly preferences: MailPreferences,
  ) {}

  /** Every mail written, sent or not: without SMTP_URL, what would have been sent. */
  @Get('mail/outbox')
  @ApiOperation({ summary: 'Every mail written, newest first (메일 보관함)' })
  @Access({ roles: [Role.ADMIN] })
  @ApiPage('OutboxMailView')
  outbox(@Query() query: PageQueryDto) {
    return this.mail.outbox(query);
  }

  /** The caller's own: the service reads and writes only the signed-in user's row. */
  @Get('me/mail-preferences')
  @ApiOperation({ summary: 'My mail language and muted kinds (메일 알림 설정)' })
  @SignedIn()
  @ApiView('MailPreferencesView')
  read(@CurrentActor() actor: Actor): Promise<MailPreferencesView> {
    return this.preferences.read(actor.userId);
  }

  @Put('me/mail-preferences')
  @ApiOperation({ summary: 'Change my mail language and muted kinds (메일 알림 설정 변경)' })
  @SignedIn()
  @ApiView('MailPreferencesView')
  update(@CurrentActor() actor: Actor, @Body() dto: MailPreferencesDto): Promise<MailPreferencesView> {
    return this.preferences.update(actor.userId, dto);
  }

  /** The web's language switch: the language chosen there is the one the user's mails come in. */
  @Put('me/language')
  @ApiOperation({ summary: 'Change my language; my mails follow it (사용 언어 변경)' })
  @SignedIn()
  @ApiView('MailPreferencesView')
  setLanguage(@CurrentActor() actor: Actor, @Body() dto: LanguageDto): Promise<MailPreferencesView> {
    return this.preferences.setLanguage(actor.userId, dto.language);
  }
}
