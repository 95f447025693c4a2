import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { join } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

const RESPONSE_VIEWS = join(__dirname, '../../../../libs/contracts/src/response-views.ts');

/**
 * JSON Schemas of the views the API answers with, generated from the TypeScript interfaces of
 * `libs/contracts` (their doc comments become descriptions), keyed by the name `ResponseViews`
 * gives them. Build time only (the generator and TypeScript are development dependencies): the
 * running API serves the checked-in document.
 */
export function contractSchemas(): Record<string, SchemaObject> {
  const generated = createGenerator({
    path: RESPONSE_VIEWS,
    type: 'ResponseViews',
    expose: 'export',
    jsDoc: 'extended',
    // Says nothing of fields a view does not name, rather than promise there are none.
    additionalProperties: true,
    skipTypeCheck: true,
    sortProps: true,
  }).createSchema('ResponseViews');
  const definitions = { ...generated.definitions };
  delete definitions.ResponseViews;
  const text = JSON.stringify(definitions).replace(/"#\/definitions\/([^"]+)"/g, (_, name: string) => JSON.stringify(`#/components/schemas/${decodeURIComponent(name)}`));
  return JSON.parse(text) as Record<string, SchemaObject>;
}
