/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { useEffect, useMemo, useState } from "react";
import { Box, Text, useApp, useInput, useStdout } from "ink";
import type { Result } from "@fazhi/engine";
import type { Lang } from "../i18n.js";
import { FilterPrompt } from "./filter-prompt.js";
import { KeyFooter } from "./key-footer.js";
import { truncate } from "./layout.js";
import { rankedTableLines } from "./ranked-table.js";
import { scorecardLines } from "./scorecard.js";
import { LineWindow, windowOffset } from "./screen-line.js";
import { categoryColumns, cohortTables, sortKeys, sortLabel } from "./table-model.js";

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
export function ResultBrowser({ result, lang, columns: fixedColumns, rows: fixedRows }: ResultBrowserProps) {
  const { exit } = useApp();
  const { columns: width, rows: height } = useTerminalSize({ columns: fixedColumns, rows: fixedRows });
  const [screen, setScreen] = useState<"list" | "scorecard">("list");
  const [selected, setSelected] = useState(0);
  const [filter, setFilter] = useState("");
  const [draft, setDraft] = useState<string | null>(null);
  const [sortIndex, setSortIndex] = useState(0);
  const [scroll, setScroll] = useState(0);

  const categories = useMemo(() => categoryColumns(result), [result]);
  const keys = useMemo(() => sortKeys(categories), [categories]);
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

  // Title, filter row and footer take three rows; one spare row keeps ink from clearing the screen.
  const bodyHeight = Math.max(3, height - 4);
  const move = (delta: number) => setSelected((i) => Math.max(0, Math.min(rows.length - 1, Math.min(i, rows.length - 1) + delta)));
  const maxScroll = Math.max(0, cardLines.length - bodyHeight);

  useInput((input, key) => {
    if (draft !== null) {
      if (key.return) {
        setFilter(draft.trim());
        setDraft(null);
        setSelected(0);
      } else if (key.escape) {
        setFilter("");
        setDraft(null);
        setSelected(0);
      } else if (key.backspace || key.delete) {
        setDraft(draft.slice(0, -1));
      } else if (input && !key.ctrl && !key.meta && !key.upArrow && !key.downArrow && !key.leftArrow && !key.rightArrow && !key.tab) {
        setDraft(draft + input);
        setSelected(0);
      }
      return;
    }
    if (input === "q") {
      exit();
      return;
    }
    if (screen === "scorecard") {
      if (key.escape || key.leftArrow || key.backspace) setScreen("list");
      else if (key.upArrow || input === "k") setScroll((s) => Math.max(0, s - 1));
      else if (key.downArrow || input === "j") setScroll((s) => Math.min(maxScroll, s + 1));
      else if (key.pageUp) setScroll((s) => Math.max(0, s - bodyHeight));
      else if (key.pageDown || input === " ") setScroll((s) => Math.min(maxScroll, s + bodyHeight));
      return;
    }
    if (key.upArrow || input === "k") move(-1);
    else if (key.downArrow || input === "j") move(1);
    else if (key.pageUp) move(-bodyHeight);
    else if (key.pageDown) move(bodyHeight);
    else if (key.return || key.rightArrow) {
      if (current?.report) {
        setScroll(0);
        setScreen("scorecard");
      }
    } else if (input === "/") setDraft(filter);
    else if (input === "s") {
      // The selection stays on the same report in the new order.
      const next = (sortIndex + 1) % keys.length;
      const reordered = cohortTables(result, { filter: liveFilter, sort: keys[next]! }).flatMap((t) => t.rows);
      setSortIndex(next);
      setSelected(Math.max(0, reordered.findIndex((r) => r.file === current?.file)));
    }
    else if (key.escape && filter) {
      setFilter("");
      setSelected(0);
    }
  });

  const zh = lang === "zh";
  const sortName = sortLabel(sort, categories, lang);
  if (screen === "scorecard" && current?.report) {
    const offset = Math.min(scroll, maxScroll);
    const position = cardLines.length > bodyHeight ? `  ${offset + 1}–${Math.min(cardLines.length, offset + bodyHeight)}/${cardLines.length}` : "";
    return (
      <Box flexDirection="column" width={width}>
        <Text bold wrap="truncate-end">
          {truncate(`${zh ? "评分卡" : "Scorecard"} · ${current.issuer}${position}`, width)}
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
