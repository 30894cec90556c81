/**
 * Module hooks for the compiled CLI (registered by `registerPluginHooks`, never used from source, where tsx
 * does this): a user's plugin written in TypeScript is compiled on demand with TypeScript's `transpileModule`
 * and the output cached on disk by content hash, so an unchanged plugin is compiled once. Relative imports
 * written the TypeScript way ("./helper.js" for helper.ts) resolve to the .ts file, and `@fazhi/*` packages
 * a plugin imports resolve to the ones the CLI ships.
 *
 * This file runs on Node's loader thread; it is its own entry of the bundle (dist/plugin-hooks.js).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { codeFrame } from "./code-frame.js";
import { transpileChecked } from "./syntax-error.js";

export interface PluginHooksData {
  /** Where compiled plugins are kept, by content hash. */
  cacheDir: string;
  /** The folder of package folders the CLI ships (dist/plugins). */
  shippedDir: string;
  /** Part of every cache key: the tool's version (its TypeScript compiler comes with it). */
  salt: string;
}

type Next<A extends unknown[], R> = (...args: A) => Promise<R>;
interface ResolveContext {
  parentURL?: string;
  conditions: string[];
}
interface ResolveResult {
  url: string;
  format?: string | null;
  shortCircuit?: boolean;
}
interface LoadResult {
  format: string;
  source?: string | Buffer;
  shortCircuit?: boolean;
}

const TS_FILE = /\.(?:[mc]?ts|tsx)$/;
let data: PluginHooksData;

export function initialize(options: PluginHooksData): void {
  data = options;
}

export async function resolve(specifier: string, context: ResolveContext, next: Next<[string, ResolveContext], ResolveResult>): Promise<ResolveResult> {
  try {
    return await next(specifier, context);
  } catch (error) {
    const parent = context.parentURL ?? "";
    if (/^\.\.?\//.test(specifier) && /\.[mc]?js$/.test(specifier) && TS_FILE.test(new URL(parent).pathname)) {
      const ts = new URL(specifier.replace(/\.([mc]?)js$/, ".$1ts"), parent);
      if (existsSync(fileURLToPath(ts))) return { url: ts.href, shortCircuit: true };
    }
    if (specifier.startsWith("@fazhi/")) {
      const name = specifier.split("/").slice(0, 2).join("/");
      const entry = join(data.shippedDir, name, "index.js");
      if (specifier === name && existsSync(entry)) return { url: pathToFileURL(entry).href, shortCircuit: true };
    }
    throw error;
  }
}

export async function load(url: string, context: { format?: string | null }, next: Next<[string, { format?: string | null }], LoadResult>): Promise<LoadResult> {
  if (!url.startsWith("file:") || !TS_FILE.test(new URL(url).pathname)) return next(url, context);
  const path = fileURLToPath(url);
  const source = readFileSync(path, "utf8");
  const commonjs = path.endsWith(".cts");
  const key = createHash("sha256").update(data.salt).update(commonjs ? "\0cjs\0" : "\0esm\0").update(source).digest("hex");
  const cached = join(data.cacheDir, `${key}.js`);
  let code: string;
  if (existsSync(cached)) {
    code = readFileSync(cached, "utf8");
  } else {
    code = await compile(path, source, commonjs);
    try {
      mkdirSync(data.cacheDir, { recursive: true });
      const temp = `${cached}.${process.pid}.tmp`;
      writeFileSync(temp, code);
      renameSync(temp, cached);
    } catch {
      // A folder we cannot write to: compile again next time.
    }
  }
  return { format: commonjs ? "commonjs" : "module", source: code, shortCircuit: true };
}

/** TypeScript → JavaScript, types stripped; a syntax error keeps its line, column and the line's text. */
async function compile(path: string, source: string, commonjs: boolean): Promise<string> {
  const { code, error } = await transpileChecked(path, source, commonjs);
  // The first line is what importPlugin reads back (as from tsx/esbuild); the frame is for anyone else.
  if (error) throw new SyntaxError(`${path}:${error.line}:${error.column}: ${error.message}\n${codeFrame(source, error.line, error.column)}`);
  return code;
}
