import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import schema from '../sarif-schema-2.1.0.json';

/**
 * Validates a SARIF log against the official OASIS SARIF 2.1.0 schema (errata 01, JSON Schema draft-04,
 * committed beside this file as published). Used by tests only: the CLI does not ship a validator.
 * Returns the errors as "path: message" lines, empty when valid.
 */
let compiled: ReturnType<Ajv['compile']> | null = null;

export function sarifSchemaErrors(log: unknown): string[] {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  const validate = compiled;
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}
