import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Validators for the official OCDS 1.1.5 schemas (draft-04), vendored in `schema/` (see its
 * README). Used by the feed's tests and by `npm run ocds:validate`; the running API does not load them.
 */
export interface OcdsValidators {
  releasePackage: ValidateFunction;
  release: ValidateFunction;
}

const read = (name: string) => JSON.parse(readFileSync(join(__dirname, 'schema', name), 'utf8')) as Record<string, unknown>;

export function ocdsValidators(): OcdsValidators {
  // The schemas carry OCDS's own keywords (codelist, deprecated, omitWhenMerged…): not errors, only unknown to Ajv.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const releaseSchema = read('release-schema.json');
  ajv.addSchema(releaseSchema);
  return { releasePackage: ajv.compile(read('release-package-schema.json')), release: ajv.getSchema(String(releaseSchema.id))! };
}

/** Ajv's errors, one line each, for a failing test or the CI log. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
