/**
 * The result as pretty JSON (two-space indent, as `JSON.stringify(result, null, 2)` writes it) in pieces: one per
 * top-level field and one per element of a top-level array (a report, a cohort's ranking). The whole text is
 * never one string: V8 caps a string at about 512 MB (2^29 characters), which the JSON of some 10,000 reports
 * passes ("Invalid string length"), and a piece at a time keeps memory to one report's text.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { ResultSource } from "./views.js";

/** Write pieces to a stream, waiting whenever it asks to (so pieces never pile up in memory). */
export async function writePieces(stream: Writable, pieces: Iterable<string | Uint8Array>): Promise<void> {
  // A write error is thrown here (and by a later `finished`), never left as an unhandled "error" event.
  if (!stream.listeners("error").includes(ignore)) stream.on("error", ignore);
  let n = 0;
  for (const piece of pieces) {
    // Now and then let the event loop run (a signal handler, a progress line) while a long output is written.
    if (++n % 256 === 0) await new Promise(setImmediate);
    if (stream.write(piece)) continue;
    if (stream.errored) throw stream.errored;
    await once(stream, "drain"); // rejects on the stream's error
  }
}

const ignore = (): void => {};

/** An array whose items are produced as they are written (e.g. reports read back from disk one at a time). */
export class JsonItems {
  constructor(
    readonly length: number,
    readonly items: () => Iterable<unknown>,
  ) {}
}

/**
 * An object already written by `JSON.stringify(object)` (compact, as a cache entry or the spill file holds it),
 * with top-level members to set: stands for `{ ...JSON.parse(json), ...set }` in `prettyJsonChunks`, which
 * re-indents the bytes instead of parsing and stringifying them again (the cost of a warm run's JSON).
 */
export class JsonText {
  constructor(
    readonly json: Buffer,
    readonly set: Readonly<Record<string, unknown>> = {},
  ) {}
}

/** A result as pretty JSON in pieces; a stored result's reports are read back one at a time (as stored JSON when it has it). */
export function resultJsonChunks(result: ResultSource): Generator<string | Buffer> {
  if (!("full" in result)) return prettyJsonChunks(result);
  const { schemaVersion, tool, profile, rankings, summary } = result;
  const reports = () => (result.fullJson ? result.fullJson() : result.full());
  return prettyJsonChunks({ schemaVersion, tool, profile, reports: new JsonItems(result.reports.length, reports), rankings, summary });
}

/**
 * The same text as `JSON.stringify(value, null, 2) + "\n"`, in pieces (a member given as JsonItems is written as its
 * array; an element given as JsonText as the object it stands for, as bytes).
 */
export function* prettyJsonChunks(value: unknown): Generator<string | Buffer> {
  if (!isPlainObject(value)) {
    yield `${JSON.stringify(value, null, 2) ?? "undefined"}\n`;
    return;
  }
  // Found without stringifying them: one of the members is the list of reports.
  const entries = Object.entries(value).filter(([, v]) => !leftOut(v));
  if (entries.length === 0) {
    yield "{}\n";
    return;
  }
  yield "{";
  for (const [i, [key, v]] of entries.entries()) {
    yield `${i === 0 ? "" : ","}\n  ${JSON.stringify(key)}: `;
    if ((Array.isArray(v) || v instanceof JsonItems) && v.length > 0) {
      yield "[";
      let j = 0;
      for (const item of v instanceof JsonItems ? v.items() : v) {
        if (item instanceof JsonText) {
          yield `${j++ === 0 ? "" : ","}\n    `;
          yield reindent(item, 2);
        } else yield `${j++ === 0 ? "" : ","}\n    ${indented(item, 2)}`;
      }
      yield "\n  ]";
    } else if (v instanceof JsonItems) {
      yield "[]";
    } else {
      yield indented(v, 1);
    }
  }
  yield "\n}\n";
}

/**
 * JSON.stringify(value, null, 2) as it reads nested `depth` levels deep (two spaces a level). Stringified inside as
 * many one-element arrays as it is deep, then cut out of them: JSON.stringify indents it itself, so the text
 * is not scanned again to indent it (which cost as much as stringifying).
 */
function indented(value: unknown, depth: number): string {
  const { prefix, suffix } = (WRAPPERS[depth] ??= wrapper(depth));
  const text = JSON.stringify(wrap(value, depth), null, 2);
  return text.slice(prefix, text.length - suffix);
}

/**
 * `indented({ ...JSON.parse(text.json), ...text.set }, depth)` as UTF-8 bytes, without parsing: the compact JSON is
 * copied with line breaks and indentation put in (strings copied whole: JSON.stringify writes a string the same
 * way twice), and a top-level member in `set` has its value replaced where it stands, or is added at the end.
 * The text must be JSON.stringify's own output of an object (no whitespace between tokens).
 */
