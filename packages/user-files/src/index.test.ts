import { describe, expect, it } from "vitest";
import { closeCandidates, didYouMean, formatUserFileError, parseUserFile, UserFileErrors, validateUserData } from "./index.js";

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
    const [e, ...rest] = syntaxErrorsOf("bad.yaml", "rules: [off\n");
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ file: "bad.yaml", line: 2, column: 1 });
    expect(e!.message.zh).toContain("方括号 [ ] 或花括号 { } 没有闭合");
  });
});

/** The errors parseUserFile throws for `source` (fails the test when it throws nothing or something else). */
function syntaxErrorsOf(file: string, source: string) {
  try {
    parseUserFile(file, source);
  } catch (error) {
    if (error instanceof UserFileErrors) return error.errors;
    throw error;
  }
  throw new Error(`no error for ${JSON.stringify(source)}`);
}

describe("YAML and JSON syntax errors", () => {
  it("say one tab-indented line once, in Chinese and English, at its line", () => {
    const errors = syntaxErrorsOf("fazhi.config.yaml", "rules:\n  outline/parts: warn\n\tindicators/sums: error\nscoring:\n  title: x\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 3, column: 1 });
    expect(formatUserFileError(errors[0]!, "zh")).toBe("fazhi.config.yaml:3:1  语法错误：这一行用 Tab 缩进；YAML 只能用空格缩进，请把 Tab 换成空格");
    expect(errors[0]!.message.en).toBe("Syntax error: This line is indented with a tab; YAML allows only spaces for indentation");
  });

  it("say each of two tab-indented lines, and nothing else", () => {
    const errors = syntaxErrorsOf("r.yaml", "phrases:\n\t- 亲自部署\n\t- 亲自过问\nmin: 2\n");
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 1],
      [3, 1],
    ]);
  });

  it("point an unclosed quote at where it opened, not at the end of the file", () => {
    const [e, ...rest] = syntaxErrorsOf("r.yaml", 'id: my/rule\ntitle:\n  zh: "本单位评分方案\n  en: Our scheme\nmin: 2\n');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ line: 3, column: 7 });
    expect(e!.message.zh).toBe("语法错误：这里开始的引号没有闭合：请在文字末尾补上同样的引号");
    expect(syntaxErrorsOf("r.yaml", "a: 1\nb: 'it''s\n")[0]).toMatchObject({ line: 2, column: 4 });
  });

  it("explain JSON mistakes in Chinese with no English left in the Chinese text", () => {
    for (const source of ['{"a": 1,,}\n', '{"a": 1\n "b": 2}\n', '{"a": [1, 2}\n']) {
      const errors = syntaxErrorsOf("scheme.json", source);
      expect(errors, source).toHaveLength(1);
      expect(errors[0]!.message.zh, source).toMatch(/^语法错误：/);
      expect(errors[0]!.message.zh, source).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(syntaxErrorsOf("scheme.json", '{"a": 1,,}\n')[0]).toMatchObject({ line: 1, column: 9 });
  });

  it("refuse an alias bomb (billion laughs) as a mistake in the file, at the first alias", () => {
    const row = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(of).join(", ")}]`;
    const source = [row("a", '"哈"'), row("b", "*a"), row("c", "*b"), row("d", "*c"), row("e", "*d")].join("\n") + "\n";
    const [e, ...rest] = syntaxErrorsOf("fazhi.config.yaml", source);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ file: "fazhi.config.yaml", line: 2, column: 8 });
    expect(e!.message.zh).toContain("别名（*名称）展开得太多");
    expect(e!.message.en).toContain("Aliases (*name) expand too far");
  });
});

describe("didYouMean", () => {
  it("suggests close candidates only", () => {
    expect(didYouMean("wieght", ["weight", "title"])).toBe("weight");
    expect(didYouMean("cohortz", ["cohorts", "grades"])).toBe("cohorts");
    expect(didYouMean("banana", ["weight", "title"])).toBeUndefined();
  });
});

describe("closeCandidates", () => {
  it("offers the namespaced name first, then containing names, then near spellings, at most three", () => {
    const ids = ["indicators/head-appearance-rate", "indicators/mediation-success-rate", "outline/first-responsible", "disclosure/dates"];
    expect(closeCandidates("head-appearance-rate", ids)).toEqual(["indicators/head-appearance-rate"]);
    expect(closeCandidates("scor", ["score", "explain", "parse", "schema"])).toEqual(["score"]);
    expect(closeCandidates("--formt", ["--format", "--fail-under", "--out"])).toEqual(["--format"]);
    expect(closeCandidates("zzzzzz", ["score", "explain"])).toEqual([]);
  });
});
