// Public API of the query layer (pure TypeScript, no DOM, no Node APIs).
export {
  ask,
  askStructured,
  answerPlan,
  withinDates,
  keepClaims,
  type QueryAnswer,
  type ClaimsAnswer,
  type PositionsAnswer,
  type TimelineAnswer,
  type ErrorAnswer,
} from "./ask.js";
export {
  buildQueryIndex,
  queryIndexFor,
  runQuery,
  describeQuery,
  explainEmpty,
  dateInRange,
  type ClaimQuery,
  type ClaimResult,
  type DocumentRef,
  type EntityRef,
  type QueryIndex,
} from "./claims.js";
export {
  positionsOn,
  contestedIssues,
  isMainlyAbout,
  MAX_LISTED_CONFLICTS,
  disagreementsBetween,
  claimsOfIssues,
  type IssuePositions,
  type Position,
  type Conflict,
  type ConflictKind,
} from "./positions.js";
export { isPattern, parsePattern, toPattern } from "./pattern.js";
export { parseQuestion } from "./question.js";
export { resolveName, suggestNames, editDistance, type NameMatch } from "./names.js";
export { STANCE_WORDS, stanceOfWord, type StanceWord } from "./lexicon.js";
export { toCSV, toRows, toJSONClaims, answerJSON, ROW_COLUMNS, type ResultRow, type OnBehalfOf } from "./export.js";
export type { Plan, ParseResult, UnknownName } from "./plan.js";
export { complete, type Completion } from "./complete.js";
export {
  timelineOf,
  changesIn,
  byDate,
  isWithdrawal,
  type Timeline,
  type TimelineRow,
  type TimelineOptions,
  type Change,
  type ChangeKind,
} from "./timeline.js";
