import { compactFold } from "@fazhi/rule-kit";
import { checkSync, type Diagnostics } from "recheck";
import type { Localized } from "@fazhi/rule-kit";

/**
 * A phrase or a regex from a rule file, compiled once at load. Literals are matched through
 * `context.query` (folded: 繁→简, full/half width, whitespace and watermarks ignored); regexes run on the
 * same folded, whitespace-free text.
 */
export type CompiledPattern =
  | { type: "literal"; phrase: string; /** folded, whitespace-free form */ key: string; display: string }
  | { type: "regex"; regex: RegExp; display: string };

/** Why a regex cannot be used, or null when it is fine. */
export function regexProblem(source: string): Localized | null {
  let regex: RegExp;
  try {
    regex = new RegExp(source, "u");
  } catch (error) {
    const why = (error as Error).message.replace(/^Invalid regular expression: /, "");
    return { zh: `正则表达式写错了：${why}`, en: `Invalid regular expression: ${why}` };
  }
  if (!/[\\^$.|?*+()[\]{}]/.test(source)) {
    return {
      zh: `这其实是一个普通短语，请直接写成 "${source}"（不用 regex）：普通短语同样会匹配繁体、全角和带空格的写法`,
      en: `This is a plain phrase: write "${source}" instead of a regex (phrases match Traditional, full-width and spaced text too)`,
    };
  }
  if (new RegExp(`^(?:${source})$`, "u").test("")) {
    return {
      zh: "这个正则可以匹配空文字，会在任何地方都“找到”，请至少要求一个字",
      en: "This regex matches the empty string, so it would be “found” everywhere; require at least one character",
    };
  }
  const diagnostics = recheck(source);
  if (diagnostics.status === "vulnerable") {
    const attack = diagnostics.attack.pattern;
    if (diagnostics.complexity.type === "exponential") {
      return {
        zh: `这个正则会发生灾难性回溯（指数级时间），遇到某些文字（例如 ${attack}）时会卡死整个评估。原因通常是嵌套的重复，如 (a+)+ 或 (\\w+\\s?)*：请去掉嵌套的 + / *，或改用普通短语`,
        en: `This regex can backtrack catastrophically (exponential time) and would hang the run on input such as ${attack}. The usual cause is a nested repetition like (a+)+ or (\\w+\\s?)*: remove the nesting or use plain phrases`,
      };
    }
    return {
      zh: `这个正则在很长的重复文字上会越来越慢（${diagnostics.complexity.degree} 次方时间，例如 ${attack}），可能拖垮整个评估。原因通常是不限次数的重复（+、*、{2,}）：请给重复加上上限，如 \\d{1,6} 代替 \\d+、x{2,4} 代替 x{2,}`,
      en: `This regex slows down polynomially (degree ${diagnostics.complexity.degree}) on long repeated input such as ${attack} and could stall the run. The usual cause is an unbounded repetition (+, *, {2,}): bound it, e.g. \\d{1,6} instead of \\d+, x{2,4} instead of x{2,}`,
    };
  }
  if (diagnostics.status === "unknown") {
    const why = "message" in diagnostics.error ? diagnostics.error.message : diagnostics.error.kind;
    return {
      zh: `无法确认这个正则不会发生灾难性回溯（${why}），请改写得简单一些或改用普通短语`,
      en: `Could not prove this regex safe from catastrophic backtracking (${why}); simplify it or use plain phrases`,
    };
  }
  return null;
}

const recheckCache = new Map<string, Diagnostics>();
function recheck(source: string): Diagnostics {
  let d = recheckCache.get(source);
  if (!d) {
    d = checkSync(source, "u", { timeout: 10_000 });
    recheckCache.set(source, d);
  }
  return d;
}

/** Compile a pattern already known to be valid (see `regexProblem`). */
export function compilePattern(input: string | { regex: string }): CompiledPattern {
  if (typeof input === "string") return { type: "literal", phrase: input, key: compactFold(input), display: input };
  return { type: "regex", regex: new RegExp(input.regex, "gu"), display: `/${input.regex}/` };
}

/**
 * Where the last match of `pattern` in folded, whitespace-free `s` ends, and its length; null when none.
 * Used to tell which label stands closest before a number.
 */
export function lastMatch(pattern: CompiledPattern, s: string): { end: number; length: number } | null {
  if (pattern.type === "literal") {
    const i = s.lastIndexOf(pattern.key);
    return i === -1 ? null : { end: i + pattern.key.length, length: pattern.key.length };
  }
  let best: { end: number; length: number } | null = null;
  for (const m of s.matchAll(pattern.regex)) {
    if (m[0].length === 0) continue;
    const end = m.index + m[0].length;
    if (!best || end > best.end || (end === best.end && m[0].length > best.length)) best = { end, length: m[0].length };
  }
  return best;
}