export function reindent(text: JsonText, depth: number): Buffer {
  const src = text.json;
  const setKeys = new Map<string, [string, unknown]>();
  for (const [key, value] of Object.entries(text.set)) if (!leftOut(value)) setKeys.set(JSON.stringify(key), [key, value]);
  // Byte by byte in one loop (no call per token: a report's JSON has thousands of short strings and numbers).
  let out = Buffer.allocUnsafe(src.length * 2 + 1024);
  let o = 0;
  const room = (n: number) => {
    if (o + n <= out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, o + n));
    out.copy(bigger, 0, 0, o);
    out = bigger;
  };
  const put = (s: string) => {
    room(s.length * 3);
    o += out.write(s, o, "utf8");
  };
  const newline = (level: number) => {
    room(1 + 2 * level);
    out[o++] = 0x0a;
    for (let k = 2 * level; k > 0; k--) out[o++] = 0x20;
  };
  /** Index just past the string that opens at i (a backslash escapes the byte after it; \uXXXX holds no quote). */
  const stringEnd = (i: number): number => {
    for (let q = i + 1; q < src.length; q++) {
      const c = src[q]!;
      if (c === 0x22) return q + 1;
      if (c === 0x5c) q++;
    }
    throw new Error("fazhi: stored JSON ends inside a string");
  };
  /** Index just past the value that starts at i. */
  const valueEnd = (i: number): number => {
    if (src[i] === 0x22) return stringEnd(i);
    let nest = 0;
    for (let k = i; k < src.length; k++) {
      const c = src[k]!;
      if (c === 0x22) k = stringEnd(k) - 1;
      else if (c === 0x7b || c === 0x5b) nest++;
      else if (c === 0x7d || c === 0x5d) {
        if (nest === 0) return k; // the end of a scalar that closes its container
        if (--nest === 0) return k + 1;
      } else if (c === 0x2c && nest === 0) return k;
    }
    return src.length;
  };
  const top = depth + 1;
  /** The members of `set` the text did not have, after `members` members already written. */
  const addRest = (members: number) => {
    for (const [name, [, value]] of setKeys) {
      if (members++ > 0) put(",");
      newline(top);
      put(`${name}: ${indented(value, top)}`);
    }
    setKeys.clear();
  };
  let level = depth;
  let atKey = false; // the next token is a member name of the top-level object
  for (let i = 0; i < src.length; ) {
    const c = src[i]!;
    if (c === 0x22) {
      if (atKey && level === top && setKeys.size > 0) {
        const end = stringEnd(i);
        const name = src.toString("utf8", i, end);
        const member = setKeys.get(name);
        if (member) {
          setKeys.delete(name);
          put(`${name}: ${indented(member[1], top)}`);
          i = valueEnd(end + 1); // past the ':' and the stored value
          atKey = false;
          continue;
        }
      }
      // Copied as it is scanned: room for the rest of the text, which is at least as long as the string.
      room(src.length - i);
      const buf = out; // locals, not the closures' shared variables, in the loop that copies most of the bytes
      let k = o;
      const n = src.length;
      buf[k++] = c;
      for (i++; ; ) {
        if (i >= n) throw new Error("fazhi: stored JSON ends inside a string");
        const b = src[i++]!;
        buf[k++] = b;
        if (b === 0x22) break;
        if (b === 0x5c) buf[k++] = src[i++]!;
      }
      o = k;
      atKey = false;
      continue;
    }
    room(4);
    if (c === 0x7b || c === 0x5b) {
      const close = c === 0x7b ? 0x7d : 0x5d;
      if (src[i + 1] === close) {
        if (level === depth && c === 0x7b && setKeys.size > 0) {
          out[o++] = c;
          addRest(0);
          newline(depth);
          room(1);
        } else out[o++] = c;
        out[o++] = close;
        i += 2;
        atKey = false;
        continue;
      }
      out[o++] = c;
      newline(++level);
      atKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      if (level === top && c === 0x7d) addRest(1);
      newline(--level);
      room(1);
      out[o++] = c;
      atKey = false;
    } else if (c === 0x2c) {
      out[o++] = c;
      newline(level);
      atKey = true;
    } else if (c === 0x3a) {
      out[o++] = c;
      out[o++] = 0x20;
    } else {
      out[o++] = c;
      atKey = false;
    }
    i++;
  }
  return out.subarray(0, o);
}

const WRAPPERS: Array<{ prefix: number; suffix: number }> = [];

function wrapper(depth: number): { prefix: number; suffix: number } {
  const text = JSON.stringify(wrap(0, depth), null, 2);
  const at = text.indexOf("0");
  return { prefix: at, suffix: text.length - at - 1 };
}

function wrap(value: unknown, depth: number): unknown {
  let wrapped = leftOut(value) ? null : value; // as JSON.stringify writes an array element it leaves out
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  return wrapped;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function leftOut(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}
