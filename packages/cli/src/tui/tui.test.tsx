/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { EventEmitter } from "node:events";
import { render as inkRender } from "ink";
import { render } from "ink-testing-library";
import stringWidth from "string-width";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ResultSchema, type Result } from "@fazhi/engine";
import { renderResultText, renderScorecardText } from "../render-result.js";
import { tableLayout, wrapText } from "./layout.js";
import { ResultBrowser } from "./result-browser.js";
import { ScoreSession } from "./score-session.js";
import { fixtureResult, LONG_ISSUER } from "./test-fixtures/result.js";

const KEY = { up: "\x1b[A", down: "\x1b[B", left: "\x1b[D", enter: "\r", escape: "\x1b", backspace: "\x7f" };
const widest = (text: string) => Math.max(...text.split("\n").map((l) => stringWidth(l)));

/**
 * No test waits a fixed time: each waits for the screen it expects (polling the rendered frame; the timeout is
 * only a bound for a machine under load, never part of what is tested).
 */
const WAIT = { timeout: 20_000, interval: 2 };

/** Until ink listens for keys (it subscribes in an effect after the first frame). */
async function listening(stdin: EventEmitter): Promise<void> {
  await vi.waitFor(() => expect(stdin.listenerCount("readable")).toBeGreaterThan(0), WAIT);
}

/** Until `check` passes on the latest frame; returns that frame. */
async function frameWhere(lastFrame: () => string | undefined, check: (frame: string) => void): Promise<string> {
  return vi.waitFor(() => {
    const frame = lastFrame() ?? "";
    check(frame);
    return frame;
  }, WAIT);
}

/**
 * Type keys back to back (the browser reduces every key in order, however fast they come). A lone Esc is the one
 * key ink holds back to tell it from an escape sequence: wait for its screen before typing the next key.
 */
function press(stdin: { write(data: string): void }, ...keys: string[]): void {
  for (const k of keys) stdin.write(k);
}

/** Render the browser (ink-testing-library) and wait until it shows its table and listens for keys. */
async function browser(node: React.ReactElement) {
  const app = render(node);
  await frameWhere(app.lastFrame, (f) => expect(f).toMatch(/【|\[/));
  await listening(app.stdin as unknown as EventEmitter);
  return app;
}

/** The row carrying the selection marker. */
const selectedRow = (frame: string) => frame.split("\n").find((l) => l.startsWith("›")) ?? "";

/** Fake terminal streams whose size can change (ink-testing-library's stdout is fixed at 100 columns). */
class FakeStdout extends EventEmitter {
  columns = 100;
  rows = 30;
  frames: string[] = [];
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
  lastFrame = () => this.frames.at(-1) ?? "";
}
class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read = () => {
    const d = this.data;
    this.data = null;
    return d;
  };
  write = (d: string) => {
    this.data = d;
    this.emit("readable");
    this.emit("data", d);
  };
}

function mount(node: React.ReactElement) {
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const instance = inkRender(node, { stdout: stdout as never, stderr: stdout as never, stdin: stdin as never, debug: true, exitOnCtrlC: false, patchConsole: false });
  return { stdout, stdin, instance };
}

let fixture: Result;
afterEach(() => undefined);

describe("the fixture", () => {
  it("is a valid result", () => {
    fixture = fixtureResult();
    expect(() => ResultSchema.parse(fixture)).not.toThrow();
  });
});

