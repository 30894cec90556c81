/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Box, Text } from "ink";
import { lineText, type ScreenLine } from "./screen-line.js";

/** One row on screen (piped output prints the rows without Ink: see render-result.ts). */
export function ScreenLineView({ value: given, selected = false }: { value: ScreenLine; selected?: boolean }) {
  // The selected report row starts with › in place of the first column of its marker.
  const value = selected && given.file && given.segments.length > 0 ? { ...given, segments: [{ ...given.segments[0]!, text: "›" + given.segments[0]!.text.slice(1), color: "cyan" }, ...given.segments.slice(1)] } : given;
  const text = lineText(value);
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
export function LineWindow({ lines, offset = 0, height, selectedFile }: { lines: ScreenLine[]; offset?: number; height?: number; selectedFile?: string }) {
  const shown = height === undefined ? lines : lines.slice(offset, offset + height);
  return (
    <Box flexDirection="column">
      {shown.map((l) => (
        <ScreenLineView key={l.key} value={l} selected={selectedFile !== undefined && l.file === selectedFile} />
      ))}
    </Box>
  );
}
