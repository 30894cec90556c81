/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Box, Text } from "ink";

/** A run of text with one style. */
export interface Segment {
  text: string;
  color?: string;
  bold?: boolean;
  dim?: boolean;
}

/** One terminal row, already cut to the screen width. `file` marks a selectable report row. */
export interface ScreenLine {
  key: string;
  segments: Segment[];
  file?: string;
}

export const line = (key: string, ...segments: Array<Segment | string>): ScreenLine => ({
  key,
  segments: segments.map((s) => (typeof s === "string" ? { text: s } : s)),
});

export const lineText = (l: ScreenLine): string => l.segments.map((s) => s.text).join("");

/** Green from 0.9, yellow from 0.6, red below. */
export function scoreColor(score: number | null): string | undefined {
  if (score === null) return undefined;
  return score >= 0.9 ? "green" : score >= 0.6 ? "yellow" : "red";
}

/** One row on screen; `plain` drops colours (for piped output). */
export function ScreenLineView({ value: given, selected = false, plain = false }: { value: ScreenLine; selected?: boolean; plain?: boolean }) {
  // The selected report row starts with › in place of the first column of its marker.
  const value = selected && given.file && given.segments.length > 0 ? { ...given, segments: [{ ...given.segments[0]!, text: "›" + given.segments[0]!.text.slice(1), color: "cyan" }, ...given.segments.slice(1)] } : given;
  const text = lineText(value);
  if (plain) return <Text wrap="truncate-end">{text === "" ? " " : text}</Text>;
  return (
    <Text wrap="truncate-end" inverse={selected}>
      {value.segments.length === 0 || text === "" ? " " : null}
      {value.segments.map((s, i) => (
        <Text key={i} color={s.color} bold={s.bold} dimColor={s.dim}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}

/** A window of `height` rows from `lines`, starting at `offset`. */
export function LineWindow({ lines, offset = 0, height, selectedFile, plain = false }: { lines: ScreenLine[]; offset?: number; height?: number; selectedFile?: string; plain?: boolean }) {
  const shown = height === undefined ? lines : lines.slice(offset, offset + height);
  return (
    <Box flexDirection="column">
      {shown.map((l) => (
        <ScreenLineView key={l.key} value={l} plain={plain} selected={selectedFile !== undefined && l.file === selectedFile} />
      ))}
    </Box>
  );
}

/** The offset that keeps row `target` visible in a window of `height`, centred when possible. */
export function windowOffset(total: number, height: number, target: number): number {
  if (total <= height || target < 0) return 0;
  return Math.max(0, Math.min(total - height, target - Math.floor(height / 2)));
}
