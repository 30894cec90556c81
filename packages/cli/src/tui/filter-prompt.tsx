/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Text } from "ink";
import type { Lang } from "../i18n.js";
import { label } from "./labels.js";

/** `/ 筛选：常州█` while typing, or the filter in force. */
export function FilterPrompt({ text, editing, lang }: { text: string; editing: boolean; lang: Lang }) {
  return (
    <Text wrap="truncate-end" color={editing ? "cyan" : "yellow"}>
      {`/ ${label(lang, "filter")}：${text}`}
      {editing ? "▏" : ""}
    </Text>
  );
}
