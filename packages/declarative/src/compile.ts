import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { NumberKind } from "@fazhi/core";
import { compactFold, type Localized, type RuleLevel, type RuleModule } from "@fazhi/rule-kit";
import { dotted, parseUserFile, unknownKey, UserFileErrors, validateUserData, withoutFollowOns, type LocatedFile, type UserFileError } from "@fazhi/user-files";
import { buildBands, overlappingBands, thresholdValue } from "./bands.js";
import * as kinds from "./kinds.js";
import type { CompiledScope } from "./matching.js";
import { compilePattern, regexProblem, type CompiledPattern } from "./patterns.js";
import { INDICATOR_NUMBER_KINDS, KINDS, keysOf, ruleFileJsonSchema, type BandInput, type LocalizedInput, type OneOrMany, type PatternInput, type RuleFile } from "./schema.js";

export interface CompiledRule {
  /** Full id, "namespace/name". */
  id: string;
  rule: RuleModule;
  /** sha256 of the file's text: part of the engine's cache key. */
  sha256: string;
  file: string;
  /** The rule's default level (`level` in the file, else warn). */
  level: RuleLevel;
  examples: { pass: string[]; fail: string[] };
}

type Path = Array<string | number>;

/** Read a rule file and compile it; throws UserFileErrors listing every mistake. */
export function compileRuleFile(file: string): CompiledRule {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new UserFileErrors([
      {
        file,
        line: 1,
        column: 1,
        path: "",
        message: code === "ENOENT" ? { zh: `找不到规则文件 ${file}`, en: `Rule file not found: ${file}` } : { zh: `无法读取规则文件 ${file}（${code}）`, en: `Cannot read rule file ${file} (${code})` },
      },
    ]);
  }
  return compileRuleSource(file, source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
}

/**
 * Validate a rule file (JSON Schema first, then what a schema cannot say) and compile it into a rule
 * module. Throws UserFileErrors with every mistake found, each with line:column, path and a did-you-mean
 * where one applies.
 */
export function compileRuleSource(file: string, source: string): CompiledRule {
  const located = parseUserFile(file, source);
  const schemaErrors = validateUserData(located, ruleFileJsonSchema);
  const checker = new Checker(located);
  // Semantic checks run even when the schema failed (they guard every value they read), so one run shows
  // a misspelt key and a dangerous regex together.
  checker.checkAll();
  const errors = mergeErrors(schemaErrors, checker.errors);
  if (errors.length > 0) throw new UserFileErrors(errors);
  const data = located.data as RuleFile;
  return build(file, source, data);
}

