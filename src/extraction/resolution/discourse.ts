// What the document has said so far that later noun phrases lean on: who spoke together ("both
// men"), whose statement "the statement" is. Kept apart from the entities themselves
// (entities/registry.ts), which only know names, kinds and where they were mentioned.
import type { DocEntity } from "../entities/registry.js";

export class DiscourseMemory {
  /** The last persons who spoke together ("A and B said"): what "both men" refers to. */
  lastGroup: DocEntity[] = [];
  /** The last bodies or countries that spoke together ("Austria and Sweden said"): what "they" may be. */
  lastBodies: DocEntity[] = [];
  /** The speakers of the latest claim made "in a statement": who "the statement" is by. */
  lastStatementBy: DocEntity[] = [];
  /** The body whose spokesperson spoke last ("a State Department spokesperson"): who "the spokesperson" speaks for. */
  lastVoiced: DocEntity | null = null;

  /** A claim's speakers were found: remember pairs and statements for the phrases that follow. */
  noteSpeakers(speakers: readonly DocEntity[], inStatement: boolean): void {
    const persons = speakers.filter((e) => e.kind === "person");
    if (persons.length > 1) this.lastGroup = persons;
    const bodies = speakers.filter((e) => e.kind !== "person");
    if (bodies.length) this.lastBodies = bodies;
    if (inStatement && speakers.length) this.lastStatementBy = [...speakers];
  }
}
