// Specification of the attribution extractor, read from test/fixtures/news-sentences.ts:
// for each news passage, which speakers take which stances (and towards whom), and that nothing
// else is attributed. Matching follows the scorer (../shared/eval/score.mjs): a speaker matches by
// normalized label or alias, or by surname for persons.
//
// Cases marked `todo` need deeper parsing than rules reach; they are skipped unless
// ATTRIBUTION_SPEC_TODO=1 is set.
import { beforeAll, describe, expect, it } from "vitest";
import { loadExtractor, type Extractor } from "../src/extraction/index.js";
import type { Claim, Entity, ExtractionResult, SourceDocument, Stance } from "../src/extraction/types.js";
import { STANCES } from "../src/extraction/types.js";
import { normalizeName } from "../src/graph/model.js";
import { KNOWN_GAPS } from "./fixtures/known-gaps.js";
import { NEWS_SENTENCES, SPEC_FAMILIES, type ExpectedClaim, type SentenceCase } from "./fixtures/news-sentences.js";

const RUN_TODO = process.env.ATTRIBUTION_SPEC_TODO === "1";

/** normalizeName without a leading article: "The Greens" and "Greens" are one name. */
function norm(name: string): string {
  return normalizeName(name).replace(/^(the|a|an) /, "");
}

const lastWord = (n: string) => n.slice(n.lastIndexOf(" ") + 1);

function namesOf(entity: Entity): string[] {
  return [entity.label, ...entity.aliases].map(norm).filter(Boolean);
}

/** Speaker or addressee: normalized label/alias equality, or same surname for persons. */
function isNamed(entity: Entity, expected: string): boolean {
  const want = norm(expected);
  if (namesOf(entity).includes(want)) return true;
  return entity.kind === "person" && lastWord(norm(entity.label)) === lastWord(want);
}

/** Target: word-level containment either way ("ceasefire" ~ "60-day ceasefire"; "us" !~ "russia"). */
function isAbout(entity: Entity, expected: string): boolean {
  const want = ` ${norm(expected)} `;
  return namesOf(entity).some((n) => want.includes(` ${n} `) || ` ${n} `.includes(want));
}

const stancesOf = (c: ExpectedClaim): Stance[] => (Array.isArray(c.stance) ? c.stance : [c.stance]);

interface Found {
  claim: Claim;
  speaker: Entity | undefined;
  addressee: Entity | undefined;
  targets: Entity[];
}

function resolve(result: ExtractionResult): Found[] {
  const byKey = new Map(result.entities.map((e) => [e.key, e]));
  return result.claims.map((claim) => ({
    claim,
    speaker: byKey.get(claim.speaker),
    addressee: claim.addressee ? byKey.get(claim.addressee) : undefined,
    targets: claim.targets.map((t) => byKey.get(t)).filter((e): e is Entity => !!e),
  }));
}

function satisfies(found: Found, want: ExpectedClaim): boolean {
  const { claim, speaker, addressee, targets } = found;
  if (!speaker || !isNamed(speaker, want.speaker)) return false;
  if (!stancesOf(want).includes(claim.stance)) return false;
  if (want.addressee && !(addressee && isNamed(addressee, want.addressee))) return false;
  if (want.targets && !want.targets.every((t) => targets.some((e) => isAbout(e, t)))) return false;
  if (want.evidenceIncludes && !claim.evidence.some((e) => e.text.includes(want.evidenceIncludes!))) return false;
  return true;
}

/**
 * One-to-one assignment of required claims to found claims (backtracking; cases are small): the
 * indexes of the found claims used, or null when there is none.
 */
function assign(wanted: ExpectedClaim[], found: Found[]): Set<number> | null {
  const used = new Set<number>();
  const place = (i: number): boolean => {
    if (i === wanted.length) return true;
    for (let j = 0; j < found.length; j++) {
      if (used.has(j) || !satisfies(found[j]!, wanted[i]!)) continue;
      used.add(j);
      if (place(i + 1)) return true;
      used.delete(j);
    }
    return false;
  };
  return place(0) ? used : null;
}

function describeWanted(c: ExpectedClaim): string {
  return (
    `${c.speaker} ${stancesOf(c).join("|")}` +
    (c.addressee ? ` -> ${c.addressee}` : "") +
    (c.targets ? ` [${c.targets.join(", ")}]` : "") +
    (c.evidenceIncludes ? ` evidence ⊇ «${c.evidenceIncludes}»` : "")
  );
}

function describeFound(f: Found): string {
  const ev = f.claim.evidence.map((e) => e.text).join(" … ");
  return (
    `${f.speaker?.label ?? `?${f.claim.speaker}`} ${f.claim.stance}` +
    (f.claim.addressee ? ` -> ${f.addressee?.label ?? `?${f.claim.addressee}`}` : "") +
    ` [${f.targets.map((t) => t.label).join(", ")}] «${ev.length > 90 ? `${ev.slice(0, 87)}...` : ev}»`
  );
}

