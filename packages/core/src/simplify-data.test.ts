/**
 * `simplify-data.ts` is derived from opencc-js's t → cn dictionaries; this test derives it again and fails when
 * they differ (an upgraded opencc-js). To write it anew: `UPDATE_SIMPLIFY_DATA=1 pnpm vitest run packages/core/src/simplify-data.test.ts`.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as data from "./simplify-data.js";

type DictGroup = readonly (string | readonly (readonly string[])[])[];
type OpenCC = typeof import("opencc-js/t2cn");

/** Characters a pass changes on their own, and the changing phrases none of whose characters is one of those. */
function derive(): { chars: string; phrases: string[] } {
  const { Locale } = createRequire(import.meta.url)("opencc-js/t2cn") as OpenCC;
  const config = (Locale.configs as unknown as Record<string, { normalizationChain?: DictGroup[]; conversionChain: DictGroup[] }>).t2s!;
  const changed = new Set<string>();
  const phrases: string[] = [];
  for (const group of [...(config.normalizationChain ?? []), ...config.conversionChain]) {
    // As a trie loads a group: a later dictionary's entry for the same key replaces an earlier one.
    const entries = new Map<string, string>();
    for (const dict of group) {
      const pairs = typeof dict === "string" ? dict.split("|").map((e) => e.split(" ") as [string, string]) : (dict as [string, string][]);
      for (const [key, value] of pairs) entries.set(key, value);
    }
    for (const [key, value] of entries) {
      if (value === key) continue;
      if ([...key].length === 1) changed.add(key);
      else phrases.push(key);
    }
  }
  const chars = [...changed].sort();
  return { chars: chars.join(""), phrases: [...new Set(phrases.filter((p) => ![...p].some((c) => changed.has(c))))].sort() };
}

describe("simplify-data", () => {
  it("is what opencc-js's dictionaries give", () => {
    const fresh = derive();
    if (process.env.UPDATE_SIMPLIFY_DATA === "1") {
      const file = fileURLToPath(new URL("./simplify-data.ts", import.meta.url));
      writeFileSync(
        file,
        `/**\n * Generated from opencc-js's t → cn dictionaries by simplify-data.test.ts (UPDATE_SIMPLIFY_DATA=1): what can make\n * \`toSimplified\` change a text. A text with none of these characters and none of these phrases comes back unchanged,\n * so opencc-js is not loaded for it.\n */\n` +
          `/** Characters some pass maps to another on their own. */\nexport const CHANGED_CHARS = ${JSON.stringify(fresh.chars)};\n` +
          `/** Phrases some pass maps to others though none of their characters is in CHANGED_CHARS. */\nexport const CHANGED_PHRASES: readonly string[] = ${JSON.stringify(fresh.phrases)};\n`,
      );
      return;
    }
    expect({ chars: data.CHANGED_CHARS, phrases: [...data.CHANGED_PHRASES] }).toEqual(fresh);
  });
});
