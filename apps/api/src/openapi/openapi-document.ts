import { ParseUUIDPipe, type INestApplication } from '@nestjs/common';
import { HTTP_CODE_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AccessPolicy } from '../auth/access.decorator';
import { registeredRoutes, type RegisteredRoute } from '../common/registered-routes';
import { API_RESPONSE, type ApiResponseSpec } from './api-response.decorator';
import { ERROR_EXAMPLES } from './examples';

/** The checked-in document: `npm run api:spec` writes it, `/api/docs` serves it, `openapi-document.spec.ts` keeps it true. */
export const OPENAPI_FILE = join(__dirname, '../../openapi.json');

export function readOpenApiDocument(): OpenAPIObject {
  return JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as OpenAPIObject;
}

export const serialiseOpenApiDocument = (document: OpenAPIObject): string => `${JSON.stringify(document, null, 2)}\n`;

const BEARER = 'bearer';

/** Why each error status is given, unless the route words it itself. */
const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The input breaks a rule: `details` and `detailCodes` name each field (입력 오류: 항목별 사유)',
  401: 'Not signed in, or the token expired (로그인 필요)',
  404: 'No such record, or not one the caller may see (없는 기록)',
  409: 'The record’s state does not allow the move (상태 충돌)',
  413: 'The file is larger than its kind allows (파일 용량 초과)',
  429: 'Too many attempts: wait as `Retry-After` says (요청 과다)',
};

const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });
const errorExampleName = (status: number) => `Error${status}`;

function who(policy: AccessPolicy): string {
  const roles = [...policy.roles, ...(policy.owners ?? []).map((o) => `${o.role} (own ${o.resource})`)];
  return `Allowed: ${roles.join(', ') || 'any signed-in user'}`;
}

function successSchema(spec: ApiResponseSpec): SchemaObject | ReferenceObject {
  if (spec.shape === 'one') return ref(spec.view);
  if (spec.shape === 'list') return { type: 'array', items: ref(spec.view) };
  return ref(`${spec.view}Page`);
}

/** `Page<unknown>` of the contracts with its items made the view: one component per paged view. */
function pageSchemas(schemas: Record<string, SchemaObject>, views: Set<string>): Record<string, SchemaObject> {
  const page = schemas['Page<unknown>'];
  if (!page) throw new Error('ResponseViews must name Page<unknown>: the shape of every page');
  return Object.fromEntries(
    [...views].map((view) => [`${view}Page`, { ...page, properties: { ...page.properties, items: { type: 'array', items: ref(view) } } }]),
  );
}

/** The success response: the view the handler names with `@ApiView`/`@ApiList`/`@ApiPage`, at the status it answers with. */
function documentSuccess(route: RegisteredRoute, operation: OperationObject, spec: ApiResponseSpec | undefined): void {
  const status = String(Reflect.getMetadata(HTTP_CODE_METADATA, route.handler) ?? (route.method === 'POST' ? 201 : 200));
  const declared = operation.responses[status] as ResponseObject | undefined;
  if (!spec) {
    if (status !== '204' && !declared?.content) {
      throw new Error(`${route.name} answers ${status} without a schema: name its view with @ApiView, @ApiList or @ApiPage (apps/api/src/openapi)`);
    }
    return;
  }
  for (const code of Object.keys(operation.responses)) if (code.startsWith('2')) delete operation.responses[code];
  operation.responses[status] = {
    description: spec.description ?? declared?.description ?? spec.view,
    content: { 'application/json': { schema: successSchema(spec), ...(spec.example === undefined ? {} : { example: spec.example }) } },
  };
}

/** Path parameters read through `UuidParam` (a `ParseUUIDPipe`) are UUIDs: say so, as the 400 for anything else does. */
function documentUuidParameters(route: RegisteredRoute, operation: OperationObject): void {
  const args = Object.entries(Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.methodName) ?? {}) as [string, { data?: unknown; pipes?: unknown[] }][];
  const uuids = new Set(
    args.filter(([key, arg]) => key.split(':')[0] === String(RouteParamtypes.PARAM) && arg.pipes?.some((pipe) => pipe instanceof ParseUUIDPipe)).map(([, arg]) => arg.data),
  );
  for (const parameter of operation.parameters ?? []) {
    if ('in' in parameter && parameter.in === 'path' && uuids.has(parameter.name)) parameter.schema = { type: 'string', format: 'uuid' };
  }
}

