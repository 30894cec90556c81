import { createRequire } from "node:module";
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import fg from "fast-glob";
import type { RuleLevel, RuleModule } from "@fazhi/rule-kit";
import { parseUserFile, UserFileErrors, type UserFileError } from "@fazhi/user-files";
import { at, errorAt, firstLine, isRecord, listOf, type Where } from "./located.js";
import type { ConfigLayer } from "./presets.js";
import type { UnloadedSources } from "./rule-catalogue.js";

/** A declarative rule compiled from one YAML file of a `rulesDir`. */
export interface CompiledRuleFile {
  /** Full id, "namespace/name". */
  id: string;
  rule: RuleModule;
  sha256: string;
  /** The level the file asks for (`level:`); `rules` in a config overrides it. */
  level?: RuleLevel;
  /** Absolute path of the YAML file. */
  file: string;
  /** The `rulesDir` entry that brought it in. */
  where: Where;
}

/** @fazhi/declarative's compiler; throws UserFileErrors for a bad rule file. */
export type RuleFileCompiler = (file: string) => { id: string; rule: RuleModule; sha256: string; level?: RuleLevel };

/** The only place that imports @fazhi/declarative, and only when some config has a `rulesDir`. */
async function declarativeCompiler(): Promise<RuleFileCompiler> {
  // Imported lazily: configs without rulesDir never load the compiler.
  let declarative: typeof import("@fazhi/declarative");
  try {
    declarative = await import("@fazhi/declarative");
  } catch (error) {
    // In worker threads on Node 20 only tsx's require hook is present (see importModule).
    if ((error as NodeJS.ErrnoException).code !== "ERR_UNKNOWN_FILE_EXTENSION") throw error;
    declarative = createRequire(import.meta.url)("@fazhi/declarative") as typeof import("@fazhi/declarative");
  }
  return declarative.compileRuleFile;
}

/** Compile every *.yaml / *.yml under each layer's `rulesDir` (relative to the layer's folder), in path order. */
export async function loadRulesDirs(layers: ConfigLayer[], errors: UserFileError[], compile: RuleFileCompiler | undefined, unloaded: UnloadedSources): Promise<CompiledRuleFile[]> {
  const dirs: Array<{ dir: string; where: Where }> = [];
  for (const layer of layers) {
    for (const { value, index } of listOf(layer.data.rulesDir)) {
      const dir = resolve(layer.baseDir, value);
      if (dirs.some((d) => d.dir === dir)) continue;
      dirs.push({ dir, where: index === null ? at(layer.where, "rulesDir") : at(layer.where, "rulesDir", index) });
    }
  }
  if (dirs.length === 0) return [];

  if (!compile) {
    try {
      compile = await declarativeCompiler();
    } catch (error) {
      const reason = firstLine(error instanceof Error ? error.message : String(error));
      errors.push(
        errorAt(dirs[0]!.where, {
          zh: `无法加载声明式规则编译器 @fazhi/declarative（${reason}），rulesDir 中的规则无法使用。请确认 fazhi 安装完整`,
          en: `Cannot load the declarative rule compiler @fazhi/declarative (${reason}); rules in rulesDir cannot be used. Check that fazhi is fully installed`,
        }),
      );
      return [];
    }
  }

  const compiled: CompiledRuleFile[] = [];
  for (const { dir, where } of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      errors.push(errorAt(where, { zh: `找不到规则目录 ${dir}。请检查路径（相对于配置文件所在目录）`, en: `Rule folder ${dir} not found. Check the path (relative to the config's folder)` }));
      continue;
    }
    const files = (await fg(["**/*.yaml", "**/*.yml"], { cwd: dir, absolute: true, onlyFiles: true, ignore: ["**/node_modules/**"] })).sort();
    if (files.length === 0) {
      errors.push(errorAt(where, { zh: `规则目录 ${dir} 中没有 .yaml/.yml 规则文件。请放入规则文件，或删去这一项`, en: `Rule folder ${dir} has no .yaml/.yml rule files. Add rule files or remove this entry` }));
      continue;
    }
    for (const file of files) {
      try {
        const { id, rule, sha256, level } = compile(file);
        compiled.push({ id, rule, sha256, file, where, ...(level !== undefined ? { level } : {}) });
      } catch (error) {
        noteUnloaded(file, unloaded);
        if (error instanceof UserFileErrors) errors.push(...error.errors);
        else {
          const reason = firstLine(error instanceof Error ? error.message : String(error));
          errors.push({ file, line: 1, column: 1, path: "", message: { zh: `规则文件无法编译：${reason}`, en: `Rule file cannot be compiled: ${reason}` } });
        }
      }
    }
  }
  return compiled;
}

/** A rule file that did not compile: its id (where its YAML reads) is unloaded, not unknown; else any namespace may be its. */
function noteUnloaded(file: string, unloaded: UnloadedSources): void {
  let id: unknown;
  try {
    const data = parseUserFile(file, readFileSync(file, "utf8")).data;
    id = isRecord(data) ? data.id : undefined;
  } catch {
    id = undefined; // unreadable or not YAML: its own error says so
  }
  if (typeof id === "string" && id.includes("/")) unloaded.ruleIds.add(id);
  else unloaded.anyNamespace = true;
}
