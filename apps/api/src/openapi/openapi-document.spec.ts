import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { readFileSync } from 'node:fs';
import { createTestApp, type TestApp } from '../../test/test-app';
import { contractSchemas } from './contract-schemas';
import { buildOpenApiDocument, OPENAPI_FILE, serialiseOpenApiDocument } from './openapi-document';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

function operations(document: OpenAPIObject): { name: string; operation: OperationObject }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ name: `${method.toUpperCase()} ${path}`, operation: item[method]! })),
  );
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let built: OpenAPIObject;
  beforeAll(async () => {
    t = await createTestApp();
    built = buildOpenApiDocument(t.app, contractSchemas());
  });
  afterAll(() => t.close());

  it('is the checked-in apps/api/openapi.json', () => {
    // The same check as immich's generated-api-up-to-date: the file is what clients are generated from.
    if (serialiseOpenApiDocument(built) !== readFileSync(OPENAPI_FILE, 'utf8')) {
      throw new Error('apps/api/openapi.json is not the document the API builds: run `npm run api:spec` and commit the file');
    }
  });

  it('is what /api/docs-json serves', async () => {
    expect((await t.http().get('/api/docs-json').expect(200)).body).toEqual(JSON.parse(serialiseOpenApiDocument(built)));
  });

  it('gives public routes no security and the others the bearer token, with 401 and a 403 naming who may call', () => {
    const health = built.paths['/api/v1/health'].get!;
    expect(health.security).toEqual([]);
    expect(Object.keys(health.responses)).not.toContain('401');
    const approve = built.paths['/api/v1/users/{id}/approve'].post!;
    expect(approve.security).toEqual([{ bearer: [] }]);
    expect((approve.responses['401'] as ResponseObject).description).toMatch(/token/);
    expect((approve.responses['403'] as ResponseObject).description).toMatch(/^Allowed: OPERATOR, ADMIN/);
  });

  it('says which path parameters are UUIDs', () => {
    expect(built.paths['/api/v1/users/{id}/approve'].post!.parameters).toContainEqual({ name: 'id', required: true, in: 'path', schema: { type: 'string', format: 'uuid' } });
    const [month] = built.paths['/api/v1/idea-reviews/{month}/ideas'].get!.parameters as ParameterObject[];
    expect(month).toMatchObject({ name: 'month', in: 'path' });
    expect(month.schema).not.toHaveProperty('format');
  });

  it('describes each success with a schema and each error with ApiError', () => {
    const unschemed: string[] = [];
    for (const { name, operation } of operations(built)) {
      for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject][]) {
        const schemas = Object.values(response.content ?? {}).map((media) => media.schema);
        if (status === '204') continue;
        if (!schemas.length) unschemed.push(`${name} ${status}`);
        if (Number(status) >= 400 && !schemas.every((schema) => schema && '$ref' in schema && schema.$ref === '#/components/schemas/ApiError')) {
          unschemed.push(`${name} ${status} is not an ApiError`);
        }
      }
    }
    expect(unschemed).toEqual([]);
  });

  it('generates the views from libs/contracts, pages included', () => {
    const schemas = built.components!.schemas!;
    expect(schemas.ProductSummary).toMatchObject({ type: 'object', properties: { askingPrice: { type: 'number' } } });
    expect(schemas.ProductSummaryPage).toMatchObject({ properties: { items: { type: 'array', items: { $ref: '#/components/schemas/ProductSummary' } } } });
    const search = built.paths['/api/v1/products'].get!.responses['200'] as ResponseObject;
    expect(search.content!['application/json'].schema).toEqual({ $ref: '#/components/schemas/CatalogPage' });
  });
});