/**
 * The errors a route can give, in the one shape of `ApiError`: 400 when it takes any input, 401 and 403
 * when it is not public, 404 when its path names a record, and whatever else it declares (409, 413, 429…).
 */
function documentErrors(route: RegisteredRoute, operation: OperationObject): void {
  const statuses = new Set(Object.keys(operation.responses).filter((code) => Number(code) >= 400).map(Number));
  if (operation.parameters?.length || operation.requestBody) statuses.add(400);
  if (!route.isPublic) statuses.add(401).add(403);
  if (route.path.includes('/:')) statuses.add(404);
  for (const status of [...statuses].sort()) {
    const declared = operation.responses[status] as ResponseObject | undefined;
    const allowed = status === 403 && route.policy ? who(route.policy) : undefined;
    const description = [allowed, declared?.description || (allowed ? undefined : ERROR_DESCRIPTIONS[status])].filter(Boolean).join('. ');
    if (!description) throw new Error(`${route.name}: describe its ${status} response`);
    // One example per status in components.examples, referred to from every response.
    const examples = ERROR_EXAMPLES[status] ? { [ERROR_EXAMPLES[status].code]: { $ref: `#/components/examples/${errorExampleName(status)}` } } : undefined;
    operation.responses[status] = { description, content: { 'application/json': { schema: ref('ApiError'), ...(examples ? { examples } : {}) } } };
  }
}

/**
 * The API's OpenAPI document: what Nest reads from the controllers and DTOs, completed from the
 * routes' own metadata so no route repeats it: security from `@Access`/`@Public`, success bodies
 * from `@ApiView`/`@ApiList`/`@ApiPage` (schemas generated from `libs/contracts`, passed in as
 * `contractSchemas`), the error responses from what the route takes and who may call it.
 * Throws on a route left undocumented, naming it.
 */
export function buildOpenApiDocument(app: INestApplication, contractSchemas: Record<string, SchemaObject>): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Innovation marketplace API')
      .setDescription(
        [
          '혁신장터 API: 혁신제품 카탈로그, 지정, 시범구매, 도전과제. The innovation marketplace: catalogue, designation, pilot purchases, challenges.',
          '',
          'Errors share one shape, `ApiError`: `code` and `params` are stable and what a program (or the web, in the reader’s language) reads; `message` is English for people reading logs; `details`/`detailCodes` name each field of a 400.',
          'Routes that are not public take `Authorization: Bearer <access token>` from `POST /api/v1/auth/login`.',
        ].join('\n'),
      )
      .setVersion('1')
      .addServer('/', 'The host that serves the web app (http://localhost:3000 under npm start)')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER)
      .build(),
    { operationIdFactory: (controller, method) => `${controller}_${method}` },
  );
  const operations = new Map<string, OperationObject>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as OperationObject[]) if (operation.operationId) operations.set(operation.operationId, operation);
  }

  const paged = new Set<string>();
  for (const route of registeredRoutes(app)) {
    const operation = operations.get(`${route.controller.name}_${route.methodName}`);
    if (!operation) throw new Error(`${route.name} is missing from the OpenAPI document`);
    if (!operation.summary) throw new Error(`${route.name} has no summary: add @ApiOperation({ summary })`);
    operation.security = route.isPublic ? [] : [{ [BEARER]: [] }];
    const spec = Reflect.getMetadata(API_RESPONSE, route.handler) as ApiResponseSpec | undefined;
    if (spec?.shape === 'page') paged.add(spec.view);
    documentUuidParameters(route, operation);
    documentSuccess(route, operation, spec);
    documentErrors(route, operation);
  }

  document.openapi = '3.1.0';
  // As package.json says: no licence is granted (yet) to use the API's code or document.
  document.info.license = { name: 'UNLICENSED (proprietary)' };
  document.components = {
    ...document.components,
    schemas: sortKeys({ ...document.components?.schemas, ...contractSchemas, ...pageSchemas(contractSchemas, paged) }),
  };
  delete document.components.schemas!['Page<unknown>'];
  document.components.examples = Object.fromEntries(
    Object.entries(ERROR_EXAMPLES).map(([status, value]) => [errorExampleName(Number(status)), { summary: `${value.code} (${status})`, value }]),
  );
  return document;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
