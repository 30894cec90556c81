/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { useEffect, useMemo, useReducer, useState } from "react";
import { Box, Text, useApp, useInput, useStdout, type Key } from "ink";
import type { Result } from "@fazhi/engine";
import type { Lang } from "../i18n.js";
import { FilterPrompt } from "./filter-prompt.js";
import { KeyFooter } from "./key-footer.js";
import { truncate } from "./layout.js";
import { rankedTableLines } from "./ranked-table.js";
import { scorecardLines } from "./scorecard.js";
import { LineWindow } from "./line-window.js";
import { windowOffset } from "./screen-line.js";
import { categoryColumns, cohortTables, issuerText, sortKeys, sortLabel } from "./table-model.js";

/** Terminal size from ink's stdout, following resizes; `fixed` overrides it (tests). */
export function useTerminalSize(fixed: { columns?: number; rows?: number }): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: fixed.columns ?? stdout.columns ?? 80, rows: fixed.rows ?? stdout.rows ?? 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on("resize", onResize);
    return () => void stdout.off("resize", onResize);
  }, [stdout, fixed.columns, fixed.rows]);
  return size;
}

export interface ResultBrowserProps {
  result: Result;
  lang: Lang;
  columns?: number;
  rows?: number;
}

/**
 * The interactive ranked tables: ↑/↓ (j/k) select a report, Enter opens its scorecard, Esc/← goes back,
 * `/` filters by issuer, `s` cycles the sort column, `q` quits.
 */
/** What the browser shows; changed only by `browse`, one key at a time, always from the latest state. */
interface BrowserState {
  screen: "list" | "scorecard";
  selected: number;
  filter: string;
  /** The filter being typed after `/`; null when not typing. */
  draft: string | null;
  sortIndex: number;
  scroll: number;
}

/** A key as ink reports it. */
type Keystroke = { input: string; key: Key };

interface BrowserContext {
  result: Result;
  keys: ReturnType<typeof sortKeys>;
  bodyHeight: number;
  /** Lines of a report's scorecard (for scrolling it). */
  cardLength: (state: BrowserState) => number;
  exit: () => void;
}

function rowsOf(ctx: BrowserContext, state: BrowserState, sortIndex = state.sortIndex) {
  return cohortTables(ctx.result, { filter: state.draft ?? state.filter, sort: ctx.keys[sortIndex % ctx.keys.length]! }).flatMap((t) => t.rows);
}

/**
 * One keystroke applied to the state. Keys are reduced in order from the state the previous key left, so
 * keys typed or pasted faster than the screen redraws ("/北塘" in one burst) are never lost or misread.
 */
function browse(ctx: BrowserContext, state: BrowserState, { input, key }: Keystroke): BrowserState {
  if (state.draft !== null) {
    if (key.return) return { ...state, filter: state.draft.trim(), draft: null, selected: 0 };
    if (key.escape) return { ...state, filter: "", draft: null, selected: 0 };
    if (key.backspace || key.delete) return { ...state, draft: state.draft.slice(0, -1) };
    if (input && !key.ctrl && !key.meta && !key.upArrow && !key.downArrow && !key.leftArrow && !key.rightArrow && !key.tab) return { ...state, draft: state.draft + input, selected: 0 };
    return state;
  }
  if (input === "q") {
    ctx.exit();
    return state;
  }
  if (state.screen === "scorecard") {
    const maxScroll = Math.max(0, ctx.cardLength(state) - ctx.bodyHeight);
    const scroll = Math.min(state.scroll, maxScroll);
    if (key.escape || key.leftArrow || key.backspace) return { ...state, screen: "list" };
    if (key.upArrow || input === "k") return { ...state, scroll: Math.max(0, scroll - 1) };
    if (key.downArrow || input === "j") return { ...state, scroll: Math.min(maxScroll, scroll + 1) };
    if (key.pageUp) return { ...state, scroll: Math.max(0, scroll - ctx.bodyHeight) };
    if (key.pageDown || input === " ") return { ...state, scroll: Math.min(maxScroll, scroll + ctx.bodyHeight) };
    return state;
  }
  const rows = rowsOf(ctx, state);
  const at = Math.min(state.selected, rows.length - 1);
  const move = (delta: number): BrowserState => ({ ...state, selected: Math.max(0, Math.min(rows.length - 1, at + delta)) });
  if (key.upArrow || input === "k") return move(-1);
  if (key.downArrow || input === "j") return move(1);
  if (key.pageUp) return move(-ctx.bodyHeight);
  if (key.pageDown) return move(ctx.bodyHeight);
  if (key.return || key.rightArrow) return rows[at]?.report ? { ...state, scroll: 0, screen: "scorecard" } : state;
  if (input === "/") return { ...state, draft: state.filter };
  if (input === "s") {
    // The selection stays on the same report in the new order.
    const next = (state.sortIndex + 1) % ctx.keys.length;
    const file = rows[at]?.file;
    return { ...state, sortIndex: next, selected: Math.max(0, rowsOf(ctx, state, next).findIndex((r) => r.file === file)) };
  }
  if (key.escape && state.filter) return { ...state, filter: "", selected: 0 };
  return state;
}

