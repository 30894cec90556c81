import { definePlugin } from "@fazhi/rule-kit";
import { addressee } from "./addressee.js";
import { dates } from "./dates.js";
import { documentKind } from "./document-kind.js";
import { documentNumber } from "./document-number.js";
import { issuerIdentifiable } from "./issuer-identifiable.js";
import { pageChrome } from "./page-chrome.js";
import { publishedOnTime } from "./published-on-time.js";
import { reportYearStated } from "./report-year-stated.js";
import { textComplete } from "./text-complete.js";

/**
 * @fazhi/rules-disclosure — metadata and publication (DOMAIN §1.1 Art. 24, §4.3 publication evaluation, §6
 * look-alikes): issuer, report year, addressee, dates, document number, deadline, document kind, completeness of
 * the copy, page chrome. Rule ids are `disclosure/<meta.id>`.
 */
export default definePlugin({
  meta: { name: "@fazhi/rules-disclosure", version: "1.0.0", namespace: "disclosure" },
  rules: {
    "issuer-identifiable": issuerIdentifiable,
    "report-year-stated": reportYearStated,
    addressee,
    dates,
    "document-number": documentNumber,
    "published-on-time": publishedOnTime,
    "document-kind": documentKind,
    "text-complete": textComplete,
    "page-chrome": pageChrome,
  },
});

export { addressee, type AddresseeOptions } from "./addressee.js";
export { dates, type DatesOptions } from "./dates.js";
export { documentKind, type DocumentKindOptions } from "./document-kind.js";
export { documentNumber, type DocumentNumberOptions } from "./document-number.js";
export { issuerIdentifiable, type IssuerIdentifiableOptions } from "./issuer-identifiable.js";
export { pageChrome, type PageChromeOptions } from "./page-chrome.js";
export { publishedOnTime, type PublishedOnTimeOptions } from "./published-on-time.js";
export { reportYearStated, type ReportYearStatedOptions } from "./report-year-stated.js";
export { textComplete, type TextCompleteOptions } from "./text-complete.js";
export { DOCUMENT_KINDS, KIND_NAMES, type DocumentKind } from "./vocabulary.js";
