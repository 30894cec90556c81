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
export async function writePieces(stream: Writable, pieces: Iterable<string>): Promise<void> {
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

/** A result as pretty JSON in pieces; a stored result's reports are read back one at a time. */
export function resultJsonChunks(result: ResultSource): Generator<string> {
  if (!("full" in result)) return prettyJsonChunks(result);
  const { schemaVersion, tool, profile, rankings, summary } = result;
  return prettyJsonChunks({ schemaVersion, tool, profile, reports: new JsonItems(result.reports.length, () => result.full()), rankings, summary });
}

/** The same text as `JSON.stringify(value, null, 2) + "\n"`, in pieces (a member given as JsonItems is written as its array). */
export function* prettyJsonChunks(value: unknown): Generator<string> {
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
      for (const item of v instanceof JsonItems ? v.items() : v) yield `${j++ === 0 ? "" : ","}\n    ${indented(item, 2)}`;
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
