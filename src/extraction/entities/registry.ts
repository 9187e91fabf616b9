// The entities of one document and the coreference of their names: surnames and titles to the
// full name, capitals and seats of government to their country, acronyms to organizations.
import { GAZETTEER, kindOfCountryName } from "../lexicon/gazetteer.js";
import type { Entity, EntityKind } from "../types.js";
import type { Mention } from "./mentions.js";
import { foldForTokenizer } from "../nlp.js";

export interface DocEntity extends Entity {
  /** Lowercase role words seen with the entity ("president", "spokesman"). */
  roles: Set<string>;
  /** Offsets of the mentions so far, ascending, for recency. */
  seen: number[];
  /** Whether it spoke in the document (preferred antecedent for pronouns). */
  lastSpoke: number;
  /** The lowercase words of the label, computed on first use (see labelWords in the pipeline). */
  words: { label: string; list: string[] } | null;
}

/** A new entity with every field set, in one order: one object shape keeps V8's code monomorphic. */
function newEntity(key: string, label: string, kind: EntityKind): DocEntity {
  return { key, label, kind, aliases: [], mentions: 0, roles: new Set(), seen: [], lastSpoke: -1, words: null };
}

const keys = new Map<string, Map<string, string>>();

/**
 * "person:volodymyr-zelenskyy": the key of an entity of a kind and name (memoized per kind: the
 * same names recur in every document, and a key made once hashes once in every Map it meets).
 */
export function entityKey(kind: string, name: string): string {
  let byName = keys.get(kind);
  if (!byName) keys.set(kind, (byName = new Map()));
  let key = byName.get(name);
  if (key === undefined) {
    key = `${kind}:${slugify(name)}`;
    if (byName.size > 50_000) byName.clear();
    byName.set(name, key);
  }
  return key;
}

