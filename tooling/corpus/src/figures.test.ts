import { describe, expect, it } from "vitest";
import { belowFloors, parseOpenings, parsePassages, raisedFloors, type Floors } from "./figures.js";

const openingsOut = "  a.txt  level  expected 'city'  got 'county'\n  … 3 more (--verbose)\nopenings: 970/1095 fields (88.6%) over 98 files\n";
const passagesOut =
  "MISS     p1 x=1\npassages: 130/248 key values found (recall 52.4%), 25 invented (precision 83.9%), 4 extras to review, 138 passages\n";
const floors: Floors = { openings: { fields: 0.885 }, passages: { recall: 0.524, maxInvented: 25 } };

describe("corpus figures", () => {
  it("reads the evaluators' summary lines", () => {
    expect(parseOpenings(openingsOut)).toEqual({ fields: 970, total: 1095, files: 98 });
    expect(parsePassages(passagesOut)).toEqual({ found: 130, total: 248, invented: 25, review: 4 });
    expect(parseOpenings("Traceback (most recent call last):")).toBeNull();
    expect(parsePassages("")).toBeNull();
  });

  it("holds figures to the floors and names each one that slips", () => {
    const o = parseOpenings(openingsOut)!;
    const p = parsePassages(passagesOut)!;
    expect(belowFloors(o, p, floors)).toEqual([]);
    const slipped = belowFloors({ ...o, fields: 960 }, { ...p, found: 120, invented: 26 }, floors);
    expect(slipped.map((s) => s.en)).toEqual([
      "openings fields 87.7% below the floor 88.5%",
      "passages recall 48.4% below the floor 52.4%",
      "26 invented values, above the ceiling of 25",
    ]);
    expect(slipped[0]!.zh).toContain("低于下限");
  });

  it("raises floors to better figures and never lowers them", () => {
    const better = raisedFloors({ fields: 1070, total: 1095, files: 98 }, { found: 200, total: 248, invented: 3, review: 0 }, floors);
    expect(better).toEqual({ openings: { fields: 0.977 }, passages: { recall: 0.806, maxInvented: 3 } });
    const worse = raisedFloors({ fields: 900, total: 1095, files: 98 }, { found: 100, total: 248, invented: 40, review: 0 }, floors);
    expect(worse).toEqual(floors);
  });
});
