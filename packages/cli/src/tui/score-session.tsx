/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { useEffect, useState } from "react";
import { Box, useApp } from "ink";
import type { Result } from "@fazhi/engine";
import type { Lang } from "../i18n.js";
import { KeyFooter } from "./key-footer.js";
import { ProgressBar, type ProgressState } from "./progress-bar.js";
import { ResultBrowser, useTerminalSize } from "./result-browser.js";

export type ScoreRun = (onProgress: (progress: ProgressState) => void) => Promise<Result>;

export interface ScoreSessionProps {
  run: ScoreRun;
  lang: Lang;
  onResult?: (result: Result) => void;
  columns?: number;
  rows?: number;
}

/** The progress bar while `run` scores, then the result browser. A failure of `run` ends the app with it. */
export function ScoreSession({ run, lang, onResult, columns, rows }: ScoreSessionProps) {
  const { exit } = useApp();
  const size = useTerminalSize({ columns, rows });
  const [progress, setProgress] = useState<ProgressState>({ done: 0, total: 0, file: "", errors: 0 });
  const [result, setResult] = useState<Result | null>(null);
  useEffect(() => {
    let live = true;
    run((p) => live && setProgress(p)).then(
      (r) => {
        if (!live) return;
        onResult?.(r);
        setResult(r);
      },
      (error: unknown) => live && exit(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, []);
  if (result) return <ResultBrowser result={result} lang={lang} columns={columns} rows={rows} />;
  return (
    <Box flexDirection="column">
      <ProgressBar progress={progress} width={size.columns} lang={lang} />
      <KeyFooter screen="scoring" lang={lang} width={size.columns} />
    </Box>
  );
}
