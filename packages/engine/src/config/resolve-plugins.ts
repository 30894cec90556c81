import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import fg from "fast-glob";
import { BUNDLE_VERSION, BUNDLED, bundlePath } from "@fazhi/core/bundle";
import { PluginSchema, type Plugin } from "@fazhi/rule-kit";
import { DEFAULT_CACHE_DIR } from "../cache.js";
import { workerExecArgv } from "../exec-argv.js";
import type { PluginHooksData } from "./plugin-hooks.js";
import type { UserFileError } from "@fazhi/user-files";
import { codeFrame } from "./code-frame.js";
import { transpileChecked } from "./syntax-error.js";
import { describeWhere, errorAt, firstLine, isRecord, type Where } from "./located.js";

/** A plugin after it was found, imported and checked against PluginSchema. */
export interface PluginRecord {
  plugin: Plugin;
  /** Absolute path of the module's entry file. */
  path: string;
  /** Folder that `plugins` and `rulesDir` in this plugin's presets resolve against (package root, or the file's folder). */
  dir: string;
  /** sha256 over the plugin's source files (see sha256PluginFiles). */
  sha256: string;
  /** Where the config asked for it. */
  where: Where;
}

/** How long importing one plugin may take (its top level, including a top-level `await`). */
export const DEFAULT_PLUGIN_IMPORT_TIME_LIMIT_MS = 30_000;

/**
 * Trying a plugin's import in a worker thread first, where an endless loop at its top level can be stopped
 * (in this thread it could not). A plugin that passed is remembered by the hash of its source files.
 */
export interface PluginProbeOptions {
  /** Plugins under this folder (the ones that ship with the tool) are not probed. */
  trustedRoot?: string;
  /** Where passed probes are remembered (`probe-<sha256>` files); none: not remembered. */
  cacheDir?: string | null;
}

export interface PluginImportOptions {
  /** Default DEFAULT_PLUGIN_IMPORT_TIME_LIMIT_MS. */
  timeLimitMs?: number;
  /** Probe in a worker first (see PluginProbeOptions); default: no probe, only the time limit. */
  probe?: PluginProbeOptions;
}

/** Every plugin loaded for one config, in load order, one per entry file and one per namespace. */
export class PluginRegistry {
  readonly records: PluginRecord[] = [];
  /**
   * How many plugins the config asked for could not be loaded (each already reported): the rules and presets they
   * would have defined are unknown, so naming them is no mistake of its own (see UnloadedSources).
   */
  failed = 0;
  private readonly byPath = new Map<string, PluginRecord | null>();

  /** @param bundledFrom a folder whose packages ship with the tool: searched when the config's folder has no such package. */
  constructor(
    private readonly bundledFrom?: string,
    private readonly importOptions: PluginImportOptions = {},
  ) {}

  byNamespace(namespace: string): PluginRecord | undefined {
    return this.records.find((r) => r.plugin.meta.namespace === namespace);
  }

  /** Find, import and check the plugin `spec` asked for at `where`; mistakes go to `errors`. */
  async load(spec: string, fromDir: string, where: Where, errors: UserFileError[]): Promise<PluginRecord | null> {
    // The compiled CLI ships its plugins as package folders named by package name (dist/plugins/@fazhi/…):
    // those built with it are the ones it uses, wherever another copy could be found.
    const shipped = BUNDLED && this.bundledFrom && !isPathSpec(spec) ? shippedEntry(spec, this.bundledFrom) : null;
    let found: Found = shipped ? { path: shipped } : resolvePluginPath(spec, fromDir);
    if ("error" in found && this.bundledFrom && !isPathSpec(spec)) {
      const bundled = resolvePluginPath(spec, this.bundledFrom);
      if (!("error" in bundled)) found = bundled;
    }
    if ("error" in found) {
      errors.push(errorAt(where, found.error));
      this.failed++;
      return null;
    }
    if (this.byPath.has(found.path)) return this.byPath.get(found.path) ?? null;
    this.byPath.set(found.path, null);

    const imported = await importPlugin(spec, found.path, this.importOptions);
    if ("error" in imported) {
      // A syntax error is placed in the plugin's file, at the mistake; anything else where the config names it.
      errors.push(imported.at ? { ...imported.at, path: "", message: imported.error } : errorAt(where, imported.error));
      this.failed++;
      return null;
    }
    const shapeErrors = checkPluginShape(spec, imported.value, where);
    if (shapeErrors.length > 0) {
      errors.push(...shapeErrors);
      this.failed++;
      return null;
    }
    const plugin = imported.value as Plugin;
    const clash = this.byNamespace(plugin.meta.namespace);
    if (clash) {
      errors.push(
        errorAt(where, {
          zh: `插件“${spec}”（${plugin.meta.name}）的命名空间“${plugin.meta.namespace}”已被插件 ${clash.plugin.meta.name}（${clash.path}，在 ${describeWhere(clash.where)} 加载）占用。同一命名空间只能有一个插件：请删去其中一个。`,
          en: `Plugin "${spec}" (${plugin.meta.name}) uses namespace "${plugin.meta.namespace}", already taken by ${clash.plugin.meta.name} (${clash.path}, loaded at ${describeWhere(clash.where)}). Keep only one of them.`,
        }),
      );
      return null;
    }
    const dir = pluginDir(spec, found.path);
    const record: PluginRecord = { plugin, path: found.path, dir, sha256: (shipped && shippedSourceSha256(dir)) || sha256PluginFiles(dir, found.path), where };
    this.byPath.set(found.path, record);
    this.records.push(record);
    return record;
  }
}

