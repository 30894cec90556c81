/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Box, Text } from "ink";
import type { Lang } from "../i18n.js";
import { label } from "./labels.js";
import { scoreBar, stringWidth, truncate } from "./layout.js";

export interface ProgressState {
  done: number;
  total: number;
  file: string;
  errors: number;
}

/** `评分中 ██████▍      3/5  出错 1  seeds/…` — fits `width`. */
export function ProgressBar({ progress, width, lang }: { progress: ProgressState; width: number; lang: Lang }) {
  const { done, total, file, errors } = progress;
  const counts = `${done}/${total || "?"}`;
  const errorText = errors > 0 ? `  ✖ ${label(lang, "errorsSoFar")} ${errors}` : "";
  const head = `${label(lang, "scoring")} `;
  const cells = Math.max(10, Math.min(40, width - stringWidth(head) - stringWidth(counts) - stringWidth(errorText) - 20));
  const rest = width - stringWidth(head) - cells - 1 - stringWidth(counts) - stringWidth(errorText) - 2;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        {head}
        <Text color="cyan">{scoreBar(total > 0 ? done / total : 0, cells)}</Text> {counts}
        <Text color="red">{errorText}</Text>
        {file && rest > 4 ? <Text dimColor>{"  " + truncate(file, rest)}</Text> : null}
      </Text>
    </Box>
  );
}
