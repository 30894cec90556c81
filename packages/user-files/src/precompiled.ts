/**
 * Validators compiled ahead of time, keyed by `schemaKey(schema)`. Running from source this is empty and every
 * schema is compiled by ajv on first use; the CLI build (tooling/build/build.mjs) replaces this module with ajv's
 * standalone code for fazhi's own schemas (config, rule files) and the option schemas of the rules it ships, so
 * the compiled CLI does not generate and compile validation code at every start. A schema that changed after
 * the build has another key and is compiled as usual.
 */
import type { ValidateFunction } from "ajv";

export const PRECOMPILED: Readonly<Record<string, ValidateFunction>> = {};