export function isPathSpec(spec: string): boolean {
  return spec.startsWith("./") || spec.startsWith("../") || spec === "." || spec === ".." || isAbsolute(spec) || spec.startsWith(".\\") || spec.startsWith("..\\");
}

type Found = { path: string } | { error: { zh: string; en: string } };

/** Relative paths against `fromDir`; package names the way Node looks them up from `fromDir` (node_modules upwards). */
export function resolvePluginPath(spec: string, fromDir: string): Found {
  if (isPathSpec(spec)) {
    const absolute = resolve(fromDir, spec);
    if (existsSync(absolute) && statSync(absolute).isFile()) return { path: realpathSync(absolute) };
    if (existsSync(absolute) && statSync(absolute).isDirectory()) {
      const entry = packageEntry(absolute) ?? tryRequireResolve(absolute, fromDir);
      if (entry) return { path: realpathSync(entry) };
    }
    return {
      error: {
        zh: `找不到插件文件“${spec}”：已查找 ${absolute}。请检查相对路径（相对于 ${fromDir}）是否正确、文件是否存在。`,
        en: `Plugin file "${spec}" not found: looked for ${absolute}. Check the relative path (from ${fromDir}) and that the file exists.`,
      },
    };
  }
  const entry = tryRequireResolve(spec, fromDir) ?? findPackageEntry(spec, fromDir);
  if (entry) return { path: realpathSync(entry) };
  const firstTried = join(fromDir, "node_modules", spec);
  return {
    error: {
      zh: `找不到插件“${spec}”：从 ${fromDir} 起向上查找 node_modules/${spec}（首先是 ${firstTried}）都没有找到。请在配置文件所在目录运行 pnpm add ${spec}（或 npm install ${spec}）；如果是本地文件，请写成以 ./ 开头的相对路径。`,
      en: `Plugin "${spec}" not found: looked for node_modules/${spec} from ${fromDir} upwards (first ${firstTried}). Run \`pnpm add ${spec}\` (or \`npm install ${spec}\`) in the config's folder; for a local file write a relative path starting with ./`,
    },
  };
}

/**
 * The hash of a shipped package's source, recorded by the build (`fazhiSourceSha256` in its package.json):
 * the compiled CLI's results then carry the same scheme hash as the same code run from source.
 */
function shippedSourceSha256(dir: string): string | null {
  try {
    const value = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { fazhiSourceSha256?: unknown }).fazhiSourceSha256;
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

/** The entry of a package the compiled CLI ships in `dir` (dist/plugins), or null. */
function shippedEntry(spec: string, dir: string): string | null {
  const name = packageName(spec);
  const entry = packageEntry(join(dir, name), spec === name ? "." : `.${spec.slice(name.length)}`);
  return entry ? realpathSync(entry) : null;
}

function tryRequireResolve(request: string, fromDir: string): string | null {
  try {
    return createRequire(join(fromDir, "fazhi-config.cjs")).resolve(request);
  } catch {
    return null;
  }
}

/** For ESM-only packages whose `exports` has no `require`/`default` condition, which require.resolve refuses. */
function findPackageEntry(spec: string, fromDir: string): string | null {
  const name = packageName(spec);
  const subpath = spec === name ? "." : `.${spec.slice(name.length)}`;
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    const root = join(dir, "node_modules", name);
    if (existsSync(join(root, "package.json"))) return packageEntry(root, subpath);
    if (dirname(dir) === dir) return null;
  }
}

