import { describe, expect, it } from "vitest";
import { parseText } from "../parse.js";
import { statedTolerance } from "./tolerance.js";

const tol = (text: string) => statedTolerance(parseText(text).numbers[0]!);

describe("statedTolerance", () => {
  it("half a unit of the last written digit, with the scale word applied", () => {
    expect(tol("受理1.23万件。")).toBeCloseTo(50);
    expect(tol("受理564件。")).toBeCloseTo(0.5);
    expect(tol("成功率99.3%。")).toBeCloseTo(0.0005);
    expect(tol("成功率98%。")).toBeCloseTo(0.005);
  });
  it("an approximate figure gets a whole unit", () => {
    expect(tol("纠错率约为24%。")).toBeCloseTo(0.01);
  });
});
