// Corrections by the user that last (docs/graph.md "Corrections (edits)", docs/edits.md):
// operations recorded in the graph, undone and redone, applied again after new articles.
export { applyEdit, EditError, GraphEditor, type EditOutcome } from "./apply.js";
export { EditHistory } from "./history.js";
export { describeEdit, EDIT_OPS, validateEdit, validateEdits } from "./operations.js";
export type * from "./operations.js";
export { prepareEdit, sameEdit, type PrepareOptions } from "./prepare.js";
export { addEdits, editsOf, replayEdits, type AddEditsReport, type ReplayReport } from "./replay.js";
export { parseEditsFile } from "./file.js";