function mergeErrors(a: UserFileError[], b: UserFileError[]): UserFileError[] {
  const seen = new Set<string>();
  const out: UserFileError[] = [];
  for (const e of withoutFollowOns([...a, ...b])) {
    const key = `${e.line}:${e.column}:${e.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out.sort((x, y) => x.line - y.line || x.column - y.column);
}

// ------------------------------------------------------------------ semantic checks

const ID = /^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

class Checker {
  readonly errors: UserFileError[] = [];
  private readonly data: Record<string, unknown>;
  constructor(private readonly located: LocatedFile) {
    this.data = isObject(located.data) ? located.data : {};
  }

  private error(path: Path, message: Localized, key = false) {
    const pos = this.located.locate(path, key);
    this.errors.push({ file: this.located.file, line: pos.line, column: pos.column, path: dotted(path), message });
  }

  checkAll() {
    const d = this.data;
    this.checkId();
    this.checkKeysWithoutKind();
    this.walkPatterns(d, []);
    const kind = d.kind;
    if (kind === "occurrence") this.checkOccurrence();
    if (kind === "indicator") this.checkIndicator();
    if (kind === "arithmetic") this.checkArithmetic();
    if (isObject(d.scope) && d.scope.part !== undefined && d.scope.heading !== undefined) {
      this.error(["scope"], {
        zh: "scope 里 part 和 heading 只能写一个：按提纲部分找，或按标题找",
        en: "scope takes either part or heading, not both",
      });
    }
    if (isObject(d.scope) && Object.keys(d.scope).length === 0) {
      this.error(["scope"], { zh: "scope 是空的：写 part 或 heading，或者删掉 scope 查全文", en: "scope is empty: give part or heading, or remove scope to search the whole report" });
    }
    this.checkPlaceholders();
  }

  /**
   * The schema checks keys per kind; with no valid `kind` it cannot, and a misspelt key ("mesage") would only show
   * as the follow-on "missing message". Check the keys against every kind's instead, with a did-you-mean.
   */
  private checkKeysWithoutKind() {
    if ((KINDS as readonly unknown[]).includes(this.data.kind)) return;
    const known = [...new Set(KINDS.flatMap(keysOf))];
    for (const key of Object.keys(this.data)) {
      if (known.includes(key)) continue;
      const pos = this.located.locate([key], true);
      this.errors.push({ file: this.located.file, line: pos.line, column: pos.column, path: key, ...unknownKey(key, known) });
    }
  }

  private checkId() {
    const id = this.data.id;
    if (typeof id !== "string" || id.length === 0) return;
    if (!id.includes("/")) {
      this.error(["id"], {
        zh: `规则编号“${id}”缺少命名空间：请写成“命名空间/名称”，如 myoffice/${id.toLowerCase().replace(/[^a-z0-9-]/g, "-") || "rule-name"}`,
        en: `Rule id "${id}" has no namespace: write "namespace/name", e.g. myoffice/${id.toLowerCase().replace(/[^a-z0-9-]/g, "-") || "rule-name"}`,
      });
    } else if (!ID.test(id)) {
      this.error(["id"], {
        zh: `规则编号“${id}”只能用小写字母、数字和连字符，写成“命名空间/名称”，各以字母开头`,
        en: `Rule id "${id}" must be "namespace/name" in lower-case letters, digits and dashes, each starting with a letter`,
      });
    }
  }

  /** Every pattern item anywhere in the file: regexes compiled and checked, literals non-empty after folding. */
  private walkPatterns(value: unknown, path: Path) {
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.walkPatterns(v, [...path, i]));
      return;
    }
    if (!isObject(value)) {
      if (typeof value === "string" && isPhrasePath(path) && value.trim() !== "" && compactFold(value) === "") {
        this.error(path, { zh: "这个短语去掉空白后是空的", en: "This phrase is empty once whitespace is removed" });
      }
      return;
    }
    if (path[0] === "examples") return;
    if (typeof value.regex === "string") {
      const problem = regexProblem(value.regex);
      if (problem) this.error([...path, "regex"], problem);
      return;
    }
    for (const [k, v] of Object.entries(value)) this.walkPatterns(v, [...path, k]);
  }

  private checkOccurrence() {
    const { min, max } = this.data;
    if (min === undefined && max === undefined) {
      this.error(["kind"], { zh: "occurrence 规则至少要写 min 或 max 之一", en: "An occurrence rule needs min or max" });
    }
    if (typeof min === "number" && typeof max === "number" && min > max) {
      this.error(["min"], { zh: `min（${min}）大于 max（${max}），没有任何报告能通过`, en: `min (${min}) is greater than max (${max}); no report could pass` });
    }
  }

  private checkIndicator() {
    const bands = this.data.bands;
    if (!Array.isArray(bands)) return;
    const valid: BandInput[] = [];
    const positions: number[] = [];
    bands.forEach((b, i) => {
      if (!isObject(b)) return;
      if (b.min === undefined && b.max === undefined) {
        this.error(["bands", i], { zh: "每一档要写 min 或 max（或两者）", en: "Each band needs min or max (or both)" });
        return;
      }
      const ok = (t: unknown) => typeof t === "number" || (typeof t === "string" && /^-?\d+(\.\d+)?%$/.test(t));
      if ((b.min !== undefined && !ok(b.min)) || (b.max !== undefined && !ok(b.max)) || typeof b.score !== "number") return;
      if (b.min !== undefined && b.max !== undefined && thresholdValue(b.min as number | string) > thresholdValue(b.max as number | string)) {
        this.error(["bands", i, "min"], { zh: `这一档的 min（${String(b.min)}）大于 max（${String(b.max)}）`, en: `This band's min (${String(b.min)}) is greater than its max (${String(b.max)})` });
        return;
      }
      valid.push(b as unknown as BandInput);
      positions.push(i);
    });
    for (const o of overlappingBands(valid)) {
      const a = positions[o.a]!;
      const b = positions[o.b]!;
      this.error(["bands", b], {
        zh: `第 ${b + 1} 档与第 ${a + 1} 档重叠（${o.at} 同时落在两档里）：各档的范围不能重叠`,
        en: `Band ${b + 1} overlaps band ${a + 1} (${o.at} falls in both); bands must not overlap`,
      });
    }
    // Rates are fractions: a threshold of 95 for a rate is almost certainly meant as 95%.
    const unit = this.data.unit;
    const kindsList = this.data.kinds;
    const isRate = unit === "%" || (Array.isArray(unit) && unit.length > 0 && unit.every((u) => u === "%")) || (Array.isArray(kindsList) && kindsList.length > 0 && kindsList.every((k) => k === "rate"));
    if (isRate) {
      valid.forEach((b, j) => {
        for (const key of ["min", "max"] as const) {
          const t = b[key];
          if (typeof t === "number" && t > 1) {
            this.error(["bands", positions[j]!, key], {
              zh: `比率按小数比较：${t} 应写成 ${t / 100} 或 "${t}%"`,
              en: `Rates compare as fractions: write ${t / 100} or "${t}%" instead of ${t}`,
            });
          }
        }
      });
    }
  }

  private checkArithmetic() {
    const { parts, whole, rate } = this.data;
    const sum = parts !== undefined || whole !== undefined;
    if (sum && rate !== undefined) {
      this.error(["rate"], {
        zh: "一条 arithmetic 规则只核算一件事：要么 parts + whole（分项之和等于总数），要么 rate（比率），请拆成两个文件",
        en: "An arithmetic rule checks one thing: parts + whole, or rate; split it into two files",
      });
    } else if (!sum && rate === undefined) {
      this.error(["kind"], { zh: "arithmetic 规则要写 parts + whole，或者 rate", en: "An arithmetic rule needs parts + whole, or rate" });
    } else if (sum && (parts === undefined || whole === undefined)) {
      this.error([parts === undefined ? "whole" : "parts"], {
        zh: `分项核算要同时写 parts 和 whole，缺少 ${parts === undefined ? "parts" : "whole"}`,
        en: `A sum check needs both parts and whole; ${parts === undefined ? "parts" : "whole"} is missing`,
      });
    }
  }

  private checkPlaceholders() {
    const kind = this.data.kind;
    if (typeof kind !== "string") return;
    let allowed: readonly string[] | undefined;
    if (kind === "arithmetic") allowed = this.data.rate !== undefined ? kinds.PLACEHOLDERS["arithmetic-rate"] : kinds.PLACEHOLDERS["arithmetic-sum"];
    else allowed = (kinds.PLACEHOLDERS as Record<string, readonly string[]>)[kind];
    if (!allowed) return;
    this.checkMessagePlaceholders("message", kind, allowed);
    if (kind === "indicator") this.checkMessagePlaceholders("missingMessage", kind, kinds.PLACEHOLDERS["indicator-missing"]);
  }

  private checkMessagePlaceholders(key: string, kind: string, allowed: readonly string[]) {
    const message = this.data[key];
    const texts: Array<[Path, string]> = typeof message === "string" ? [[[key], message]] : isObject(message) ? (["zh", "en"] as const).filter((l) => typeof message[l] === "string").map((l) => [[key, l], message[l] as string]) : [];
    for (const [path, text] of texts) {
      for (const m of text.matchAll(/\{(\w+)\}/g)) {
        const name = m[1]!;
        if (allowed.includes(name)) continue;
        this.error(path, {
          zh: `提示里的 {${name}} 不会被填上：${kind} 规则只提供 ${allowed.map((a) => `{${a}}`).join("、")}`,
          en: `{${name}} in the message is never filled: a ${kind} rule provides ${allowed.map((a) => `{${a}}`).join(", ")}`,
        });
      }
    }
  }
}

