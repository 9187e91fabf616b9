// The whole path of a user's file under damaged input (test/fuzz/cases.ts): no exception, no case
// over 2 s, evidence offsets exact, every claim's speaker and targets among the entities, and a
// graph that survives export and import. `npm run fuzz` runs 100,000 cases of the same kind.
import { describe, expect, it } from "vitest";
import { checkCase, fuzzCase } from "./fuzz/cases.js";

const CASES = 3000;

describe("fuzzed input", () => {
  it(`reads, extracts, merges, round-trips and answers ${CASES} damaged articles without a problem`, () => {
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const c = fuzzCase(1, i);
      const { problems } = checkCase(c);
      if (problems.length) failures.push(`case ${c.id} (${c.steps.join(", ")}): ${problems.join("; ")}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("gives the same case for the same seed and index, so a failure can be replayed", () => {
    expect(fuzzCase(7, 42)).toEqual(fuzzCase(7, 42));
    expect(fuzzCase(7, 42).content).not.toEqual(fuzzCase(7, 43).content);
  });
});
