/**
 * A deterministic measure of work: while `countOperations` runs a function, the built-ins that walk a
 * string or an array add the characters or elements they visit to a counter. A search that rescans the
 * report per number, a list filtered once per value, a regex run from the start for every sentence all
 * show as counts that grow faster than the input, on any machine and however busy it is — unlike time.
 *
 * Counted: string searches with a string needle (`indexOf`, `lastIndexOf`, `includes`; to the match, or
 * to the end when missing), string methods that read the whole string (`split`, `replace`, `match`,
 * `normalize`, case mapping, `trim`), one per `charCodeAt`/`codePointAt`/`charAt`/`at`, every `RegExp`
 * execution (what it scanned: from where it started to the end of its match, or to the end of the input
 * when it fails — `match`, `replace`, `split` and `test` all run through it), array walks (`filter`,
 * `map`, `some`, `find`, `indexOf`, `includes`, `reduce`, `join`, `slice`, `sort`, `for…of` and spread),
 * and `Map`/`Set` iteration. A hand-written `for (let i…)` loop reading `a[i]` is not seen; the habits in
 * docs/DESIGN.md §7 keep those over a slice, and the loops they visit are counted by what they call.
 */

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;

let counter = 0;
/** When set, the work is also summed by the line of our code that called the built-in. */
let byCaller: Map<string, number> | undefined;
let attributing = false;

type CallSite = { getFileName(): string | null; getFunctionName(): string | null; getLineNumber(): number | null };

/** Our call site of the built-in: the first frame outside op-count and node_modules, as "package/file.ts:line function". */
function attribute(n: number): void {
  // Structured frames, not `stack` text: a test runner's source-map formatting per call would take minutes.
  const { prepareStackTrace, stackTraceLimit } = Error;
  Error.prepareStackTrace = (_error, frames) => frames;
  Error.stackTraceLimit = 12;
  const frames = new Error().stack as unknown as CallSite[];
  Error.prepareStackTrace = prepareStackTrace;
  Error.stackTraceLimit = stackTraceLimit;
  let where = "?";
  for (const frame of frames) {
    const file = frame.getFileName() ?? "";
    if (!file || file.includes("node_modules") || file.includes("/op-count.ts")) continue;
    const short = /\/(packages|rules|tooling)\/(.*)$/.exec(file);
    const name = frame.getFunctionName();
    where = `${short ? `${short[1]}/${short[2]}` : file}:${frame.getLineNumber() ?? "?"}${name ? ` ${name}` : ""}`;
    break;
  }
  byCaller!.set(where, (byCaller!.get(where) ?? 0) + n);
}

function wrap(owner: object, name: PropertyKey, cost: (self: never, args: unknown[], result: unknown, before: number) => number): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(owner, name);
  const original = descriptor?.value as AnyFn | undefined;
  if (!descriptor || typeof original !== "function") return () => {};
  const counted = function (this: unknown, ...args: unknown[]): unknown {
    const before = this instanceof RegExp ? this.lastIndex : 0;
    const result = original.apply(this, args);
    if (attributing) return result;
    const n = cost(this as never, args, result, before);
    counter += n;
    if (byCaller) {
      attributing = true; // the built-ins `attribute` uses are not counted
      try {
        attribute(n);
      } finally {
        attributing = false;
      }
    }
    return result;
  };
  Object.defineProperty(owner, name, { ...descriptor, value: counted });
  return () => Object.defineProperty(owner, name, descriptor);
}

const len = (self: { length: number }): number => self.length;
const one = (): number => 1;

function stringSearch(self: string, args: unknown[], result: unknown): number {
  if (typeof args[0] !== "string") return 0; // a regex argument is counted by RegExp exec
  const from = Math.max(0, Number(args[1] ?? 0) || 0);
  if (typeof result === "number" && result >= 0) return result - from + args[0].length;
  return self.length - from;
}

function wholeString(self: string, args: unknown[]): number {
  return args[0] instanceof RegExp ? 0 : String(self).length;
}

/**
 * What a regex execution scanned: from where it started to the end of its match, or to the end of the
 * input when it fails. A sticky regex, or one anchored at the start (`^`, not multiline), tries one
 * position only: its match, or 1 when it fails there.
 */
function regexpExec(self: RegExp, args: unknown[], result: unknown, before: number): number {
  const match = result as RegExpExecArray | null;
  if (self.sticky || (self.source.startsWith("^") && !self.multiline)) return match ? Math.max(1, match[0].length) : 1;
  const input = String(args[0]);
  const start = self.global ? before : 0;
  const end = match ? match.index + match[0].length : input.length;
  return Math.max(1, end - start);
}

/** Installs the counting built-ins; returns the function that puts the originals back. */
function install(): () => void {
  const undo: Array<() => void> = [];
  for (const name of ["indexOf", "lastIndexOf", "includes"]) undo.push(wrap(String.prototype, name, stringSearch));
  for (const name of ["split", "replace", "replaceAll", "match", "matchAll", "search", "normalize", "toLowerCase", "toUpperCase", "trim", "trimStart", "trimEnd", "localeCompare"]) {
    undo.push(wrap(String.prototype, name, wholeString));
  }
  for (const name of ["charCodeAt", "codePointAt", "charAt", "at"]) undo.push(wrap(String.prototype, name, one));
  undo.push(wrap(String.prototype, Symbol.iterator, len));
  undo.push(wrap(RegExp.prototype, "exec", regexpExec));
  for (const name of ["filter", "map", "forEach", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "reduce", "reduceRight", "indexOf", "lastIndexOf", "includes", "join", "slice", "concat", "flat", "flatMap", "sort", "reverse", "splice", "fill", "values", "entries", "keys", Symbol.iterator]) {
    undo.push(wrap(Array.prototype, name, len));
  }
  for (const owner of [Map.prototype, Set.prototype]) {
    for (const name of ["forEach", "values", "entries", "keys", Symbol.iterator]) undo.push(wrap(owner, name, (self: { size: number }) => self.size));
  }
  return () => {
    for (const restore of undo.reverse()) restore();
  };
}

/**
 * The operations `fn` performs (see the file comment), and its result. The built-ins are restored after.
 * With `topCallers`, also the call sites that did the most work (slow: a stack per call; for a failure message).
 */
export async function countOperations<T>(fn: () => T | Promise<T>, options: { topCallers?: number } = {}): Promise<{ operations: number; result: T; callers: Array<[string, number]> }> {
  const restore = install();
  counter = 0;
  byCaller = options.topCallers ? new Map() : undefined;
  try {
    const result = await fn();
    const callers = byCaller ? [...byCaller].sort((a, b) => b[1] - a[1]).slice(0, options.topCallers) : [];
    return { operations: counter, result, callers };
  } finally {
    byCaller = undefined;
    restore();
  }
}