describe("plain text (renderToString)", () => {
  it("prints every cohort, flags unranked reports, lists unreadable files, and has no escapes", () => {
    const text = renderResultText(fixtureResult(), "zh");
    expect(text).not.toContain("\x1b[");
    expect(text).toContain("【县级】 3 份报告");
    expect(text).toContain("【乡镇级】 2 份报告");
    expect(text).toContain("未完成"); // the incomplete township report is listed, not dropped
    expect(text).toContain("出错");
    expect(text).toContain("无法评分的文件（1）");
    expect(text).toContain("r/f.txt: 文件是空的");
    expect(text).toContain("⚠ 本组包含不同年度的报告");
    expect(text).toMatch(/[█▉▊▋▌▍▎▏]/);
  });

  it("fits 80 columns with long Han issuer names, truncated with …", () => {
    const text = renderResultText(fixtureResult(), "zh", 80);
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).not.toContain(LONG_ISSUER);
    expect(text).toMatch(/新疆维吾尔自治区[^\n]*…/);
    for (const lang of ["zh", "en"] as const) {
      for (const width of [40, 60, 80]) expect(widest(renderResultText(fixtureResult(), lang, width))).toBeLessThanOrEqual(width);
    }
  });

  it("uses the width of a wider terminal: the whole issuer and longer bars", () => {
    const text = renderResultText(fixtureResult(), "zh", 160);
    expect(text).toContain(LONG_ISSUER);
    expect(widest(text)).toBeGreaterThan(80);
    expect(widest(text)).toBeLessThanOrEqual(160);
  });

  it("writes a scorecard with findings, quoted evidence and lines, in English too", () => {
    const report = fixtureResult().reports[1]!;
    const zh = renderScorecardText(report, "zh");
    expect(zh).toContain("缺少“存在的不足和原因”部分");
    expect(zh).toContain("第 12 行 “二、存在的问题”");
    expect(zh).toContain("贡献");
    const en = renderScorecardText(report, "en");
    expect(en).toContain("line 40");
    expect(en).toContain("contribution");
  });
});

describe("layout", () => {
  it("keeps every row within the width and gives spare room to the issuer, then to the bars", () => {
    const base = { categoryCount: 3, rank: 4, issuer: 60, level: 6, grade: 6, total: 5 };
    const narrow = tableLayout({ ...base, width: 80 });
    const wide = tableLayout({ ...base, width: 160 });
    expect(wide.issuer).toBeGreaterThan(narrow.issuer);
    expect(wide.barCells).toBeGreaterThanOrEqual(narrow.barCells);
  });

  it("wraps Han text at two columns a character and Latin words at spaces", () => {
    for (const l of wrapText("本组包含不同年度的报告，可在 ranking.cohortBy 中加入 reportYear 分开排名。", 20)) expect(stringWidth(l)).toBeLessThanOrEqual(20);
    expect(wrapText("add reportYear to ranking.cohortBy", 20)).toEqual(["add reportYear to", "ranking.cohortBy"]);
  });
});