/** Key part of an entity: "Volodymyr Zelenskyy" -> "volodymyr-zelenskyy" (entityKey memoizes it). */
export function slugify(s: string): string {
  // Plain ASCII needs no folding or Unicode normalization (the costly steps).
  const ascii = !/[^\x00-\x7F]/.test(s);
  return (
    (ascii ? s : foldForTokenizer(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
      .toLowerCase()
      .replace(/[’']s\b/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/** A title that names the institution its holder speaks for: "Commerce Ministry spokesman", "State Department official". */
const INSTITUTION_IN_ROLE =
  /^(.*\b(?:ministry|office|department|commission|council|agency|committee|army|military|police|embassy|mission|secretariat|cabinet|parliament|senate))\s+(?:(?:chief|senior|deputy|top|press)\s+)?(?:spokes(?:man|woman|person)|official|officer|head|director|secretary|envoy|representative|ambassador)$/i;

/** "Boeing Co", "Corrix Plc", "Vantage Holdings": the company is the name before the suffix. */
const CORPORATE_SUFFIX = /\s+(?:Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|plc|Plc|PLC|LLC|AG|SA|NV|SE|Group|Holdings?)$/;

export class EntityRegistry {
  readonly byKey = new Map<string, DocEntity>();
  private surnames = new Map<string, string | null>();
  /** The last persons who spoke together ("A and B said"): what "both men" refers to. */
  lastGroup: DocEntity[] = [];
  /** The speakers of the latest claim made "in a statement": who "the statement" is by. */
  lastStatementBy: DocEntity[] = [];

  /** Register full person names first so that later surnames resolve ("Corliss" -> Bryan Corliss). */
  learnPersons(mentions: Mention[]): void {
    for (const m of mentions) {
      if (m.kind !== "person") continue;
      const words = m.text.split(/\s+/);
      if (words.length < 2) continue;
      const surname = words[words.length - 1].toLowerCase();
      const key = entityKey("person", m.text);
      const known = this.surnames.get(surname);
      this.surnames.set(surname, known === undefined || known === key ? key : null);
    }
  }

  /** The entity a mention refers to, created on first sight. `speaking`: the mention is a speaker. */
  resolve(m: Mention, speaking = false): DocEntity {
    const { key, label, kind } = this.identify(m, speaking);
    let e = this.byKey.get(key);
    if (!e) {
      e = newEntity(key, label, kind);
      this.byKey.set(key, e);
    } else if (label.length > e.label.length && e.kind === "person" && kind === "person" && label.split(" ").length <= 4) {
      this.addAlias(e, e.label);
      e.label = label;
    }
    e.mentions++;
    insertSorted(e.seen, m.start);
    if (speaking) e.lastSpoke = Math.max(e.lastSpoke, m.start);
    this.addAlias(e, m.text);
    if (m.role) {
      this.addAlias(e, `${m.role} ${m.text}`);
      for (const w of m.role.toLowerCase().split(/\s+/)) e.roles.add(w);
      // "Qatari foreign ministry spokesman Khalid al-Mansouri": the institution is an entity too.
      const institution = INSTITUTION_IN_ROLE.exec(m.role)?.[1];
      if (institution && /\p{Lu}/u.test(institution) && m.roleStart !== undefined) this.group(institution, "organization", m.roleStart, false);
    }
    return e;
  }

  /** A group or unnamed source ("US officials", "the union") as an entity of its own. */
  group(label: string, kind: EntityKind, at: number, speaking: boolean): DocEntity {
    const key = entityKey(kind, label);
    let e = this.byKey.get(key);
    if (!e) {
      e = newEntity(key, label, kind);
      this.byKey.set(key, e);
    }
    e.mentions++;
    insertSorted(e.seen, at);
    if (speaking) e.lastSpoke = Math.max(e.lastSpoke, at);
    return e;
  }

  markSpoke(e: DocEntity, at: number): void {
    e.lastSpoke = Math.max(e.lastSpoke, at);
  }

  addAlias(e: DocEntity, alias: string): void {
    const a = alias.trim();
    if (a && a !== e.label && !e.aliases.includes(a)) e.aliases.push(a);
  }

  private identify(m: Mention, speaking: boolean): { key: string; label: string; kind: EntityKind } {
    const g = m.gazetteer;
    if (g) {
      // Capitals are places, except as the voice of their government ("Kyiv is pressing for").
      if (g.via === "capital" && speaking && g.country) {
        const kind = kindOfCountryName(g.country);
        return { key: entityKey(kind, g.country), label: g.country, kind };
      }
      if (g.via === "capital") return { key: entityKey("place", m.text), label: m.text, kind: "place" };
      return { key: entityKey(g.kind, g.name), label: g.name, kind: g.kind };
    }
    if (m.kind === "person" || !m.text.includes(" ")) {
      const words = m.text.split(/\s+/);
      const surname = words[words.length - 1].toLowerCase();
      const full = this.surnames.get(surname);
      if (full && (words.length === 1 || m.kind === "person")) {
        const e = this.byKey.get(full);
        // The full name labels the person even when the surname came first.
        if (words.length > 1) return { key: full, label: m.text, kind: "person" };
        return { key: full, label: e?.label ?? m.text, kind: "person" };
      }
    }
    if (m.kind === "organization") {
      const acronymOf = this.acronymOwner(m.text);
      if (acronymOf) return { key: acronymOf.key, label: acronymOf.label, kind: acronymOf.kind };
      const label = m.text.replace(CORPORATE_SUFFIX, "") || m.text;
      const orgKey = entityKey("organization", label);
      const existing = this.byKey.get(orgKey);
      if (existing) return { key: existing.key, label: existing.label, kind: existing.kind };
      return { key: orgKey, label, kind: "organization" };
    }
    return { key: entityKey(m.kind, m.text), label: m.text, kind: m.kind };
  }

  /** "IAM" for "International Association of Machinists": the organization whose initials it is. */
  private acronymOwner(text: string): DocEntity | null {
    if (!/^[A-Z]{2,6}$/.test(text)) return null;
    for (const e of this.byKey.values()) {
      if (e.kind !== "organization") continue;
      const initials = e.label
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join("");
      if (initials.startsWith(text) && initials.length - text.length <= 2) return e;
    }
    return null;
  }

  /**
   * The entity that satisfies `test` mentioned most often before `before`; on a tie the one
   * introduced first (a story's lead names its main actors).
   */
  mostMentioned(test: (e: DocEntity) => boolean, before: number): DocEntity | null {
    let best: DocEntity | null = null;
    let bestCount = 0;
    for (const e of this.byKey.values()) {
      if (!test(e)) continue;
      const count = countBefore(e.seen, before);
      if (count > bestCount || (count === bestCount && count > 0 && best && e.seen[0] < best.seen[0])) {
        best = e;
        bestCount = count;
      }
    }
    return best;
  }

  /** The two entities that satisfy `test` mentioned most often before `before` (see mostMentioned); none if fewer. */
  mostMentionedTwo(test: (e: DocEntity) => boolean, before: number): DocEntity[] {
    const first = this.mostMentioned(test, before);
    const second = first && this.mostMentioned((e) => e !== first && test(e), before);
    return first && second ? [first, second] : [];
  }

  /** The most recent entity that satisfies `test`, preferring recent speakers. */
  mostRecent(test: (e: DocEntity) => boolean, before: number, preferSpeakers = true): DocEntity | null {
    let best: DocEntity | null = null;
    let bestAt = -1;
    for (const e of this.byKey.values()) {
      if (!test(e)) continue;
      const seen = lastBefore(e.seen, before);
      const at = preferSpeakers && e.lastSpoke >= 0 && e.lastSpoke < before ? e.lastSpoke + 1e9 : seen;
      if (at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
    return best;
  }

  entities(): Entity[] {
    // A literal and push, not filter().map(): see the note above extractDocument.
    const out: Entity[] = [];
    for (const { key, label, kind, aliases, mentions } of this.byKey.values()) if (mentions > 0) out.push({ key, label, kind, aliases, mentions });
    return out;
  }
}

/** The greatest offset below `before` in an ascending list (binary search), or -1. */
function lastBefore(sorted: number[], before: number): number {
  const n = countBefore(sorted, before);
  return n > 0 ? sorted[n - 1] : -1;
}

/** How many offsets of an ascending list are below `before` (binary search). */
function countBefore(sorted: number[], before: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keep a list of offsets ascending as mentions are added (nearly always at the end). */
function insertSorted(sorted: number[], at: number): void {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1] > at) i--;
  sorted.splice(i, 0, at);
}

export const isCountryLike = (e: DocEntity) => e.kind === "country" || GAZETTEER.get(e.label)?.kind === "country";
