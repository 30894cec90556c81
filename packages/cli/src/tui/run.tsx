/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { render } from "ink";
import type { Result } from "@fazhi/engine";
import type { Lang } from "../i18n.js";
import { ScoreSession, type ScoreRun } from "./score-session.js";

/** Run the interactive UI on this process's terminal; resolves with the result once the user quits (null if stopped while scoring). */
export async function runInteractive(run: ScoreRun, lang: Lang): Promise<Result | null> {
  let result: Result | null = null;
  const app = render(<ScoreSession run={run} lang={lang} onResult={(r) => (result = r)} />, { exitOnCtrlC: true, patchConsole: false });
  await app.waitUntilExit();
  return result;
}
