import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { ACCESS_POLICY, AccessPolicy, PUBLIC_ROUTE } from '../auth/access.decorator';

/** A DTO class, as a handler declares it. */
export type InputClass = new (...args: never[]) => object;

export interface RegisteredRoute {
  method: string;
  path: string;
  name: string;
  /** The controller class and its handler: what other metadata (OpenAPI, HTTP code) is read from. */
  controller: { name: string; prototype: object };
  methodName: string;
  handler: object;
  policy?: AccessPolicy;
  isPublic: boolean;
  /** The class of the whole `@Body()` and of the whole `@Query()`, when the handler takes one. */
  body?: InputClass;
  query?: InputClass;
  /** Reads a multipart upload rather than a JSON body. */
  upload: boolean;
}

/** The class a handler declares for its whole body or query (`@Body() dto: X`), if any. */
function argumentType(controller: InputClass, methodName: string, type: RouteParamtypes): InputClass | undefined {
  const args: Record<string, { index: number; data?: unknown }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, methodName) ?? {};
  const arg = Object.entries(args).find(([key, value]) => key.split(':')[0] === String(type) && value.data === undefined)?.[1];
  if (!arg) return undefined;
  const declared = (Reflect.getMetadata('design:paramtypes', controller.prototype, methodName) as InputClass[])[arg.index];
  return ([Object, String, Number, Boolean, Array] as unknown[]).includes(declared) ? undefined : declared;
}

/** Every route the app's controllers register, with the access metadata the guard will read. */
export function registeredRoutes(app: INestApplication): RegisteredRoute[] {
  const scanner = new MetadataScanner();
  const routes: RegisteredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { new (...args: unknown[]): object; name: string } | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const methodName of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[methodName] as object;
        const path = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const full = `/api/${[base, String(path)].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
        routes.push({
          method,
          path: full,
          name: `${controller.name}.${methodName}`,
          controller,
          methodName,
          handler,
          policy: Reflect.getMetadata(ACCESS_POLICY, handler) ?? Reflect.getMetadata(ACCESS_POLICY, controller),
          isPublic: Boolean(Reflect.getMetadata(PUBLIC_ROUTE, handler) ?? Reflect.getMetadata(PUBLIC_ROUTE, controller)),
          body: argumentType(controller, methodName, RouteParamtypes.BODY),
          query: argumentType(controller, methodName, RouteParamtypes.QUERY),
          upload: Boolean(Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler)?.upload),
        });
      }
    }
  }
  return routes;
}
