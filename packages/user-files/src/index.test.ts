import { describe, expect, it } from "vitest";
import { didYouMean, formatUserFileError, parseUserFile, UserFileErrors, validateUserData } from "./index.js";

const schema = {
  type: "object",
  additionalProperties: false,
  properties: {
    extends: { type: "array", items: { type: "string" } },
    rules: { type: "object", additionalProperties: { enum: ["off", "info", "warn", "error"] } },
    categories: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "weight"],
        properties: { id: { type: "string" }, weight: { type: "number", exclusiveMinimum: 0 } },
      },
    },
  },
};

describe("validateUserData", () => {
  it("places each mistake at its line and column with a path and a did-you-mean", () => {
    const file = parseUserFile(
      "fazhi.config.yaml",
      ["extend:", "  - recommended", "rules:", "  outline/parts: warning", "categories:", "  - id: structure", "    weight: -1", "  - id: indicators"].join("\n"),
    );
    const errors = validateUserData(file, schema);
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e]));
    expect(byPath["extend"]).toMatchObject({ line: 1, column: 1, suggestion: "extends" });
    expect(byPath["extend"]!.message.zh).toContain("是不是“extends”");
    expect(byPath["rules.outline/parts"]).toMatchObject({ line: 4, column: 18 });
    expect(byPath["rules.outline/parts"]!.message.zh).toContain("off、info、warn、error");
    expect(byPath["categories[0].weight"]).toMatchObject({ line: 7, column: 13 });
    expect(byPath["categories[0].weight"]!.message.en).toBe("Must be > 0");
    expect(byPath["categories[1]"]!.message.zh).toBe("缺少必填项“weight”");
    expect(formatUserFileError(byPath["categories[0].weight"]!, "zh")).toBe("fazhi.config.yaml:7:13  categories[0].weight: 应 > 0");
  });

  it("locates JSON the same way", () => {
    const file = parseUserFile("c.json", '{\n  "categories": [\n    { "id": "x", "weight": "heavy" }\n  ]\n}');
    const [error] = validateUserData(file, schema);
    expect(error).toMatchObject({ line: 3, column: 28, path: "categories[0].weight" });
    expect(error!.message.zh).toBe("应为数字");
  });

  it("reports syntax errors and duplicate keys with their position", () => {
    expect(() => parseUserFile("bad.yaml", "rules:\n  a: off\n  a: warn\n")).toThrow(UserFileErrors);
    try {
      parseUserFile("bad.yaml", "rules: [off\n");
    } catch (error) {
      const [e] = (error as UserFileErrors).errors;
      expect(e!.file).toBe("bad.yaml");
      expect(e!.line).toBeGreaterThanOrEqual(1);
      expect(e!.message.zh).toContain("语法");
    }
  });
});

describe("didYouMean", () => {
  it("suggests close candidates only", () => {
    expect(didYouMean("wieght", ["weight", "title"])).toBe("weight");
    expect(didYouMean("cohortz", ["cohorts", "grades"])).toBe("cohorts");
    expect(didYouMean("banana", ["weight", "title"])).toBeUndefined();
  });
});
