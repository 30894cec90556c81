/** Temp folders, fixture plugins and helpers shared by the config tests (not part of the engine's API). */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { UserFileErrors, type UserFileError } from "@fazhi/user-files";

const made: string[] = [];

export function tempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "fazhi-config-")));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function write(dir: string, relative: string, text: string): string {
  const file = join(dir, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

export interface FixturePlugin {
  name?: string;
  version?: string;
  namespace?: string;
  presets?: Record<string, unknown>;
  /** Extra text appended to the module (e.g. a different export). */
  exportAs?: "default" | "plugin";
}

/** A plugin module's source with three rules like the worked example plugin's. */
export function pluginSource(options: FixturePlugin = {}): string {
  const meta = { name: options.name ?? "fazhi-plugin-example", version: options.version ?? "1.0.0", namespace: options.namespace ?? "example" };
  const rule = (id: string, extra: string) =>
    `${JSON.stringify(id)}: { meta: { id: ${JSON.stringify(id)}, type: "structure", title: { zh: "${id}", en: "${id}" }, description: { zh: "测试规则", en: "test rule" }, messages: { missing: { zh: "缺少", en: "missing" } }, version: "1.0.0"${extra} }, evaluate() { return { score: 1 }; } }`;
  const rules = [
    rule("has-first-responsible", ""),
    rule(
      "min-length",
      `, schema: { type: "object", additionalProperties: false, properties: { minChars: { type: "integer", minimum: 1 }, countSpaces: { type: "boolean" } } }, defaultOptions: { minChars: 2000, countSpaces: false }`,
    ),
    rule("head-appearance-rate", ""),
  ];
  const body = `{ meta: ${JSON.stringify(meta)}, rules: { ${rules.join(",\n")} }, presets: ${JSON.stringify(options.presets ?? {})} }`;
  return options.exportAs === "plugin" ? `export const plugin = ${body};\n` : `export default ${body};\n`;
}

/** Run `fn`, expect UserFileErrors, return its errors. */
export async function userErrors(fn: () => Promise<unknown>): Promise<UserFileError[]> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof UserFileErrors) return error.errors;
    throw error;
  }
  throw new Error("expected UserFileErrors, got success");
}

/** The error at `path` (dotted), or a failure listing the paths there are. */
export function errorAtPath(errors: UserFileError[], path: string): UserFileError {
  const found = errors.find((e) => e.path === path);
  if (!found) throw new Error(`no error at ${path}; errors at: ${errors.map((e) => `${e.path} (${e.message.en})`).join(" | ")}`);
  return found;
}
