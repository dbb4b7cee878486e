import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';

/**
 * Validates a SARIF log against the official SARIF 2.1.0 JSON schema (rtm.5, draft-04), as shipped
 * by Microsoft's @microsoft/jest-sarif package. For tests only: the schema is a dev dependency.
 * Returns the schema errors as "path: message" lines; empty when the log is valid.
 */
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
// The schema's `language` pattern has a stray ']' that is only valid in a non-unicode RegExp.
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}