/** Everything wrong with one extraction against one case, as sentences; empty when it passes. */
function problemsOf(doc: SourceDocument, spec: SentenceCase, result: ExtractionResult): string[] {
  const problems: string[] = [];
  const found = resolve(result);

  for (const f of found) {
    if (!f.speaker) problems.push(`claim ${f.claim.id}: speaker ${f.claim.speaker} is not among the entities`);
    if (!f.claim.evidence.length) problems.push(`claim ${f.claim.id}: no evidence`);
    for (const e of f.claim.evidence) {
      if (e.doc !== doc.id || doc.text.slice(e.start, e.end) !== e.text) {
        problems.push(`claim ${f.claim.id}: evidence [${e.start}, ${e.end}) «${e.text}» is not that slice of ${doc.id}`);
      }
    }
  }

  if (spec.noClaims) {
    for (const f of found) problems.push(`expected no claim, found: ${describeFound(f)}`);
    return problems;
  }

  const required = spec.claims.filter((c) => !c.optional);
  const used = assign(required, found);
  if (!used) {
    const missing = required.filter((c) => !found.some((f) => satisfies(f, c)));
    const shown = missing.length ? missing : required; // all found alone, but not one-to-one
    for (const c of shown) problems.push(`missing: ${describeWanted(c)}`);
  } else {
    // An expected speaker's claim beyond those expected is an error too ("described X as 'a
    // non-starter'" is one claim, not an 'opposes' and a 'states'), unless an optional claim allows it.
    const optional = spec.claims.filter((c) => c.optional);
    found.forEach((f, j) => {
      if (used.has(j) || !f.speaker) return;
      if (!spec.claims.some((c) => isNamed(f.speaker!, c.speaker))) return; // reported below
      if (!optional.some((c) => satisfies(f, c))) problems.push(`extra claim by an expected speaker: ${describeFound(f)}`);
    });
  }

  for (const f of found) {
    if (f.speaker && !spec.claims.some((c) => isNamed(f.speaker!, c.speaker))) {
      problems.push(`unexpected speaker: ${describeFound(f)}`);
    }
  }

  if (problems.length && found.length) problems.push(...found.map((f) => `(extracted: ${describeFound(f)})`));
  return problems;
}

const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
};

describe("attribution spec: the fixture itself", () => {
  it("has at least 90 cases with unique names", () => {
    expect(NEWS_SENTENCES.length).toBeGreaterThanOrEqual(90);
    const names = NEWS_SENTENCES.map((c) => c.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it("lists as known gaps only cases that exist, at most 10% of them", () => {
    const names = new Set(NEWS_SENTENCES.map((c) => c.name));
    expect(Object.keys(KNOWN_GAPS).filter((n) => !names.has(n))).toEqual([]);
    expect(Object.keys(KNOWN_GAPS).length).toBeLessThanOrEqual(NEWS_SENTENCES.length / 10);
  });

  it("keeps todo cases to at most 10%", () => {
    expect(NEWS_SENTENCES.filter((c) => c.todo).length).toBeLessThanOrEqual(NEWS_SENTENCES.length / 10);
  });

  it("expects claims exactly where it does not say noClaims, with known stances and quoted evidence", () => {
    const bad: string[] = [];
    for (const c of NEWS_SENTENCES) {
      if (!!c.noClaims !== (c.claims.length === 0)) bad.push(`${c.name}: noClaims and claims disagree`);
      if (!c.noClaims && !c.claims.some((w) => !w.optional)) bad.push(`${c.name}: only optional claims`);
      for (const w of c.claims) {
        if (!stancesOf(w).every((s) => (STANCES as readonly string[]).includes(s))) bad.push(`${c.name}: bad stance`);
        if (w.evidenceIncludes && !c.text.includes(w.evidenceIncludes)) {
          bad.push(`${c.name}: «${w.evidenceIncludes}» is not in the text`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("attribution spec", () => {
  let extractor: Extractor;
  beforeAll(async () => {
    extractor = await loadExtractor();
  });

  for (const family of SPEC_FAMILIES) {
    describe(family.family, () => {
      for (const spec of family.cases) {
        const n = NEWS_SENTENCES.indexOf(spec) + 1;
        const gap = KNOWN_GAPS[spec.name];
        const title = `${spec.name}: «${snippet(spec.text)}»${gap ? ` (known gap: ${gap})` : ""}`;
        const test = spec.todo && !RUN_TODO ? it.skip : it;
        test(title, () => {
          const doc: SourceDocument = { id: `case-${n}`, title: null, date: null, source: "spec", text: spec.text };
          // An exception fails every case, a known gap's too (it.fails would count it as the gap).
          const result = extractor.extract(doc);
          const problems = problemsOf(doc, spec, result);
          // A known gap must still fail, or be taken off the list (known-gaps.ts).
          if (gap) expect(problems.length, `${spec.name} passes now: take it off KNOWN_GAPS`).toBeGreaterThan(0);
          else expect(problems, spec.text).toEqual([]);
        });
      }
    });
  }
});
