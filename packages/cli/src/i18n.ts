export type Lang = "zh" | "en";
import type { Localized } from "@fazhi/core";
export type { Localized };

/** `--lang` wins; then FAZHI_LANG; then an English locale (LC_ALL/LC_MESSAGES/LANG = en_*); Chinese otherwise. */
export function detectLang(explicit: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (explicit === "en" || explicit === "zh") return explicit;
  const fromEnv = env.FAZHI_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? "";
  return /^en/i.test(fromEnv) ? "en" : "zh";
}

export function t(lang: Lang, message: Localized): string {
  return message[lang];
}
