// `npm run fuzz [-- --cases 100000 --seed 1 --only N]`
// Damaged news text through reading, extraction, merge, export/import and a question (the cases
// and checks are those of test/fuzz.test.ts, which runs a few thousand in npm test). Prints each
// problem with the case that shows it, the slowest cases, and exits 1 when any case failed.
import { parseArgs } from "node:util";
import { checkCase, fuzzCase } from "../test/fuzz/cases.js";

const USAGE = `Usage: npm run fuzz [-- options]

  --cases N   how many cases (default 100000)
  --seed N    the series (default 1)
  --only N    run case N of the series alone and print its input
  -h, --help  show this help
`;

const { values } = parseArgs({
  options: { cases: { type: "string" }, seed: { type: "string" }, only: { type: "string" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const seed = Number(values.seed ?? 1);
if (values.only !== undefined) {
  const c = fuzzCase(seed, Number(values.only));
  console.log(`case ${c.id} (${c.steps.join(", ")}), ${c.fileName}:\n${JSON.stringify(c.content)}`);
  const r = checkCase(c);
  console.log(r.problems.length ? r.problems.join("\n") : "no problem", `(${r.ms.toFixed(1)} ms)`);
  process.exit(r.problems.length ? 1 : 0);
}
const count = Number(values.cases ?? 100_000);
const started = performance.now();
let failed = 0;
const slowest: { id: string; ms: number }[] = [];
for (let i = 0; i < count; i++) {
  const c = fuzzCase(seed, i);
  const { problems, ms } = checkCase(c);
  if (problems.length) {
    failed++;
    if (failed <= 50) console.log(`case ${c.id} (${c.steps.join(", ")}): ${problems.slice(0, 3).join("; ")}`);
  }
  slowest.push({ id: c.id, ms });
  if (slowest.length > 200) slowest.sort((a, b) => b.ms - a.ms).splice(5);
  if ((i + 1) % 10_000 === 0) process.stderr.write(`${i + 1} cases, ${failed} failed, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
slowest.sort((a, b) => b.ms - a.ms);
console.log(
  `${count} cases of series ${seed}: ${failed} failed, in ${((performance.now() - started) / 1000).toFixed(1)} s; slowest ${slowest
    .slice(0, 5)
    .map((s) => `${s.id} ${s.ms.toFixed(0)} ms`)
    .join(", ")}`,
);
process.exit(failed ? 1 : 0);
