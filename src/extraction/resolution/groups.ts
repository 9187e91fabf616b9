// Groups named by a plain plural noun ("doctors", "workers") and the group of the article that
// the same noun names with a word before it ("junior doctors").
import type { DocEntity, EntityRegistry } from "../entities/registry.js";
import { GAZETTEER } from "../lexicon/gazetteer.js";
import { LAWMAKER_NOUNS, PARTY_MEMBERS_BY_ADJECTIVE } from "../lexicon/roles.js";

/** A group named by one plural common noun: "doctors", "workers". */
const BARE_PLURAL = /^\p{Ll}{3,}s$/u;

/** Words before a plural that count rather than qualify: "many doctors", "some workers". */
const QUANTIFIERS = new Set([
  "many",
  "some",
  "most",
  "few",
  "several",
  "other",
  "all",
  "more",
  "fewer",
  "both",
  "these",
  "those",
  "thousands",
  "hundreds",
  "dozens",
  "millions",
]);

/**
 * "Junior doctors will walk out ... doctors say": the one group of the article named by the same
 * noun after one word ("junior doctors", "striking workers" for "doctors", "workers"), or null.
 * Where there are two ("junior doctors", "senior doctors"), or the word is a people's or a
 * party's ("Republican senators", "American workers"), the plain noun may be either, or all.
 * Lawmakers are never settled so: "lawmakers" are often all of them.
 */
export function soleQualifiedGroup(registry: EntityRegistry, label: string, notThis?: DocEntity): DocEntity | null {
  if (!BARE_PLURAL.test(label) || LAWMAKER_NOUNS.has(label)) return null;
  const qualified = registry.entitiesWhere((x) => {
    if (x === notThis || x.kind !== "group" || x.mentions <= 0) return false;
    const words = x.label.split(" ");
    // (Capitalized where it opens a sentence: "Junior doctors".)
    const modifier = words[0]!;
    return (
      words.length === 2 &&
      words[1] === label &&
      /^\p{L}\p{Ll}+$/u.test(modifier) &&
      !QUANTIFIERS.has(modifier.toLowerCase()) &&
      !GAZETTEER.has(modifier) &&
      !PARTY_MEMBERS_BY_ADJECTIVE.has(modifier.toLowerCase())
    );
  });
  return qualified.length === 1 ? qualified[0]! : null;
}

/** The group a phrase of people names in a claim's content: the article's one group of that noun with a word before it, else a group of its own. */
export function peopleGroup(registry: EntityRegistry, form: string, at: number): DocEntity {
  const qualified = soleQualifiedGroup(registry, form);
  if (!qualified) return registry.group(form, "group", at, false);
  qualified.mentions++;
  return qualified;
}
