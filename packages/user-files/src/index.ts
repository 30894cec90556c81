import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { PRECOMPILED } from "./precompiled.js";
import { didYouMean } from "./spelling.js";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from "yaml";

// Did-you-mean lives in its own module (no yaml, no ajv), so a usage error does not load the validators.
export { closeCandidates, didYouMean, editDistance } from "./spelling.js";

export type { Localized } from "@fazhi/core";
import type { Localized } from "@fazhi/core";

/** One mistake in a file a user wrote, with where it is and what to do. */
export interface UserFileError {
  file: string;
  line: number;
  column: number;
  /** Dotted path of the offending value, e.g. `scoring.categories[0].weight` ("" for the whole file). */
  path: string;
  message: Localized;
  /** A likely intended key or value, for misspellings. */
  suggestion?: string;
}

/** Thrown when a user file cannot be used; carries every mistake found, not just the first. */
export class UserFileErrors extends Error {
  constructor(readonly errors: UserFileError[]) {
    super(errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.path} ${e.message.en}`).join("\n"));
  }
}

/** A parsed YAML/JSON file that remembers where every value came from. */
export interface LocatedFile {
  file: string;
  data: unknown;
  /** Line and column (1-based) of the value at `path`, or of the nearest existing parent. */
  locate(path: ReadonlyArray<string | number>, key?: boolean): { line: number; column: number };
}

/** Parse YAML or JSON (JSON is read by the YAML parser so positions work the same). Syntax errors throw UserFileErrors. */
export function parseUserFile(file: string, source: string): LocatedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) throw new UserFileErrors(syntaxErrors(file, source, doc.errors, lineCounter));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (error) {
    // The yaml library refuses an alias that expands too far ("billion laughs"): a mistake in the file, not in fazhi.
    if (!(error instanceof ReferenceError)) throw error;
    const pos = lineCounter.linePos(firstAliasOffset(doc));
    throw new UserFileErrors([
      {
        file,
        line: pos.line,
        column: pos.col,
        path: "",
        message: {
          zh: `别名（*名称）展开得太多（超过 ${MAX_ALIAS_COUNT} 倍），fazhi 不读取这样的文件；请直接写出内容，不用层层嵌套的别名`,
          en: `Aliases (*name) expand too far (more than ${MAX_ALIAS_COUNT} times); fazhi does not read such a file. Write the values out instead of nesting aliases`,
        },
      },
    ]);
  }
  return {
    file,
    data,
    locate(path, key = false) {
      const offset = locateOffset(doc, path, key);
      const pos = lineCounter.linePos(offset);
      return { line: pos.line, column: pos.col };
    },
  };
}

/** How far aliases may expand before a file counts as an alias bomb (the yaml library's check). */
const MAX_ALIAS_COUNT = 100;

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * One error per mistake, in the user's language. The parser reports every token it could not place, so one tab
 * or one unclosed bracket gives several errors: keep each tab-indented line (each is a mistake of its own), else
 * the first syntax error (what follows it is mostly its echo; fixing it shows what is left), and every duplicate key.
 */
function syntaxErrors(file: string, source: string, errors: readonly YAMLError[], lineCounter: LineCounter): UserFileError[] {
  const duplicates = errors.filter((e) => e.code === "DUPLICATE_KEY");
  const syntax = errors.filter((e) => e.code !== "DUPLICATE_KEY");
  const tabs = syntax.filter((e) => e.code === "TAB_AS_INDENT");
  const kept = [...(tabs.length ? tabs : syntax.slice(0, 1)), ...duplicates];
  const seenLines = new Set<number>();
  const out: UserFileError[] = [];
  for (const e of kept) {
    const offset = e.code === "MISSING_CHAR" ? (openingQuote(source, e) ?? e.pos[0]) : e.pos[0];
    const pos = lineCounter.linePos(offset);
    if (e.code === "TAB_AS_INDENT" && seenLines.has(pos.line)) continue;
    seenLines.add(pos.line);
    out.push({ file, line: pos.line, column: pos.col, path: "", message: syntaxMessage(e) });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Where the unclosed quote of a "Missing closing quote" error opened (the parser points at the end of the file). */
function openingQuote(source: string, e: YAMLError): number | undefined {
  const quote = /closing "quote/.test(e.message) ? '"' : /closing 'quote/.test(e.message) ? "'" : undefined;
  if (!quote) return undefined;
  for (let i = Math.min(e.pos[0], source.length) - 1; i >= 0; i--) {
    if (source[i] !== quote) continue;
    if (quote === "'" && source[i - 1] === "'") {
      i--; // '' is a quote inside a single-quoted string
      continue;
    }
    let backslashes = 0;
    while (quote === '"' && source[i - 1 - backslashes] === "\\") backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return undefined;
}

/** What is wrong with the file's YAML/JSON syntax, said so that staff can fix it: "语法错误：…" / "Syntax error: …". */
function syntaxMessage(e: YAMLError): Localized {
  if (e.code === "DUPLICATE_KEY") return { zh: "同一层里这个键出现了两次，请删掉或合并其中一个", en: "This key appears twice at the same level; remove or merge one" };
  const { zh, en } = syntaxExplanation(e);
  return { zh: `语法错误：${zh}`, en: `Syntax error: ${en}` };
}

function syntaxExplanation(e: YAMLError): Localized {
  const said = firstLine(e.message);
  switch (e.code) {
    case "TAB_AS_INDENT":
      return { zh: "这一行用 Tab 缩进；YAML 只能用空格缩进，请把 Tab 换成空格", en: "This line is indented with a tab; YAML allows only spaces for indentation" };
    case "MISSING_CHAR":
      if (/quote/.test(said)) return { zh: "这里开始的引号没有闭合：请在文字末尾补上同样的引号", en: "The quote opened here is never closed: add the matching quote at the end of the text" };
      if (/\]|\}/.test(said) || /flow/i.test(said)) return { zh: "方括号 [ ] 或花括号 { } 没有闭合", en: "A [ ] or { } bracket is not closed" };
      return { zh: `缺少字符：${said}`, en: `Missing character: ${said}` };
    case "BAD_INDENT":
      if (/end with a [\]}]/.test(said)) return { zh: "方括号 [ ] 或花括号 { } 没有闭合，或其中的内容缩进不够", en: `A [ ] or { } bracket is not closed, or its content is not indented enough (${said})` };
      return { zh: "缩进不对：同一层的各项应从同一列开始，下一层要比上一层多缩进", en: `Wrong indentation: items at one level start at the same column, a nested level further in (${said})` };
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return { zh: "一行里出现了两个“键: 值”，或键跨了行：冒号后的文字含“: ”时请给它加引号", en: `Two "key: value" on one line, or a key across lines: quote a value that contains ": " (${said})` };
    case "BLOCK_IN_FLOW":
      return { zh: "方括号 [ ] 或花括号 { } 里不能换行写缩进的内容；检查是否少了逗号或括号", en: `Indented content inside [ ] or { }: check for a missing comma or bracket (${said})` };
    case "BAD_DQ_ESCAPE":
      return { zh: "双引号里的反斜杠转义无效：写成 \\\\ 或改用单引号", en: `Invalid backslash escape in double quotes: write \\\\ or use single quotes (${said})` };
    case "BAD_SCALAR_START":
      return { zh: "值不能以这个字符开头（如 @ ` % |）：请给它加引号", en: `A value cannot start with this character (such as @, \`, %, |): quote it (${said})` };
    case "BAD_ALIAS":
      return { zh: "别名（*名称）指向的锚点（&名称）不存在，或写在它之后", en: `The alias (*name) has no anchor (&name) before it (${said})` };
    case "MULTIPLE_DOCS":
      return { zh: "文件里有多个 YAML 文档（---）：一个文件只写一个", en: "More than one YAML document (---) in the file: write one per file" };
    case "KEY_OVER_1024_CHARS":
      return { zh: "键太长（超过 1024 个字符）", en: "Key longer than 1024 characters" };
    case "UNEXPECTED_TOKEN": {
      const token = /^Unexpected (\S+)/.exec(said)?.[1];
      return token ? { zh: `这里不应出现“${token}”（多了或少了逗号、冒号、括号？）`, en: `Unexpected "${token}" here (an extra or missing comma, colon or bracket?)` } : { zh: "这里有一个放错位置的符号", en: `Unexpected token: ${said}` };
    }
    default:
      return { zh: `文件格式有误（${e.code}）`, en: said };
  }
}

