import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { checkModelInvariants, flattenHeadings, parseDocument, type ReportModel } from "@fazhi/core";
import { readReportBytes } from "@fazhi/readers";
import { wrapAsGovPage } from "@fazhi/readers/fixtures";
import { answerKey, hasWrittenNumber, lineOf, seedText, type KeyReport } from "./answer-key.js";

interface Variant {
  name: string;
  applies: (key: KeyReport) => boolean;
  /** File name and bytes fed to the reader. */
  make: (key: KeyReport, text: string) => { file: string; bytes: Uint8Array };
  /** Web-page variants add chrome and renumber lines. */
  page: boolean;
}

const VARIANTS: Variant[] = [
  { name: "UTF-8 text", applies: () => true, page: false, make: (k, t) => ({ file: k.file, bytes: Buffer.from(t, "utf8") }) },
  { name: "GB18030 text", applies: () => true, page: false, make: (k, t) => ({ file: k.file, bytes: iconv.encode(t, "gb18030") }) },
  { name: "Big5 text", applies: (k) => k.script === "traditional", page: false, make: (k, t) => ({ file: k.file, bytes: iconv.encode(t, "big5") }) },
  { name: "CRLF text", applies: () => true, page: false, make: (k, t) => ({ file: k.file, bytes: Buffer.from(t.replace(/\n/g, "\r\n"), "utf8") }) },
  {
    name: "government web page (UTF-8)",
    applies: () => true,
    page: true,
    make: (k, t) => ({ file: k.file.replace(/\.txt$/, ".html"), bytes: Buffer.from(wrapAsGovPage(t, pageOptions(k, "utf-8")), "utf8") }),
  },
  {
    name: "government web page (GB2312 charset, GB18030 bytes)",
    applies: (k) => k.script !== "traditional",
    page: true,
    make: (k, t) => ({ file: k.file.replace(/\.txt$/, ".htm"), bytes: iconv.encode(wrapAsGovPage(t, pageOptions(k, "gb2312")), "gb18030") }),
  },
];

function pageOptions(key: KeyReport, charset: string) {
  return { title: `${key.issuer}${key.reportYear}年法治政府建设情况报告`, charset, publishedDate: key.publishedDate ?? undefined };
}

/** Seed line n → model line, by matching line contents in order (web pages renumber lines). */
function lineMap(seed: string, model: ReportModel): Map<number, number> {
  const squash = (s: string) => s.replace(/\s+/g, "");
  const map = new Map<number, number>();
  const modelLines = model.lines.map((l) => squash(l.raw));
  let j = 0;
  seed.split("\n").forEach((raw, i) => {
    const want = squash(raw);
    if (!want) return;
    for (let k = j; k < modelLines.length; k++) {
      if (modelLines[k] === want) {
        map.set(i + 1, k + 1);
        j = k + 1;
        return;
      }
    }
  });
  return map;
}

for (const key of answerKey.reports) {
  const text = seedText(key.file);
  describe(`${key.file}`, () => {
    for (const variant of VARIANTS.filter((v) => v.applies(key))) {
      describe(variant.name, () => {
        const { file, bytes } = variant.make(key, text);
        const model = parseDocument(readReportBytes(file, bytes));
        const lines = variant.page ? lineMap(text, model) : new Map<number, number>(text.split("\n").map((_, i) => [i + 1, i + 1]));
        const at = (seedLine: number) => lines.get(seedLine) ?? -seedLine;

        it("keeps the model's invariants", () => {
          expect(checkModelInvariants(model)).toEqual([]);
        });

        it("matches the answer key's metadata", () => {
          const { meta } = model;
          expect(meta.issuer).toBe(key.issuer);
          expect(meta.level).toBe(key.level);
          expect(meta.reportYear).toBe(key.reportYear);
          expect(meta.addressee).toBe(key.addressee);
          expect(meta.documentNumber).toBe(key.documentNumber);
          expect(meta.signedDate).toBe(key.signedDate);
          expect(meta.publishedDate).toBe(key.publishedDate);
          expect(meta.script).toBe(key.script);
          expect(meta.encodingDamage.map((d) => d.line)).toEqual(key.encodingDamage.map((d) => at(d.line)));
          if (variant.page) {
            expect(meta.pageChrome).toBe(true);
            for (const n of key.pageChromeLines ?? []) if (lines.has(n)) expect(model.lines[at(n) - 1]?.chrome, `seed line ${n}`).toBe(true);
          } else {
            expect(meta.pageChrome).toBe(key.pageChrome);
            expect(model.metaDetails.chromeLines).toEqual(key.pageChromeLines ?? []);
          }
        });

        it("finds the top-level headings exactly and in order", () => {
          expect(flattenHeadings(model.headings).filter((h) => h.depth === 1).map((h) => h.text)).toEqual(key.topLevelHeadings);
        });

        const written = key.indicators.filter(hasWrittenNumber);
        it.each(written.map((ind) => [ind.id, ind] as const))("extracts the number behind %s with its value and line", (_id, ind) => {
          const line = at(lineOf(text, ind.text));
          const onLine = model.numbers.filter((n) => n.line === line);
          const match = onLine.find((n) => Math.abs(n.value - ind.value) < 1e-9 && (n.kind === "count" || n.kind === "rate"));
          expect(match, `${ind.text} → ${ind.value}; on line ${line}: ${onLine.map((n) => `${n.raw}=${n.value}(${n.kind})`).join(" ")}`).toBeDefined();
          expect(match!.approx).toBe(Boolean(ind.approx));
        });
      });
    }
  });
}
