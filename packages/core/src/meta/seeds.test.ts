import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contextFromText } from "../context.js";
import { detectChrome, extractMeta } from "./index.js";

const seedsDir = fileURLToPath(new URL("../../../../seeds/", import.meta.url));
interface SeedKey {
  file: string;
  issuer: string;
  level: string;
  reportYear: number;
  addressee: string | null;
  documentNumber: string | null;
  signedDate: string | null;
  publishedDate: string | null;
  script: string;
  pageChrome: boolean;
  pageChromeLines?: number[];
  encodingDamage: { line: number; text: string }[];
}
const key = JSON.parse(readFileSync(`${seedsDir}expected/seeds.json`, "utf8")) as { reports: SeedKey[] };

function run(file: string) {
  const ctx = contextFromText(readFileSync(seedsDir + file, "utf8"), file);
  const chrome = detectChrome(ctx);
  for (const n of chrome) ctx.lines[n - 1]!.chrome = true;
  return { chrome, ...extractMeta(ctx, []) };
}

describe("seed reports: metadata matches the answer key", () => {
  for (const seed of key.reports) {
    it(seed.file, () => {
      const { chrome, meta, details } = run(seed.file);
      expect(meta.issuer).toBe(seed.issuer);
      expect(meta.level).toBe(seed.level);
      expect(meta.reportYear).toBe(seed.reportYear);
      expect(meta.addressee).toBe(seed.addressee);
      expect(meta.documentNumber).toBe(seed.documentNumber);
      expect(meta.signedDate).toBe(seed.signedDate);
      expect(meta.publishedDate).toBe(seed.publishedDate);
      expect(meta.script).toBe(seed.script);
      expect(meta.pageChrome).toBe(seed.pageChrome);
      expect(chrome).toEqual(seed.pageChrome ? seed.pageChromeLines : []);
      expect(details.chromeLines).toEqual(chrome);
      expect([...new Set(meta.encodingDamage.map((d) => d.line))]).toEqual(seed.encodingDamage.map((d) => d.line));
      for (const d of meta.encodingDamage) {
        expect(d.text.length).toBeLessThanOrEqual(40);
        expect(readFileSync(seedsDir + seed.file, "utf8").split("\n")[d.line - 1]).toContain(d.text);
      }
      expect(details.issuerAsWritten).not.toBeNull();
      expect(details.evidence.issuer).toBeDefined();
    });
  }
});
