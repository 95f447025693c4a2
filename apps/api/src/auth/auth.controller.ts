import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { SESSION_HINT_COOKIE } from '@inno/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app.config';
import { Public, SignedIn } from './access.decorator';
import { AuthService, IssuedSession } from './auth.service';
import { CurrentActor, RequestId, type Actor } from './authenticated-user';
import { LoginDto } from './dto/login.dto';
import { SignupDto } from './dto/signup.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { AuthRateLimitGuard } from './sign-in-throttle';
import { ApiView } from '../openapi/api-response.decorator';
import { SESSION_EXAMPLE, SIGNUP_EXAMPLE } from '../openapi/examples';

export const REFRESH_COOKIE = 'inno_refresh';
const REFRESH_COOKIE_PATH = '/api/v1/auth';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('signup')
  @ApiOperation({ summary: 'Sign up (회원가입)' })
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @ApiView('SignupResponse', { example: SIGNUP_EXAMPLE })
  @ApiBadRequestResponse({ description: 'Invalid fields, e.g. a business number whose check digit is wrong' })
  @ApiConflictResponse({ description: 'E-mail or company already registered' })
  @ApiTooManyRequestsResponse()
  signup(@Body() dto: SignupDto, @RequestId() requestId: string) {
    return this.auth.signup(dto, requestId);
  }

  @Post('login')
  @ApiOperation({ summary: 'Sign in (로그인)' })
  @Public()
  @HttpCode(200)
  @UseGuards(AuthRateLimitGuard)
  @ApiView('SessionResponse', { description: 'Also sets the httpOnly refresh cookie', example: SESSION_EXAMPLE })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password' })
  @ApiForbiddenResponse({ description: 'Account pending, rejected or disabled' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from the address, or failures for the e-mail: see Retry-After' })
  async login(@Body() dto: LoginDto, @Req() request: FastifyRequest, @RequestId() requestId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.withCookie(reply, await this.auth.login(dto, request.ip, requestId));
  }

  @Post('refresh')
  @ApiOperation({ summary: 'Renew the session (세션 갱신)' })
  @Public()
  @HttpCode(200)
  @ApiView('SessionResponse', { description: 'Rotates the refresh cookie', example: SESSION_EXAMPLE })
  @ApiUnauthorizedResponse({ description: 'No, expired or reused refresh token' })
  async refresh(@Req() request: FastifyRequest, @RequestId() requestId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    try {
      return this.withCookie(reply, await this.auth.refresh(request.cookies[REFRESH_COOKIE], requestId));
    } catch (error) {
      this.clearCookie(reply);
      throw error;
    }
  }

  /** Public so that a client whose access token expired can still end its session. */
  @Post('logout')
  @ApiOperation({ summary: 'Sign out (로그아웃)' })
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The refresh token family is revoked and the cookie cleared' })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(request.cookies[REFRESH_COOKIE]);
    this.clearCookie(reply);
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in account (내 계정)' })
  @SignedIn()
  @ApiView('UserView')
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor.userId);
  }

  @Patch('me')
  @ApiOperation({ summary: 'Change my name or password (내 정보 수정)' })
  @SignedIn()
  @ApiView('UserView')
  @ApiTooManyRequestsResponse({ description: 'Too many wrong current passwords: counted with failed sign-ins' })
  async updateProfile(
    @CurrentActor() actor: Actor,
    @Body() dto: UpdateProfileDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { user, session } = await this.auth.updateProfile(actor, dto, request.ip);
    if (session) this.withCookie(reply, session);
    return user;
  }

  private withCookie(reply: FastifyReply, issued: IssuedSession) {
    reply.setCookie(REFRESH_COOKIE, issued.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: REFRESH_COOKIE_PATH,
      expires: issued.refreshExpiresAt,
    });
    reply.setCookie(SESSION_HINT_COOKIE, '1', { sameSite: 'strict', secure: this.config.cookieSecure, path: '/', expires: issued.refreshExpiresAt });
    return issued.session;
  }

  private clearCookie(reply: FastifyReply) {
    reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure: this.config.cookieSecure });
    reply.clearCookie(SESSION_HINT_COOKIE, { path: '/', sameSite: 'strict', secure: this.config.cookieSecure });
  }
}
