import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Converter, Locale } from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { toSimplified } from "./simplify.js";

const opencc = Converter({ from: "t", to: "cn" });

/** Every key of the preset's dictionaries (phrases, characters, compatibility ideographs). */
function presetKeys(): string[] {
  const config = (Locale.configs as unknown as Record<string, { normalizationChain?: unknown[][]; conversionChain: unknown[][] }>).t2s!;
  const keys: string[] = [];
  for (const group of [...(config.normalizationChain ?? []), ...config.conversionChain]) {
    for (const dict of group) {
      if (typeof dict === "string") for (const entry of dict.split("|")) keys.push(entry.split(" ")[0]!);
      else for (const pair of dict as string[][]) keys.push(pair[0]!);
    }
  }
  return keys;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe("toSimplified", () => {
  it("converts Traditional text as OpenCC does, phrases included", () => {
    const text = "本縣堅持依法行政，全年辦理行政復議案件12件，糾錯率為8.3%；乾部學法考試參與率達100%。";
    expect(toSimplified(text)).toBe(opencc(text));
    expect(toSimplified(text)).toContain("本县坚持依法行政");
  });

  it("returns the same string when nothing changes", () => {
    const text = "全区共受理行政复议申请45件，依法办结43件。\n二、存在的不足";
    expect(toSimplified(text)).toBe(text);
  });

  it("agrees with OpenCC on every dictionary key, alone and run together with Simplified text and astral characters", () => {
    const keys = presetKeys();
    const next = random(7);
    const fillers = ["年", "以", "，", "2023", "𠀀", "𪚥", "\n", "的", "法治", " ", "乾", "著"];
    const chunks: string[] = [];
    for (let i = 0; i < keys.length; i++) {
      chunks.push(keys[i]!);
      if (next() < 0.5) chunks.push(fillers[Math.floor(next() * fillers.length)]!);
      if (next() < 0.3) chunks.push(keys[Math.floor(next() * keys.length)]!.slice(0, 1));
    }
    const text = chunks.join("");
    expect(toSimplified(text)).toBe(opencc(text));
    for (const key of keys.slice(0, 2000)) expect(toSimplified(key)).toBe(opencc(key));
  });

  it("leaves an ideographic description sequence to OpenCC (its walk copies the whole sequence)", () => {
    const text = "⿰氵發展與⿱艹體";
    expect(toSimplified(text)).toBe(opencc(text));
  });

  it("keeps lone surrogates and text that ends in a high surrogate", () => {
    for (const text of ["發\ud800", "\udc00發展", "發展\ud83d"]) expect(toSimplified(text)).toBe(opencc(text));
  });
});

describe("opencc-js loads only for a text it would change", () => {
  /** Fold texts in a fresh process; say whether opencc-js got loaded. */
  function loadsFor(texts: string[]): boolean {
    const script = `
      import { simplifierLoaded, toSimplified } from "./src/simplify.ts";
      const texts = ${JSON.stringify(texts)};
      const out = texts.map((t) => toSimplified(t));
      if (out.some((o, i) => o !== texts[i]) && !simplifierLoaded()) throw new Error("changed without opencc");
      console.log(JSON.stringify(simplifierLoaded()));`;
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: fileURLToPath(new URL("..", import.meta.url)), encoding: "utf8" });
    return JSON.parse(out.trim().split("\n").pop()!) as boolean;
  }

  it("Simplified text, even with 覆 and 坏, does not load it; a Traditional character or a changing phrase does", () => {
    expect(loadsFor(["本县全年办理行政复议案件12件，实现全覆盖，严厉打击破坏营商环境行为。", "ASCII only 2023"])).toBe(false);
    expect(loadsFor(["本縣堅持依法行政"])).toBe(true);
    expect(loadsFor(["各部门回覆群众来信"])).toBe(true); // 回覆 → 回复, though neither character changes alone
  });
});
