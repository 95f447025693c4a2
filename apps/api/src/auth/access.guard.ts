import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ForbiddenError, InvalidInputError, UnauthenticatedError } from '../common/domain-errors';
import { ACCESS_POLICY, AccessPolicy, PUBLIC_ROUTE } from './access.decorator';
import type { AuthenticatedRequest } from './authenticated-user';
import { OwnershipRegistry } from './ownership';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const JwtAuthGuard = AuthGuard('jwt');

/**
 * The global guard. Public routes pass; every other route must carry an access
 * policy (a route with neither is refused, fail-closed) and the caller must hold
 * one of its roles or own the record it names.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);
  private readonly jwt = new JwtAuthGuard();

  constructor(
    private readonly reflector: Reflector,
    private readonly ownership: OwnershipRegistry,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      // A public route may still show more to a signed-in caller (their own unpublished records).
      const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
      if (request.headers.authorization) await this.authenticate(context).catch(() => (request.user = undefined));
      return true;
    }
    const policy = this.reflector.getAllAndOverride<AccessPolicy>(ACCESS_POLICY, targets);
    if (!policy) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} has no access policy`);
      throw new ForbiddenError('This route has no access policy', 'NO_ACCESS_POLICY');
    }

    await this.authenticate(context);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const user = request.user!;
    const anySignedIn = policy.roles.length === 0 && !policy.owners?.length;
    if (anySignedIn || policy.roles.includes(user.role)) return true;

    const params = (request.params ?? {}) as Record<string, string>;
    for (const rule of policy.owners ?? []) {
      if (rule.role !== user.role) continue;
      const id = params[rule.param];
      if (!id || !UUID.test(id)) throw new InvalidInputError(rule.param, `${rule.param} must be a UUID`, { code: 'FIELD_NOT_ID' });
      if (await this.ownership.owns(user, rule.resource, id)) return true;
      throw new ForbiddenError(`This ${rule.resource} is not yours`, 'NOT_OWNER', undefined, { resource: rule.resource });
    }
    throw new ForbiddenError(`Your role (${user.role}) may not do this`, 'ROLE_NOT_ALLOWED', undefined, { role: user.role });
  }

  private async authenticate(context: ExecutionContext): Promise<void> {
    try {
      await this.jwt.canActivate(context);
    } catch (error) {
      if (error instanceof ForbiddenError) throw error;
      throw new UnauthenticatedError('Sign in first: the access token is missing, invalid or expired', 'UNAUTHENTICATED');
    }
  }
}
