/**
 * Traditional → Simplified with OpenCC's own dictionaries and tries (opencc-js, the "t" → "cn" preset), the same
 * output as `Converter({ from: "t", to: "cn" })`, without visiting every character.
 *
 * OpenCC's converter walks the text left to right and, at each position, takes the longest dictionary key that
 * starts there (`Trie.matchPrefix`); where none does it copies one code point. A key can only start at a
 * character that begins some key, so the walk can jump from one such character to the next: the characters in
 * between are copied either way. Most of a Simplified report is not the first character of any key, and a
 * report with no match comes back as the same string, with nothing allocated.
 *
 * The one place the walk copies more than one code point without a match is an ideographic description
 * sequence (⿰氵工, U+2FF0–U+2FFF and their operands); a text with one goes through OpenCC's converter.
 *
 * opencc-js (its dictionaries are 110 KB of code, their tries tens of ms to build) is loaded only for a text
 * it would change: one with a character some pass changes on its own, or one of the few changing phrases
 * made of characters that do not (`simplify-data.ts`, derived from the dictionaries and checked against
 * them by its test). Any other text — nearly every report in Simplified — comes back as it is, exactly as
 * OpenCC would return it. Loaded synchronously (its CommonJS build), since folding is synchronous; the
 * compiled CLI ships that file beside its chunks (tooling/build).
 */
import { createRequire } from "node:module";
import { BUNDLED, bundlePath } from "./bundle.js";
import { CHANGED_CHARS, CHANGED_PHRASES } from "./simplify-data.js";

type OpenCC = typeof import("opencc-js/t2cn");
type Trie = InstanceType<OpenCC["Trie"]>;

type DictGroup = readonly (string | readonly (readonly string[])[])[];

interface Pass {
  trie: Trie;
  /** Code points that begin a key: BMP ones as flags, the rest in a set. */
  bmp: Uint8Array;
  astral: Set<number>;
}

let passes: Pass[] | undefined;
let fallback: ((s: string) => string) | undefined;
let opencc: OpenCC | undefined;

/** opencc-js, loaded on first use. */
function openccLib(): OpenCC {
  return (opencc ??= createRequire(import.meta.url)(BUNDLED ? bundlePath("opencc-t2cn.cjs") : "opencc-js/t2cn") as OpenCC);
}

/** Whether opencc-js has been loaded in this process (for tests of what loads when). */
export function simplifierLoaded(): boolean {
  return opencc !== undefined;
}

interface Triggers {
  /** The lowest code unit any trigger begins with: below it nothing is looked up. */
  low: number;
  bmp: Uint8Array;
  astral: Set<number>;
  /** Changing phrases by their first code unit. */
  phrases: Map<number, string[]>;
}
let triggers: Triggers | undefined;

/** Whether a text holds anything the conversion could change (see the module comment); false means it would not. */
function mayChange(s: string): boolean {
  const t = (triggers ??= loadTriggers());
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < t.low) continue;
    if (t.bmp[c] === 1) return true;
    if (c >= 0xd800 && c <= 0xdbff && t.astral.has(s.codePointAt(i)!)) return true;
    const phrases = t.phrases.get(c);
    if (phrases?.some((p) => s.startsWith(p, i))) return true;
  }
  return false;
}

function loadTriggers(): Triggers {
  const { bmp, astral } = firstCodePoints(CHANGED_CHARS);
  let low = 0xffff;
  for (const ch of CHANGED_CHARS) low = Math.min(low, ch.charCodeAt(0));
  const phrases = new Map<number, string[]>();
  for (const p of CHANGED_PHRASES) {
    const first = p.charCodeAt(0);
    low = Math.min(low, first);
    phrases.set(first, [...(phrases.get(first) ?? []), p]);
  }
  return { low, bmp, astral, phrases };
}

/** The first code point of each string, as flags (BMP) and a set (the rest): what the scans over a text test. */
function firstCodePoints(strings: Iterable<string>): { bmp: Uint8Array; astral: Set<number> } {
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const s of strings) {
    const cp = s.codePointAt(0);
    if (cp === undefined) continue;
    if (cp > 0xffff) astral.add(cp);
    else bmp[cp] = 1;
  }
  return { bmp, astral };
}

function pass(group: DictGroup): Pass {
  const trie = new (openccLib().Trie)();
  trie.loadDictGroup(group as Parameters<Trie["loadDictGroup"]>[0]);
  const keys: string[] = [];
  for (const dict of group) {
    if (typeof dict === "string") {
      for (const entry of dict.split("|")) keys.push(entry.slice(0, entry.indexOf(" ")));
    } else {
      for (const pair of dict) keys.push(pair[0]!);
    }
  }
  return { trie, ...firstCodePoints(keys) };
}

/** The preset's passes in OpenCC's order: normalisation (CJK compatibility ideographs), then conversion. */
function loadPasses(): Pass[] {
  const config = (openccLib().Locale.configs as unknown as Record<string, { normalizationChain?: readonly DictGroup[]; conversionChain: readonly DictGroup[] }>).t2s;
  if (!config) throw new Error("opencc-js has no t2s preset");
  return [...(config.normalizationChain ?? []), ...config.conversionChain].map(pass);
}

function run(s: string, { trie, bmp, astral }: Pass): string {
  const n = s.length;
  let out = "";
  let copied = 0;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    let width = 1;
    let starts: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const cp = s.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      starts = width === 2 ? astral.has(cp) : bmp[c] === 1;
    } else starts = bmp[c] === 1;
    if (!starts) {
      i += width;
      continue;
    }
    const matched = trie.matchPrefix(s, i);
    if (matched === null) {
      i += width;
      continue;
    }
    out += s.slice(copied, i) + matched.value;
    i = copied = matched.end;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Traditional → Simplified (OpenCC t → cn); returns `s` itself when nothing changes. */
export function toSimplified(s: string): string {
  if (!mayChange(s)) return s;
  if (/[\u2ff0-\u2fff]/.test(s)) return (fallback ??= openccLib().Converter({ from: "t", to: "cn" }))(s);
  let out = s;
  for (const p of (passes ??= loadPasses())) out = run(out, p);
  return out;
}