export function loadUserFile(file: string): LocatedFile {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserFileErrors([
      {
        file,
        line: 1,
        column: 1,
        path: "",
        message:
          code === "ENOENT"
            ? { zh: `找不到文件 ${file}`, en: `File not found: ${file}` }
            : { zh: `无法读取文件 ${file}（${code ?? "error"}）`, en: `Cannot read ${file} (${code ?? "error"})` },
      },
    ]);
  }
  return parseUserFile(file, source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
}

function locateOffset(doc: Document, path: ReadonlyArray<string | number>, key: boolean): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return offset;
      const last = i === path.length - 1;
      if (last && key && isScalar(pair.key)) return pair.key.range?.[0] ?? offset;
      node = pair.value as Node | null;
      offset = node?.range?.[0] ?? (isScalar(pair.key) ? (pair.key.range?.[0] ?? offset) : offset);
    } else if (isSeq(node)) {
      const item = node.items[Number(step)] as Node | undefined;
      if (!item) return offset;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/**
 * One ajv instance per process: schemas are compiled once and reused. `ownSchemas`: the schemas compiled are
 * fazhi's own (config, rule files), checked against the JSON Schema meta-schema by their tests, so ajv does not
 * compile the meta-schema to check them again at every start (≈60 ms). Schemas from plugins need the check.
 */
export function createAjv(options: { ownSchemas?: boolean; /** Keep the generated code, for ajv's standalone output (the build). */ source?: boolean } = {}): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    allowUnionTypes: true,
    useDefaults: false,
    verbose: true,
    validateSchema: !options.ownSchemas,
    ...(options.source ? { code: { source: true, esm: true } } : {}),
  });
  addFormats(ajv);
  return ajv;
}