const PHRASE_KEYS = new Set(["phrases", "headingPhrases", "inlinePhrases", "labels", "whole", "parts", "numerator", "denominator", "stated", "heading"]);
function isPhrasePath(path: Path): boolean {
  return path.some((p) => typeof p === "string" && PHRASE_KEYS.has(p));
}

// ------------------------------------------------------------------ build

function localized(input: LocalizedInput | undefined, fallback: LocalizedInput): Localized {
  const v = input ?? fallback;
  return typeof v === "string" ? { zh: v, en: v } : { zh: v.zh, en: v.en };
}

const patterns = (items: readonly PatternInput[]): CompiledPattern[] => items.map(compilePattern);
const oneOrMany = (v: OneOrMany): CompiledPattern[] => patterns(Array.isArray(v) ? v : [v]);

function toleranceOf(t: "auto" | number | string | undefined): kinds.Tolerance {
  if (t === undefined || t === "auto") return { auto: true };
  return { auto: false, value: typeof t === "number" ? t : thresholdValue(t) };
}

function build(file: string, source: string, data: RuleFile): CompiledRule {
  const [, name] = data.id.split("/") as [string, string];
  const scope: CompiledScope | null = data.scope?.part
    ? { part: data.scope.part }
    : data.scope?.heading !== undefined
      ? { heading: patterns(typeof data.scope.heading === "string" ? [data.scope.heading] : data.scope.heading) }
      : null;
  let runtime: kinds.KindRuntime;
  switch (data.kind) {
    case "presence":
      runtime = kinds.presence({ phrases: patterns(data.phrases), match: data.match ?? "any", scope });
      break;
    case "absence":
      runtime = kinds.absence({ phrases: patterns(data.phrases), scope });
      break;
    case "occurrence":
      runtime = kinds.occurrence({ phrases: patterns(data.phrases), min: data.min ?? null, max: data.max ?? null, countBy: data.countBy ?? "occurrence", scope });
      break;
    case "outline-part":
      runtime = kinds.outlinePart({
        part: data.part,
        headingPhrases: patterns(data.headingPhrases),
        inlinePhrases: patterns(data.inlinePhrases ?? []),
        scores: { heading: data.scores?.heading ?? 1, inline: data.scores?.inline ?? 0.5, absent: data.scores?.absent ?? 0 },
        scope,
      });
      break;
    case "indicator":
      runtime = kinds.indicator({
        labels: patterns(data.labels),
        units: data.unit === undefined ? null : typeof data.unit === "string" ? [data.unit] : data.unit,
        kinds: (data.kinds ?? INDICATOR_NUMBER_KINDS) as NumberKind[],
        window: data.window ?? 30,
        approx: data.approx ?? "accept",
        whenMissing: data.whenMissing ?? "zero",
        bands: data.bands ? buildBands(data.bands) : null,
        scope,
      });
      break;
    case "arithmetic":
      runtime = data.rate
        ? kinds.arithmeticRate({
            numerator: oneOrMany(data.rate.numerator),
            denominator: oneOrMany(data.rate.denominator),
            stated: oneOrMany(data.rate.stated),
            tolerance: toleranceOf(data.tolerance),
            within: data.within ?? "paragraph",
            scope,
          })
        : kinds.arithmeticSum({
            whole: oneOrMany(data.whole!),
            parts: data.parts!.map(oneOrMany),
            tolerance: toleranceOf(data.tolerance),
            within: data.within ?? "paragraph",
            scope,
          });
      break;
    case "conditional":
      runtime = kinds.conditional({ when: patterns(data.if.phrases), then: patterns(data.then.phrases), within: data.within ?? "paragraph", scope });
      break;
  }
  const title = localized(data.title, data.title);
  const rule: RuleModule = {
    meta: {
      id: name,
      type: runtime.type,
      title,
      description: localized(data.description, data.title),
      messages: {
        default: localized(data.message, data.message),
        ...(data.kind === "indicator" ? { [kinds.MISSING_MESSAGE]: localized(data.missingMessage, kinds.DEFAULT_MISSING) } : {}),
      },
      version: data.version ?? "1.0.0",
    },
    evaluate: (context) => runtime.evaluate(context),
  };
  return {
    id: data.id,
    rule,
    sha256: createHash("sha256").update(source).digest("hex"),
    file,
    level: data.level ?? "warn",
    examples: { pass: [...data.examples.pass], fail: [...data.examples.fail] },
  };
}
