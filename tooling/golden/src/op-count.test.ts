import { describe, expect, it } from "vitest";
import { countOperations } from "./op-count.js";

const words = (n: number): string[] => Array.from({ length: n }, (_, i) => `第${i}项`);
/** Looks every item up in the whole list again: n² work. */
const quadratic = (items: string[]): number => items.reduce((sum, item) => sum + items.indexOf(item), 0);
/** One pass with a Map: linear work. */
const linear = (items: string[]): number => {
  const at = new Map(items.map((item, i) => [item, i] as const));
  return items.reduce((sum, item) => sum + (at.get(item) ?? 0), 0);
};

describe("countOperations", () => {
  it("tells a quadratic function from a linear one by how its count grows", async () => {
    const ratio = async (fn: (items: string[]) => number): Promise<number> =>
      (await countOperations(() => fn(words(2000)))).operations / (await countOperations(() => fn(words(200)))).operations;
    expect(await ratio(quadratic)).toBeGreaterThan(80);
    const r = await ratio(linear);
    expect(r).toBeGreaterThan(8);
    expect(r).toBeLessThan(12);
  });

  it("returns the function's result and counts string scans by what they visit", async () => {
    const text = "一二三四五六七八九十";
    const { result, operations } = await countOperations(() => text.indexOf("九"));
    expect(result).toBe(8);
    expect(operations).toBe(9); // up to and including the match
    expect((await countOperations(() => /十/.test(text))).operations).toBe(10);
    expect((await countOperations(() => /^十/.test(text))).operations).toBe(1); // anchored: one position
  });

  it("names the call site that did the work", async () => {
    const { callers } = await countOperations(() => quadratic(words(300)), { topCallers: 1 });
    expect(callers[0]?.[0]).toMatch(/^tooling\/golden\/src\/op-count\.test\.ts:\d+/);
  });

  it("puts the built-ins back, also when the function throws", async () => {
    const before = String.prototype.indexOf;
    await expect(countOperations(() => { throw new Error("坏了"); })).rejects.toThrow("坏了");
    expect(String.prototype.indexOf).toBe(before);
    expect((await countOperations(() => 0)).operations).toBe(0);
  });
});