const sharedAjv = createAjv({ ownSchemas: true });
/** Per ajv instance (their options differ), per schema object. */
const compiled = new WeakMap<Ajv, WeakMap<object, ValidateFunction>>();

/** The key of a schema among the build's precompiled validators: a hash of its JSON. */
export function schemaKey(schema: object): string {
  return createHash("sha256").update(JSON.stringify(schema)).digest("hex").slice(0, 24);
}

/** The validator for `schema`: the build's precompiled one when there is one, else compiled by `ajv` (once per schema object). */
export function compileSchema(ajv: Ajv, schema: object): ValidateFunction {
  let byAjv = compiled.get(ajv);
  if (!byAjv) compiled.set(ajv, (byAjv = new WeakMap()));
  let validate = byAjv.get(schema);
  if (!validate) {
    validate = PRECOMPILED[schemaKey(schema)] ?? ajv.compile(schema);
    byAjv.set(schema, validate);
  }
  return validate;
}

/** Validate data against one of fazhi's own JSON Schemas and explain every mistake at its place in the file. */
export function validateUserData(located: LocatedFile, schema: object, basePath: ReadonlyArray<string | number> = [], data: unknown = located.data): UserFileError[] {
  const validate = compileSchema(sharedAjv, schema);
  if (validate(data)) return [];
  return explainAjvErrors(validate.errors ?? [], located, basePath);
}

