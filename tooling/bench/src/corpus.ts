import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { wrapAsGovPage } from "@fazhi/readers/fixtures";

/** Deterministic PRNG (mulberry32) so the same --seed gives the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SeedText {
  name: string;
  lines: string[];
  traditional: boolean;
}

export interface CorpusFile {
  path: string;
  bytes: number;
  kind: "txt-utf8" | "txt-gb18030" | "txt-big5" | "html-utf8" | "html-gb18030";
}

export function loadSeeds(seedDir: string): SeedText[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => {
      const text = readFileSync(join(seedDir, name), "utf8");
      return { name, lines: text.split(/\r?\n/), traditional: /[這為來們體發]/.test(text) && /[國學說]/.test(text) };
    });
}

/**
 * Builds `count` synthetic reports from the seeds: each keeps a seed's opening and closing, shuffles its
 * body paragraphs together with paragraphs borrowed from other seeds of the same script, varies every
 * number, and is stored as UTF-8 text, GB18030 text, Big5 text (Traditional only) or a web page —
 * or, with `utf8Text`, always as UTF-8 text (what the textlint peer reads).
 */
export function generateCorpus(seeds: SeedText[], count: number, outDir: string, seed = 1, options: { utf8Text?: boolean } = {}): CorpusFile[] {
  mkdirSync(outDir, { recursive: true });
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const base = pick(seeds);
    const head = base.lines.slice(0, 3);
    const tail = base.lines.slice(-3);
    const body = base.lines.slice(3, -3);
    const donors = seeds.filter((s) => s.traditional === base.traditional && s !== base);
    const borrowed = donors.length ? pick(donors).lines.filter((l) => l.length > 40 && !/^[一二三四五六七八九十]+、/.test(l)) : [];
    const mixed = [...body];
    for (let k = 0; k < Math.min(5, borrowed.length); k++) mixed.splice(Math.floor(rand() * mixed.length), 0, pick(borrowed));
    shuffleRuns(mixed, rand);
    const text = [...head, ...mixed, ...tail].join("\n").replace(/\d+/g, (d) => varyDigits(d, rand));
    const roll = rand();
    let kind: CorpusFile["kind"];
    let bytes: Buffer;
    if (options.utf8Text) {
      kind = "txt-utf8";
      bytes = Buffer.from(text, "utf8");
    } else if (roll < 0.2) {
      kind = rand() < 0.5 ? "html-utf8" : "html-gb18030";
      const page = wrapAsGovPage(text, { title: head.find((l) => l.trim())?.trim().slice(0, 40) ?? "报告", charset: kind === "html-utf8" ? "utf-8" : "gb2312" });
      bytes = kind === "html-utf8" ? Buffer.from(page, "utf8") : iconv.encode(page, "gb18030");
    } else if (base.traditional && roll < 0.35) {
      kind = "txt-big5";
      bytes = iconv.encode(text, "big5");
    } else if (roll < 0.4) {
      kind = "txt-gb18030";
      bytes = iconv.encode(text, "gb18030");
    } else {
      kind = "txt-utf8";
      bytes = Buffer.from(text, "utf8");
    }
    const path = join(outDir, `${String(i).padStart(5, "0")}.${kind.startsWith("html") ? "html" : "txt"}`);
    writeFileSync(path, bytes);
    files.push({ path, bytes: bytes.length, kind });
  }
  return files;
}

/** Shuffle paragraphs in small runs so sections keep some local order, as real reports do. */
function shuffleRuns(lines: string[], rand: () => number): void {
  for (let i = lines.length - 1; i > 0; i--) {
    if (rand() < 0.3) {
      const j = Math.floor(rand() * (i + 1));
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
  }
}

/** Vary a digit run but keep years plausible and lengths equal, so the text stays realistic. */
function varyDigits(d: string, rand: () => number): string {
  if (d.length === 4 && /^20[12]\d$/.test(d)) return d;
  if (rand() < 0.5) return d;
  return Array.from(d, (c, i) => (i === 0 && d.length > 1 ? String(1 + Math.floor(rand() * 9)) : String(Math.floor(rand() * 10)))).join("");
}