function packageEntry(root: string, subpath = "."): string | null {
  const manifestFile = join(root, "package.json");
  if (!existsSync(manifestFile)) return null;
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Record<string, unknown>;
  } catch {
    return null;
  }
  const exportsField = manifest.exports;
  let target: string | null = null;
  if (exportsField !== undefined) {
    const entries = isRecord(exportsField) && Object.keys(exportsField).some((k) => k.startsWith(".")) ? exportsField[subpath] : subpath === "." ? exportsField : undefined;
    target = pickCondition(entries);
  } else if (subpath === ".") {
    target = typeof manifest.module === "string" ? manifest.module : typeof manifest.main === "string" ? manifest.main : "index.js";
  } else {
    target = subpath;
  }
  if (!target) return null;
  const file = resolve(root, target);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function pickCondition(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    for (const v of value) {
      const picked = pickCondition(v);
      if (picked) return picked;
    }
    return null;
  }
  if (!isRecord(value)) return null;
  for (const condition of ["import", "node", "default", "require"]) {
    if (condition in value) {
      const picked = pickCondition(value[condition]);
      if (picked) return picked;
    }
  }
  return null;
}

function packageName(spec: string): string {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** The package root for a package name (so a preset's `./rules` means the package's rules folder), else the file's folder. */
function pluginDir(spec: string, entry: string): string {
  if (isPathSpec(spec)) return dirname(entry);
  const name = packageName(spec);
  for (let dir = dirname(entry); ; dir = dirname(dir)) {
    const manifestFile = join(dir, "package.json");
    if (existsSync(manifestFile)) {
      try {
        if ((JSON.parse(readFileSync(manifestFile, "utf8")) as { name?: unknown }).name === name) return dir;
      } catch {
        // an unreadable package.json is not the one we look for
      }
    }
    if (dirname(dir) === dir) return dirname(entry);
  }
}

/**
 * `import()` a plugin; inside worker threads on Node 20 tsx's ESM hooks are absent and a .ts file fails
 * with ERR_UNKNOWN_FILE_EXTENSION, while tsx's require hook is there — so fall back to require.
 */
export async function importModule(path: string): Promise<Record<string, unknown>> {
  if (BUNDLED && !path.startsWith(bundlePath("plugins") + sep)) registerPluginHooks();
  try {
    return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_UNKNOWN_FILE_EXTENSION") throw error;
    return createRequire(import.meta.url)(path) as Record<string, unknown>;
  }
}

let hooksRegistered = false;
/**
 * The compiled CLI has no tsx: before the first plugin of the user's is imported, register the hooks that
 * compile TypeScript plugins on demand (cached under .fazhi-cache/plugins by content hash) and resolve the
 * `@fazhi/*` packages it ships (see plugin-hooks.ts). From source, tsx does this.
 */
function registerPluginHooks(): void {
  if (hooksRegistered) return;
  hooksRegistered = true;
  const hooks = pluginHooks()!;
  register(hooks.url, { data: hooks.data });
}

/**
 * The file, line, column and text of a compile error in a plugin, whichever compiled it: tsx/esbuild from source
 * ("Transform failed with 1 error:\n/p/x.ts:19:7: ERROR: Expected …") or the compiled CLI's TypeScript hook
 * ("/p/x.ts:19:8: ',' expected." then a code frame). Undefined for any other error.
 */
export function compileError(error: unknown): { file: string; line: number; column: number; text: string } | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const [first = "", second = ""] = message.split("\n");
  const m = /^((?:[A-Za-z]:)?[\\/].*?\.[cm]?[jt]sx?):(\d+):(\d+): (?:ERROR: )?(.+)$/.exec(/^Transform failed with \d+ errors?:$/.test(first) ? second : first);
  if (!m) return undefined;
  return { file: m[1]!, line: Number(m[2]), column: Number(m[3]), text: m[4]! };
}

/**
 * A JavaScript plugin that failed to import: when its own source does not parse, the place, found with
 * TypeScript's parser (Node's SyntaxError, and a test runner's parse failure, name none). A syntax error in
 * a file the plugin imports is not found here and keeps the import's message.
 */
async function locateSyntaxError(error: unknown, path: string): Promise<{ file: string; line: number; column: number; text: string } | undefined> {
  if (!/\.[cm]?jsx?$/.test(path) || !existsSync(path)) return undefined;
  const found = (await transpileChecked(path, readFileSync(path, "utf8"), /\.cjs$/.test(path))).error;
  if (!found) return undefined;
  // Node's own words name the token; the parser's words when Node's were not a SyntaxError.
  const text = error instanceof SyntaxError ? firstLine(error.message) : "";
  return { file: path, line: found.line, column: found.column, text: text || found.message };
}