describe("the interactive result browser", () => {
  it("moves the selection with ↑/↓ and j/k", async () => {
    const { lastFrame, stdin, unmount } = await browser(<ResultBrowser result={fixtureResult()} lang="zh" rows={40} />);
    expect(selectedRow(lastFrame()!)).toContain("江州市东湖区人民政府");
    press(stdin, KEY.down);
    await frameWhere(lastFrame, (f) => expect(selectedRow(f)).toContain("西山县人民政府"));
    press(stdin, "j");
    await frameWhere(lastFrame, (f) => expect(selectedRow(f)).toContain("新疆维吾尔自治区"));
    press(stdin, "k", KEY.up);
    await frameWhere(lastFrame, (f) => expect(selectedRow(f)).toContain("江州市东湖区人民政府"));
    press(stdin, KEY.up, "s"); // ↑ at the top stays there; the s after it shows the ↑ was read
    await frameWhere(lastFrame, (f) => {
      expect(f).toContain("s 排序：发文机关");
      expect(selectedRow(f)).toContain("江州市东湖区人民政府");
    });
    unmount();
  });

  it("opens the scorecard with Enter and goes back with Esc and ←", async () => {
    const { lastFrame, stdin, unmount } = await browser(<ResultBrowser result={fixtureResult()} lang="zh" rows={40} />);
    press(stdin, KEY.down, KEY.down, KEY.enter);
    const card = await frameWhere(lastFrame, (f) => expect(f).toContain("Esc/← 返回")); // the scorecard (the list's footer also says 评分卡)
    expect(card).toContain("■ 结构完整性");
    expect(card).toContain("缺少“存在的不足和原因”部分");
    expect(card).toContain("第 12 行 “二、存在的问题”");
    expect(card).toContain("Esc/← 返回");
    press(stdin, KEY.escape);
    await frameWhere(lastFrame, (f) => {
      expect(f).not.toContain("Esc/← 返回");
      expect(selectedRow(f)).toContain("新疆维吾尔自治区");
    });
    press(stdin, KEY.enter);
    await frameWhere(lastFrame, (f) => expect(f).toContain("Esc/← 返回")); // the scorecard (the list's footer also says 评分卡)
    press(stdin, KEY.left);
    await frameWhere(lastFrame, (f) => {
      expect(f).toContain("【县级】");
      expect(f).not.toContain("Esc/← 返回");
    });
    unmount();
  });

  it("filters by issuer with /, applies with Enter and clears with Esc", async () => {
    const { lastFrame, stdin, unmount } = await browser(<ResultBrowser result={fixtureResult()} lang="zh" rows={40} />);
    press(stdin, "/", "北", "塘");
    await frameWhere(lastFrame, (f) => {
      expect(f).toContain("输入发文机关");
      expect(f).toContain("北塘");
    });
    press(stdin, KEY.enter);
    const frame = await frameWhere(lastFrame, (f) => expect(f).toContain("/ 筛选：北塘"));
    expect(frame).toContain("北塘镇人民政府");
    expect(frame).not.toContain("江州市东湖区人民政府");
    expect(selectedRow(frame)).toContain("北塘镇人民政府");
    press(stdin, KEY.enter);
    await frameWhere(lastFrame, (f) => expect(f).toContain("评分卡 · 北塘镇人民政府"));
    press(stdin, KEY.escape);
    await frameWhere(lastFrame, (f) => {
      expect(f).toContain("/ 筛选：北塘");
      expect(f).not.toContain("Esc/← 返回");
    });
    press(stdin, "/");
    await frameWhere(lastFrame, (f) => expect(f).toContain("输入发文机关"));
    press(stdin, KEY.escape);
    await frameWhere(lastFrame, (f) => {
      expect(f).toContain("江州市东湖区人民政府");
      expect(f).not.toContain("筛选：");
      expect(f).not.toContain("输入发文机关");
    });
    press(stdin, "/", "无", "此", KEY.enter);
    await frameWhere(lastFrame, (f) => expect(f).toContain("没有发文机关包含“无此”的报告"));
    unmount();
  });

  it("never loses keys typed or pasted faster than the screen redraws", async () => {
    const { lastFrame, stdin, unmount } = await browser(<ResultBrowser result={fixtureResult()} lang="zh" rows={40} />);
    stdin.write("/北塘"); // one burst, as a paste or tmux send-keys delivers it
    stdin.write(KEY.enter);
    await frameWhere(lastFrame, (f) => expect(f).toContain("/ 筛选：北塘"));
    stdin.write(KEY.escape); // (an Esc and a key in one burst would read as Alt+key, as in any terminal)
    await frameWhere(lastFrame, (f) => {
      expect(f).toContain("江州市东湖区人民政府");
      expect(f).not.toContain("筛选：");
    });
    // Keys written back to back, with no redraw between them: each one counts (total → issuer → structure).
    stdin.write("s");
    stdin.write("s");
    await frameWhere(lastFrame, (f) => expect(f).toContain("s 排序：结构完整性"));
    unmount();
  });

  it("cycles the sort column with s: total, issuer, then each category", async () => {
    const { lastFrame, stdin, unmount } = await browser(<ResultBrowser result={fixtureResult()} lang="zh" rows={40} />);
    expect(lastFrame()).toContain("s 排序：总分");
    press(stdin, KEY.down, "s"); // 西山县人民政府, then sort by issuer
    await frameWhere(lastFrame, (f) => {
      expect(f).toContain("s 排序：发文机关");
      expect(selectedRow(f)).toContain("西山县人民政府"); // the selection follows the report
    });
    press(stdin, KEY.up, KEY.up, KEY.up, "s");
    await frameWhere(lastFrame, (f) => expect(f).toContain("s 排序：结构完整性"));
    // By structure: the long-named county (0) drops below the 1.0s; by indicators, 西山 (1.0) leads.
    press(stdin, "s");
    const frame = await frameWhere(lastFrame, (f) => expect(f).toContain("s 排序：指标披露"));
    expect(frame.indexOf("西山县人民政府")).toBeLessThan(frame.indexOf("江州市东湖区人民政府"));
    press(stdin, "s", "s");
    await frameWhere(lastFrame, (f) => expect(f).toContain("s 排序：总分"));
    unmount();
  });

  it("quits with q", async () => {
    const { stdin, stdout, instance } = mount(<ResultBrowser result={fixtureResult()} lang="zh" />);
    await listening(stdin);
    let exited = false;
    const done = instance.waitUntilExit().then(() => (exited = true));
    press(stdin, KEY.down);
    await frameWhere(stdout.lastFrame, (f) => expect(selectedRow(f)).toContain("西山县人民政府"));
    expect(exited).toBe(false);
    press(stdin, "q");
    await done;
    expect(exited).toBe(true);
  });

  it("shows English keys with lang en", async () => {
    const { lastFrame, unmount } = render(<ResultBrowser result={fixtureResult()} lang="en" rows={40} />);
    const frame = await frameWhere(lastFrame, (f) => expect(f).toContain("Enter scorecard"));
    expect(frame).toContain("[County] 3 report(s)");
    unmount();
  });

  it("fits 80 columns and follows a resize of the terminal", async () => {
    const { stdout, stdin, instance } = mount(<ResultBrowser result={fixtureResult()} lang="zh" />);
    await listening(stdin);
    await frameWhere(stdout.lastFrame, (f) => expect(f).toContain("【县级】"));
    stdout.columns = 80;
    stdout.emit("resize");
    await frameWhere(stdout.lastFrame, (f) => {
      expect(f).toContain("【县级】");
      expect(f).not.toContain(LONG_ISSUER);
      expect(widest(f)).toBeLessThanOrEqual(80);
    });
    press(stdin, KEY.down, KEY.down, KEY.enter);
    const card = await frameWhere(stdout.lastFrame, (f) => expect(f).toContain("Esc/← 返回")); // the scorecard (the list's footer also says 评分卡)
    expect(widest(card)).toBeLessThanOrEqual(80);
    press(stdin, KEY.escape);
    await frameWhere(stdout.lastFrame, (f) => {
      expect(f).toContain("【县级】");
      expect(f).not.toContain("Esc/← 返回");
    });
    stdout.columns = 160;
    stdout.emit("resize");
    await frameWhere(stdout.lastFrame, (f) => expect(f).toContain(LONG_ISSUER));
    instance.unmount();
  });

  it("keeps the selection on screen when the list is taller than the terminal", async () => {
    const { lastFrame, stdin, unmount } = await browser(<ResultBrowser result={fixtureResult()} lang="zh" rows={10} />);
    expect(lastFrame()!.split("\n").length).toBeLessThanOrEqual(10);
    press(stdin, KEY.down, KEY.down, KEY.down, KEY.down);
    const frame = await frameWhere(lastFrame, (f) => expect(selectedRow(f)).toContain("西塘镇人民政府"));
    expect(frame.split("\n").length).toBeLessThanOrEqual(10);
    unmount();
  });
});

describe("the score session", () => {
  it("shows a progress bar with counts, the file and errors, then the ranked table", async () => {
    let finish!: () => void;
    const gate = new Promise<void>((r) => (finish = r));
    const result = fixtureResult();
    const { lastFrame, unmount } = render(
      <ScoreSession
        lang="zh"
        rows={40}
        run={async (onProgress) => {
          onProgress({ done: 2, total: 6, file: "r/b.txt", errors: 1 });
          await gate;
          return result;
        }}
      />,
    );
    const frame = await frameWhere(lastFrame, (f) => expect(f).toContain("2/6"));
    expect(frame).toContain("评分中");
    expect(frame).toContain("出错 1");
    expect(frame).toContain("r/b.txt");
    finish();
    await frameWhere(lastFrame, (f) => expect(f).toContain("【县级】"));
    unmount();
  });
});
