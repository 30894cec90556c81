import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** Import the package in a fresh process and report which heavy libraries got loaded. */
function probe(body: string): Record<string, unknown> {
  const script = `
    import { createRequire } from "node:module";
    const require = createRequire(import.meta.url);
    const t0 = performance.now();
    const readers = await import("./src/index.ts");
    const importMs = performance.now() - t0;
    ${body}
    const cjs = Object.keys(require.cache);
    console.log(JSON.stringify({
      importMs,
      loaded: [...readers.loadedReaders()].sort(),
      mammoth: cjs.some((k) => k.includes("/mammoth/")),
      wordExtractor: cjs.some((k) => k.includes("/word-extractor/")),
      pdfjs: typeof globalThis.pdfjsLib === "object",
    }));`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: packageDir, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
}

describe("heavy readers load only when their format is met", () => {
  it("importing @fazhi/readers and reading text loads neither mammoth nor pdfjs", () => {
    const r = probe(`await readers.readReportBuffer("a.txt", new TextEncoder().encode("法治政府建设"));`);
    expect(r).toMatchObject({ loaded: [], mammoth: false, wordExtractor: false, pdfjs: false });
  });

  it("reading a .docx loads mammoth only; a PDF loads pdfjs", () => {
    const fixtures = fileURLToPath(new URL("../../../tooling/fixtures/out/", import.meta.url));
    const docx = probe(`await readers.readReport(${JSON.stringify(fixtures + "features.docx")});`);
    expect(docx).toMatchObject({ loaded: ["docx"], mammoth: true, pdfjs: false });
    const pdf = probe(`await readers.readReport(${JSON.stringify(fixtures + "features.pdf")});`);
    expect(pdf).toMatchObject({ loaded: ["pdf"], mammoth: false, pdfjs: true });
  });
});