function pluginHooks(): { url: string; data: PluginHooksData } | null {
  if (!BUNDLED) return null;
  return { url: pathToFileURL(bundlePath("plugin-hooks.js")).href, data: { cacheDir: resolve(DEFAULT_CACHE_DIR, "plugins"), shippedDir: bundlePath("plugins"), salt: BUNDLE_VERSION ?? "" } };
}

type ImportProblem = "timeout" | "unsettled";

/**
 * The probe: import the plugin in a worker thread and say whether that settled ("ok" — a failure too: the
 * import here reports it), ran past the limit ("timeout": stopped) or can never settle ("unsettled": the
 * worker ran out of work while the import waited — a top-level `await` on a promise nothing will settle).
 */
const PROBE_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire, register } = require("node:module");
const { pathToFileURL } = require("node:url");
if (workerData.hooks) register(workerData.hooks.url, { data: workerData.hooks.data });
const settled = () => parentPort.postMessage("settled");
import(pathToFileURL(workerData.path).href).then(settled, (error) => {
  if (error && error.code === "ERR_UNKNOWN_FILE_EXTENSION") {
    try { createRequire(workerData.path)(workerData.path); } catch {}
  }
  settled();
});
`;

function probeImport(path: string, limitMs: number): Promise<"ok" | ImportProblem> {
  return new Promise((resolvePromise) => {
    const worker = new Worker(PROBE_SOURCE, { eval: true, workerData: { path, hooks: pluginHooks() }, execArgv: workerExecArgv(), stdout: true, stderr: true });
    let done = false;
    const finish = (outcome: "ok" | ImportProblem) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolvePromise(outcome);
    };
    const timer = setTimeout(() => finish("timeout"), limitMs);
    worker.once("message", () => finish("ok"));
    worker.once("error", () => finish("ok"));
    worker.once("exit", () => finish("unsettled"));
  });
}

async function probeOnce(path: string, dir: string, limitMs: number, probe: PluginProbeOptions): Promise<"ok" | ImportProblem> {
  if (probe.trustedRoot && path.startsWith(probe.trustedRoot + sep)) return "ok";
  const passed = probe.cacheDir ? join(probe.cacheDir, `probe-${sha256PluginFiles(dir, path)}`) : null;
  if (passed && existsSync(passed)) return "ok";
  const outcome = await probeImport(path, limitMs);
  if (outcome === "ok" && passed) {
    try {
      mkdirSync(dirname(passed), { recursive: true });
      writeFileSync(passed, "");
    } catch {
      // not remembered: probed again next time
    }
  }
  return outcome;
}

/** `import()` raced against the time limit: a top-level `await` that never settles must not end the run in silence. */
async function importWithin(path: string, limitMs: number): Promise<Record<string, unknown> | ImportProblem> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<ImportProblem>((resolvePromise) => {
    timer = setTimeout(() => resolvePromise("timeout"), limitMs);
  });
  try {
    return await Promise.race([importModule(path), expired]);
  } finally {
    clearTimeout(timer);
  }
}

function importProblemMessage(spec: string, path: string, problem: ImportProblem, limitMs: number): { zh: string; en: string } {
  return problem === "unsettled"
    ? {
        zh: `插件“${spec}”（${path}）的导入永远不会完成：它顶层的 await 在等待一个不会有结果的操作。fazhi 没有加载它，也没有读取任何报告。请检查插件顶层的 await，或联系插件作者`,
        en: `Plugin "${spec}" (${path}) can never finish loading: a top-level await waits on something that never settles. fazhi did not load it and read no report. Check the plugin's top-level await, or contact its author`,
      }
    : {
        zh: `插件“${spec}”（${path}）导入超过 ${limitMs} 毫秒仍未完成，已被中止（顶层代码可能陷入死循环，或顶层 await 一直在等待）。fazhi 没有加载它，也没有读取任何报告。请检查插件的顶层代码，或联系插件作者`,
        en: `Plugin "${spec}" (${path}) was still loading after ${limitMs} ms and was stopped (its top level may loop forever, or a top-level await keeps waiting). fazhi did not load it and read no report. Check the plugin's top-level code, or contact its author`,
      };
}