export function explainAjvErrors(errors: ErrorObject[], located: LocatedFile, basePath: ReadonlyArray<string | number> = []): UserFileError[] {
  // anyOf/oneOf wrappers only repeat what their branches said; keep them only when nothing deeper explains the value.
  const meaningful = errors.filter(
    (e) => !(["anyOf", "oneOf", "if"].includes(e.keyword) && errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath) && !["anyOf", "oneOf", "if"].includes(o.keyword))),
  );
  const seen = new Set<string>();
  const out: UserFileError[] = [];
  for (const e of meaningful) {
    const steps = [...basePath, ...pointerSteps(e.instancePath)];
    const explained = explain(e);
    const pathSteps = explained.extraStep === undefined ? steps : [...steps, explained.extraStep];
    const pos = located.locate(pathSteps, explained.extraStep !== undefined && e.keyword === "additionalProperties");
    const item: UserFileError = { file: located.file, line: pos.line, column: pos.column, path: dotted(pathSteps), message: explained.message };
    if (explained.suggestion) item.suggestion = explained.suggestion;
    const key = `${item.line}:${item.column}:${item.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return withoutFollowOns(out).sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * A misspelt key ("wieght") also makes the key it meant missing; the did-you-mean says it all, so the "missing
 * required" for the suggested key in the same object is dropped: one error per mistake.
 */
export function withoutFollowOns(errors: UserFileError[]): UserFileError[] {
  const parentOf = (path: string) => path.replace(/\.?[^.[\]]+$/, "");
  const suggested = new Set(errors.filter((e) => e.suggestion).map((e) => `${parentOf(e.path)}|${e.suggestion}`));
  return errors.filter((e) => {
    const missing = /^Missing required key "(.+)"$/.exec(e.message.en);
    return !(missing && suggested.has(`${e.path}|${missing[1]}`));
  });
}

function explain(e: ErrorObject): { message: Localized; suggestion?: string; extraStep?: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      const known = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
      return { extraStep: key, ...unknownKey(key, known) };
    }
    case "required": {
      const key = String(p.missingProperty);
      return { message: { zh: `缺少必填项“${key}”`, en: `Missing required key "${key}"` } };
    }
    case "type": {
      const t = String(p.type);
      return { message: { zh: `应为${TYPE_ZH[t] ?? t}`, en: `Expected ${t}` } };
    }
    case "enum": {
      const allowed = (p.allowedValues as unknown[]).map((v) => String(v));
      const suggestion = typeof e.data === "string" ? didYouMean(e.data, allowed) : undefined;
      const hint = suggestion ? { zh: `，是不是“${suggestion}”？`, en: `; did you mean "${suggestion}"?` } : { zh: "", en: "" };
      return {
        message: {
          zh: `“${String(e.data)}”不可用，只能是以下之一：${allowed.join("、")}${hint.zh}`,
          en: `"${String(e.data)}" is not allowed; must be one of: ${allowed.join(", ")}${hint.en}`,
        },
        ...(suggestion ? { suggestion } : {}),
      };
    }
    case "const":
      return { message: { zh: `只能是 ${JSON.stringify(p.allowedValue)}`, en: `Must be ${JSON.stringify(p.allowedValue)}` } };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const op = { minimum: "≥", maximum: "≤", exclusiveMinimum: ">", exclusiveMaximum: "<" }[e.keyword];
      return { message: { zh: `应 ${op} ${String(p.limit)}`, en: `Must be ${op} ${String(p.limit)}` } };
    }
    case "minItems":
      return { message: { zh: `至少需要 ${String(p.limit)} 项`, en: `Needs at least ${String(p.limit)} item(s)` } };
    case "maxItems":
      return { message: { zh: `最多 ${String(p.limit)} 项`, en: `At most ${String(p.limit)} item(s)` } };
    case "minLength":
      return { message: { zh: `不能为空（至少 ${String(p.limit)} 个字符）`, en: `Must have at least ${String(p.limit)} character(s)` } };
    case "pattern":
      return { message: { zh: `格式不对，应符合 ${String(p.pattern)}`, en: `Must match ${String(p.pattern)}` } };
    case "format":
      return { message: { zh: `应为 ${String(p.format)} 格式`, en: `Must be a valid ${String(p.format)}` } };
    case "uniqueItems":
      return { message: { zh: `第 ${String(p.j)} 项与第 ${String(p.i)} 项重复`, en: `Items ${String(p.j)} and ${String(p.i)} are duplicates` } };
    default:
      return { message: { zh: `不符合要求：${e.message ?? e.keyword}`, en: e.message ?? e.keyword } };
  }
}

/** "Unknown key" with a did-you-mean among `known` (or the list of known keys when none is close). */
export function unknownKey(key: string, known: readonly string[]): { message: Localized; suggestion?: string } {
  const suggestion = didYouMean(key, known);
  const hint = suggestion ? { zh: `，是不是“${suggestion}”？`, en: `; did you mean "${suggestion}"?` } : { zh: known.length ? `。可用的键：${known.join("、")}` : "", en: known.length ? `. Known keys: ${known.join(", ")}` : "" };
  return { message: { zh: `未知的键“${key}”${hint.zh}`, en: `Unknown key "${key}"${hint.en}` }, ...(suggestion ? { suggestion } : {}) };
}

const TYPE_ZH: Record<string, string> = {
  string: "文字（字符串）",
  number: "数字",
  integer: "整数",
  boolean: "true 或 false",
  object: "键值对象",
  array: "列表",
  null: "空值 null",
};

function pointerSteps(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `["scoring","categories",0,"weight"]` → `scoring.categories[0].weight` */
export function dotted(steps: ReadonlyArray<string | number>): string {
  return steps.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/** `fazhi.config.yaml:12:5  scoring.categories[0].weight: 应 > 0` */
export function formatUserFileError(e: UserFileError, lang: "zh" | "en"): string {
  return `${e.file}:${e.line}:${e.column}  ${e.path ? `${e.path}: ` : ""}${e.message[lang]}`;
}

function firstLine(s: string): string {
  return s.split("\n")[0]!;
}
