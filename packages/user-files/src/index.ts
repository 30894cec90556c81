import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

export interface Localized {
  zh: string;
  en: string;
}

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
  if (doc.errors.length > 0) {
    throw new UserFileErrors(
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          file,
          line: pos.line,
          column: pos.col,
          path: "",
          message: {
            zh: e.code === "DUPLICATE_KEY" ? `键重复出现：${firstLine(e.message)}` : `文件格式有误（YAML/JSON 语法）：${firstLine(e.message)}`,
            en: e.code === "DUPLICATE_KEY" ? `Duplicate key: ${firstLine(e.message)}` : `Syntax error: ${firstLine(e.message)}`,
          },
        };
      }),
    );
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
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

/** One ajv instance per process: schemas are compiled once and reused. */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, useDefaults: false, verbose: true });
  addFormats(ajv);
  return ajv;
}

const sharedAjv = createAjv();
const compiled = new WeakMap<object, ValidateFunction>();

/** Validate data against a JSON Schema and explain every mistake at its place in the file. */
export function validateUserData(located: LocatedFile, schema: object, basePath: ReadonlyArray<string | number> = [], data: unknown = located.data): UserFileError[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = sharedAjv.compile(schema);
    compiled.set(schema, validate);
  }
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
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

function explain(e: ErrorObject): { message: Localized; suggestion?: string; extraStep?: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      const known = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
      const suggestion = didYouMean(key, known);
      const hint = suggestion ? { zh: `，是不是“${suggestion}”？`, en: `; did you mean "${suggestion}"?` } : { zh: known.length ? `。可用的键：${known.join("、")}` : "", en: known.length ? `. Known keys: ${known.join(", ")}` : "" };
      return {
        extraStep: key,
        message: { zh: `未知的键“${key}”${hint.zh}`, en: `Unknown key "${key}"${hint.en}` },
        ...(suggestion ? { suggestion } : {}),
      };
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

/** The closest candidate within a small edit distance (case-insensitive), for "did you mean". */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  if (best !== undefined && bestDistance <= allowed) return best;
  // A longer spelling of a short keyword ("warning" for "warn") is too far by edit distance but clearly meant.
  const prefixed = candidates.filter((c) => c.length >= 3 && w.startsWith(c.toLowerCase()));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** `fazhi.config.yaml:12:5  scoring.categories[0].weight: 应 > 0` */
export function formatUserFileError(e: UserFileError, lang: "zh" | "en"): string {
  return `${e.file}:${e.line}:${e.column}  ${e.path ? `${e.path}: ` : ""}${e.message[lang]}`;
}

function firstLine(s: string): string {
  return s.split("\n")[0]!;
}