/** A burst of plain characters (typed fast or pasted) as one keystroke per character. */
function keystrokes(input: string, key: Key): Keystroke[] {
  const chars = Array.from(input);
  if (chars.length <= 1 || key.ctrl || key.meta || key.escape || key.return || key.tab) return [{ input, key }];
  return chars.map((c) => ({ input: c, key: { ...key } }));
}

/**
 * The interactive ranked tables: ↑/↓ (j/k) select a report, Enter opens its scorecard, Esc/← goes back,
 * `/` filters by issuer, `s` cycles the sort column, `q` quits.
 */
export function ResultBrowser({ result, lang, columns: fixedColumns, rows: fixedRows }: ResultBrowserProps) {
  const { exit } = useApp();
  const { columns: width, rows: height } = useTerminalSize({ columns: fixedColumns, rows: fixedRows });
  const categories = useMemo(() => categoryColumns(result), [result]);
  const keys = useMemo(() => sortKeys(categories), [categories]);
  // Title, filter row and footer take three rows; one spare row keeps ink from clearing the screen.
  const bodyHeight = Math.max(3, height - 4);
  const ctx: BrowserContext = {
    result,
    keys,
    bodyHeight,
    cardLength: (state) => {
      const rows = rowsOf(ctx, state);
      const report = rows[Math.min(state.selected, rows.length - 1)]?.report;
      return report ? scorecardLines(report, width, lang).length : 0;
    },
    exit,
  };
  const [state, dispatch] = useReducer(
    (current: BrowserState, strokes: Keystroke[]) => strokes.reduce((s, k) => browse(ctx, s, k), current),
    { screen: "list", selected: 0, filter: "", draft: null, sortIndex: 0, scroll: 0 },
  );
  const { screen, selected, filter, draft, sortIndex, scroll } = state;

  const sort = keys[sortIndex % keys.length]!;
  const liveFilter = draft ?? filter;
  const tables = useMemo(() => cohortTables(result, { filter: liveFilter, sort }), [result, liveFilter, sort]);
  const rows = tables.flatMap((t) => t.rows);
  const current = rows[Math.min(selected, rows.length - 1)];
  const listLines = useMemo(
    () => rankedTableLines({ result, tables, columns: categories, width, lang, filter: liveFilter }),
    [result, tables, categories, width, lang, liveFilter],
  );
  const cardLines = useMemo(() => (current?.report ? scorecardLines(current.report, width, lang) : []), [current, width, lang]);
  const maxScroll = Math.max(0, cardLines.length - bodyHeight);

  useInput((input, key) => dispatch(keystrokes(input, key)));

  const zh = lang === "zh";
  const sortName = sortLabel(sort, categories, lang);
  if (screen === "scorecard" && current?.report) {
    const offset = Math.min(scroll, maxScroll);
    const position = cardLines.length > bodyHeight ? `  ${offset + 1}–${Math.min(cardLines.length, offset + bodyHeight)}/${cardLines.length}` : "";
    return (
      <Box flexDirection="column" width={width}>
        <Text bold wrap="truncate-end">
          {truncate(`${zh ? "评分卡" : "Scorecard"} · ${issuerText(current)}${position}`, width)}
        </Text>
        <LineWindow lines={cardLines} offset={offset} height={bodyHeight} />
        <Text> </Text>
        <KeyFooter screen="scorecard" lang={lang} width={width} />
      </Box>
    );
  }
  const selectedLine = current ? listLines.findIndex((l) => l.file === current.file) : -1;
  const offset = windowOffset(listLines.length, bodyHeight, selectedLine);
  const s = result.summary;
  const title = zh
    ? `fazhi · ${s.reports} 份报告 · 排序：${sortName}${rows.length ? ` · ${Math.min(selected, rows.length - 1) + 1}/${rows.length}` : ""}`
    : `fazhi · ${s.reports} report(s) · sort: ${sortName}${rows.length ? ` · ${Math.min(selected, rows.length - 1) + 1}/${rows.length}` : ""}`;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-end">
        {truncate(title, width)}
      </Text>
      <LineWindow lines={listLines} offset={offset} height={bodyHeight} selectedFile={current?.file} />
      {draft !== null || filter ? <FilterPrompt text={draft ?? filter} editing={draft !== null} lang={lang} /> : <Text> </Text>}
      <KeyFooter screen={draft !== null ? "filtering" : "list"} lang={lang} width={width} sort={sortName} />
    </Box>
  );
}