async function importPlugin(
  spec: string,
  path: string,
  options: PluginImportOptions,
): Promise<{ value: unknown } | { error: { zh: string; en: string }; at?: { file: string; line: number; column: number } }> {
  const limitMs = options.timeLimitMs ?? DEFAULT_PLUGIN_IMPORT_TIME_LIMIT_MS;
  if (options.probe) {
    const probed = await probeOnce(path, pluginDir(spec, path), limitMs, options.probe);
    if (probed !== "ok") return { error: importProblemMessage(spec, path, probed, limitMs) };
  }
  let module: Record<string, unknown>;
  try {
    const imported = await importWithin(path, limitMs);
    if (typeof imported === "string") return { error: importProblemMessage(spec, path, imported, limitMs) };
    module = imported;
  } catch (error) {
    const compile = compileError(error) ?? (await locateSyntaxError(error, path));
    if (compile) {
      const frame = existsSync(compile.file) ? `\n${codeFrame(readFileSync(compile.file, "utf8"), compile.line, compile.column)}` : "";
      return {
        error: {
          zh: `插件“${spec}”有语法错误：${compile.text}${frame}`,
          en: `Plugin "${spec}" has a syntax error: ${compile.text}${frame}`,
        },
        at: { file: compile.file, line: compile.line, column: compile.column },
      };
    }
    const reason = firstLine(error instanceof Error ? error.message : String(error));
    const tsHint = /\.[mc]?ts$/.test(path) && /extension|ERR_UNKNOWN_FILE_EXTENSION/i.test(reason);
    return {
      error: {
        zh: `插件“${spec}”（${path}）加载时出错：${reason}${tsHint ? "。TypeScript 插件需要通过 fazhi 命令行（tsx）运行，或先编译为 .js" : "。请检查插件代码，或联系插件作者"}`,
        en: `Plugin "${spec}" (${path}) failed to load: ${reason}${tsHint ? ". TypeScript plugins need the fazhi CLI (tsx) or compiling to .js first" : ". Check the plugin's code or contact its author"}`,
      },
    };
  }
  let value = module.default ?? module.plugin;
  // A CommonJS module imported from ESM may arrive wrapped once more.
  if (isRecord(value) && !("meta" in value) && isRecord(value.default)) value = value.default;
  if (value === undefined) {
    return {
      error: {
        zh: `插件“${spec}”（${path}）没有导出插件：需要 export default definePlugin({...}) 或 export const plugin = ...`,
        en: `Plugin "${spec}" (${path}) exports no plugin: use \`export default definePlugin({...})\` or \`export const plugin = ...\``,
      },
    };
  }
  return { value };
}

function checkPluginShape(spec: string, value: unknown, where: Where): UserFileError[] {
  const parsed = PluginSchema.safeParse(value);
  const problems: Array<{ path: string; message: string }> = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ path: issue.path.map(String).join(".") || "(root)", message: issue.message });
  } else {
    for (const [key, rule] of Object.entries((value as Plugin).rules ?? {})) {
      if (rule.meta.id !== key) problems.push({ path: `rules.${key}.meta.id`, message: `must equal its key "${key}" (is "${rule.meta.id}")` });
    }
  }
  return problems.map((p) =>
    errorAt(where, {
      zh: `插件“${spec}”的导出不符合插件格式：${p.path}：${p.message}。请联系插件作者修正`,
      en: `Plugin "${spec}" does not have the shape of a fazhi plugin: ${p.path}: ${p.message}. Ask its author to fix it`,
    }),
  );
}

const PLUGIN_SOURCE_GLOBS = ["**/*.{ts,tsx,mts,cts,js,mjs,cjs,json,yaml,yml}"];
const PLUGIN_SOURCE_IGNORES = ["**/node_modules/**", "**/.*/**", "**/*.test.*", "**/*.spec.*"];
/** Past this many files a folder is not a plugin's own source tree (e.g. a plugin file in a project root). */
const PLUGIN_SOURCE_LIMIT = 2000;

/**
 * One hash over every source file of a plugin (its package folder, or the folder of a plugin file), so an
 * edit to any rule file of a plugin invalidates cached results even when its version was not bumped.
 * Falls back to the entry file alone when the folder is too large to be the plugin's own.
 */
export function sha256PluginFiles(dir: string, entry: string): string {
  const files = fg.sync(PLUGIN_SOURCE_GLOBS, { cwd: dir, ignore: PLUGIN_SOURCE_IGNORES, absolute: true, followSymbolicLinks: false, suppressErrors: true });
  if (files.length === 0 || files.length > PLUGIN_SOURCE_LIMIT) return sha256File(entry);
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    hash.update(relative(dir, file).split(sep).join("/")).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function sha256File(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
