import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from '@inno/contracts';
import type { FastifyRequest } from 'fastify';

/** The signed-in user as the guard resolved it, plus the request id for the audit log. */
export interface Actor {
  userId: string;
  role: Role;
  companyId: string | null;
  institutionId: string | null;
  requestId: string;
}

export type AuthenticatedRequest = FastifyRequest & { user?: Omit<Actor, 'requestId'> };

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new Error('CurrentActor used on a route without an access policy');
  return { ...request.user, requestId: String(request.id) };
});

export const RequestId = createParamDecorator((_: unknown, ctx: ExecutionContext): string =>
  String(ctx.switchToHttp().getRequest<FastifyRequest>().id),
);

/** The caller on a public route: the signed-in actor when a valid token came with the request, else null. */
export const OptionalActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | null => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  return request.user ? { ...request.user, requestId: String(request.id) } : null;
});
