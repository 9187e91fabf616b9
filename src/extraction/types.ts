// Types that cross the layers: extraction -> graph -> UI / CLI.
// The one place that defines the stances and entity kinds (see shared CONTRACT.md).

export const STANCES = ["states", "proposes", "demands", "supports", "opposes", "commits"] as const;
export type Stance = (typeof STANCES)[number];

export const ENTITY_KINDS = ["person", "organization", "country", "place", "group", "topic"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export function isStance(value: unknown): value is Stance {
  return typeof value === "string" && (STANCES as readonly string[]).includes(value);
}

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === "string" && (ENTITY_KINDS as readonly string[]).includes(value);
}

/** An article as read from a file: `text` is what every offset points into. */
export interface SourceDocument {
  id: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  date: string | null;
  /** File name or URL the article came from. */
  source: string;
  text: string;
}

/** A character range of a document: JavaScript string indices, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Where a claim stands: `text === document.text.slice(start, end)`. */
export interface Evidence extends Span {
  doc: string;
  text: string;
}

/** An entity of one document (or, after merging, of the whole graph). */
export interface Entity {
  /** Stable key `${kind}:${slug}`, e.g. "person:volodymyr-zelenskyy". */
  key: string;
  label: string;
  kind: EntityKind;
  /** Other surface forms seen in the text (surnames, titles, metonyms). */
  aliases: string[];
  /** How many times the entity is mentioned. */
  mentions: number;
  /**
   * What the entity speaks for: a person's employer or country, a ministry's country, read off
   * titles and appositions ("Kremlin spokesman Dmitry Peskov" -> Russia, role "spokesman").
   */
  affiliations?: Affiliation[];
  /** The kind is a guess: a lone capitalized name that nothing in the text explains ("Trump said"). */
  kindGuessed?: boolean;
}

/** A tie from a person or body to the organization or country it speaks for. */
export interface Affiliation {
  /** Entity key of the organization or country. */
  entity: string;
  /** The title that states the tie ("spokesman", "Foreign Minister"), or "" when none is given. */
  role: string;
}

/** A speaker taking a stance in one place of one document. */
export interface Claim {
  /** Unique across documents, e.g. "seed-media-line#c14". */
  id: string;
  /** Entity key of the speaker. */
  speaker: string;
  stance: Stance;
  /** Entity keys of what the claim is about (at least one). */
  targets: string[];
  /** Entity key of who it was said to or aimed at, or null. */
  addressee: string | null;
  /** A short paraphrase of the content. */
  summary: string;
  /** The direct quote, without quotation marks, or null for reported speech. */
  quote: string | null;
  evidence: Evidence[];
  /** The cue word(s) that signalled the stance, e.g. "has proposed". */
  cue?: string;
  /** How the claim was read, for `claimgraph extract --explain`; not stored in the graph. */
  why?: ClaimWhy;
}

/** How a claim was read: the attribution pattern it matched and the stance rules that set its stance. */
export interface ClaimWhy {
  /** Id of the row of attribution/patterns.ts ("left", "inverted", "according", "quote", ...). */
  pattern: string;
  /** The attribution/stance.ts rules that set the stance, in order ("cue", "negation", ...), each with the stance it gave. */
  stance: { rule: string; stance: Stance }[];
}

/** What extraction returns for one document. */
export interface ExtractionResult {
  document: SourceDocument;
  entities: Entity[];
  claims: Claim[];
}
