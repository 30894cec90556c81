/** Document structure: the heading tree, paragraphs and sentences of a report. */
export { parseHeadings, flattenHeadings } from "./headings.js";
export { segmentParagraphs } from "./paragraphs.js";
export { splitSentences } from "./sentences.js";
