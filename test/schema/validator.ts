/** The shipped JSON Schema compiled with ajv in strict mode, shared by the schema and scaffold tests. */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { schemaPath } from '../../src/paths.js';

export const schema = JSON.parse(readFileSync(schemaPath(), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv({ strict: true, allErrors: true });
export const validateScript = ajv.compile(schema);

/** Readable errors for a failed expectation: `/steps/0/stage must be equal to one of the allowed values`. */
export function errorsOf(data: unknown): string[] {
  validateScript(data);
  return (validateScript.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath || '/'} ${error.message ?? ''}`,
  );
}
