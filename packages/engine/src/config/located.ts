import { dotted, type LocatedFile, type UserFileError } from "@fazhi/user-files";
import type { Localized } from "@fazhi/rule-kit";

export type PathStep = string | number;

/** A place in a file a user (or a plugin author) wrote: the file and the path of the value inside it. */
export interface Where {
  located: LocatedFile;
  path: PathStep[];
}

export function at(where: Where, ...steps: PathStep[]): Where {
  return { located: where.located, path: [...where.path, ...steps] };
}

/** A mistake at `where`; `key` points at the key of the last step instead of its value (for unknown ids). */
export function errorAt(where: Where, message: Localized, options: { suggestion?: string | undefined; key?: boolean } = {}): UserFileError {
  const pos = where.located.locate(where.path, options.key ?? false);
  const error: UserFileError = { file: where.located.file, line: pos.line, column: pos.column, path: dotted(where.path), message };
  if (options.suggestion !== undefined) error.suggestion = options.suggestion;
  return error;
}

/** `file:line:col` of a place, for messages that mention a second place. */
export function describeWhere(where: Where): string {
  const pos = where.located.locate(where.path);
  return `${where.located.file}:${pos.line}:${pos.column}`;
}

/**
 * A preset lives in a plugin's code, not in a text file, so it has no line numbers: its mistakes are placed at
 * the plugin's entry file (line 1) with the path `presets.<name>.…`.
 */
export function presetLocation(pluginPath: string, presetName: string, preset: unknown): LocatedFile {
  return {
    file: pluginPath,
    data: { presets: { [presetName]: preset } },
    locate: () => ({ line: 1, column: 1 }),
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string-or-list config value as a list, dropping what the schema already reported as wrong. */
export function listOf(value: unknown): Array<{ value: string; index: number | null }> {
  if (typeof value === "string") return [{ value, index: null }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, index) => (typeof v === "string" && v.length > 0 ? [{ value: v, index }] : []));
}

export function firstLine(text: string): string {
  return text.split("\n")[0]!.trim();
}
