// The extraction of one document, as a list of stages (src/extraction/stages/), each a module
// with typed input and output:
//   text -> sentences and quotations -> mentions of names -> cue matches and claim drafts ->
//   resolution (entities, speakers, stances) -> quotations continuing a speaker -> targets -> claims.
// The entity registry is the one state that goes through stages: resolution fills it with the
// document's entities, and targets add the groups and descriptions that claims are about.
import { EntityRegistry } from "./entities/registry.js";
import { assembleClaims } from "./stages/claims.js";
import { draftSentences } from "./stages/drafting.js";
import { findNames } from "./stages/names.js";
import { attachUnattributedQuotes } from "./stages/quotes.js";
import { readDocument } from "./stages/read.js";
import { resolveSpeakers } from "./stages/resolving.js";
import { chooseTargets } from "./stages/targeting.js";
import type { Entity, ExtractionResult, SourceDocument } from "./types.js";

// The stages build their arrays from literals with push, not with map() or filter(): in Node 20's
// V8, an array that an inlined map() creates has another hidden class than the one the same map()
// creates in the interpreter, and the optimized code then deoptimized again on every article
// (seen on the results of map, filter and sort chains; up to a third slower).
export function extractDocument(document: SourceDocument): ExtractionResult {
  const doc = readDocument(document.text);
  const names = findNames(doc);
  const drafts = draftSentences(doc, names);
  const registry = new EntityRegistry();
  const resolved = resolveSpeakers(doc, names, drafts, registry);
  const pending = attachUnattributedQuotes(doc, resolved.pending);
  const targets = chooseTargets(doc, names, pending, registry, resolved.mentionEntity);
  const claims = assembleClaims(document, doc, pending, targets.keys);

  // A group named by a common noun is kept only where a claim or a tie needs it: "party" made for
  // the subject of a sentence that proved no claim ("If ... Le Pen's right-wing party vote in
  // favor, it would pass") names nobody. Names ("Senate Republicans") are kept with or without a
  // claim: they can be searched for.
  const needed = new Set<string>();
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    needed.add(c.speaker);
    for (let t = 0; t < c.targets.length; t++) needed.add(c.targets[t]!);
    if (c.addressee) needed.add(c.addressee);
  }
  const named = registry.entities();
  for (let k = 0; k < named.length; k++) for (const a of named[k]!.affiliations ?? []) needed.add(a.entity);
  const entities: Entity[] = [];
  for (let k = 0; k < named.length; k++) {
    const e = named[k]!;
    if (e.kind !== "group" || needed.has(e.key) || /^\p{Lu}/u.test(e.label)) entities.push(e);
  }
  for (let k = 0; k < targets.topics.length; k++) entities.push(targets.topics[k]!);
  return { document, entities, claims };
}
