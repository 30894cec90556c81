/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Text } from "ink";
import type { Lang } from "../i18n.js";
import { KEY_HINTS } from "./labels.js";
import { truncate } from "./layout.js";

/** The keys of the current screen, on the last row. */
export function KeyFooter({ screen, lang, width, sort = "" }: { screen: keyof typeof KEY_HINTS; lang: Lang; width: number; sort?: string }) {
  return (
    <Text dimColor wrap="truncate-end">
      {truncate(KEY_HINTS[screen][lang].replace("{sort}", sort), width)}
    </Text>
  );
}
