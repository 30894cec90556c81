export {
  ClauseSchema,
  indexAt,
  modalityAt,
  ModalitySchema,
  NumberReadingSchema,
  Reading,
  readingOf,
  ScopeSchema,
  type Clause,
  type NumberReading,
} from "./reading.js";
export { CLAUSE_END_CHARS, HYPOTHETICAL_WORDS, NEGATION_WORDS, SCOPE_WORDS, TARGET_WORDS_CLAUSE, THRESHOLD_WORDS, type Scope } from "./vocabulary.js";
export { statedTolerance } from "./tolerance.js";
