// `claimgraph extract --explain`: for each claim, how it was read — the attribution pattern it
// matched (extraction/attribution/patterns.ts) and the stance rules that set its stance
// (extraction/attribution/stance.ts), with the evidence.
import { patternOf } from "../extraction/attribution/patterns.js";
import type { ExtractionResult } from "../extraction/types.js";

/** The explanation of one article's claims, a few lines per claim. */
export function explainResult(result: ExtractionResult): string[] {
  const label = new Map(result.entities.map((e) => [e.key, e.label]));
  const name = (key: string | null) => (key ? (label.get(key) ?? key) : "");
  const lines: string[] = [];
  for (const c of result.claims) {
    const ev = c.evidence[0];
    lines.push(
      `${c.id}  ${name(c.speaker)} ${c.stance}${c.targets.length ? ` [${c.targets.map(name).join("; ")}]` : ""}${c.addressee ? ` (to ${name(c.addressee)})` : ""}`,
    );
    if (ev) lines.push(`  evidence ${ev.start}-${ev.end}: ${JSON.stringify(ev.text.length > 160 ? `${ev.text.slice(0, 157)}...` : ev.text)}`);
    if (c.why) {
      const pattern = patternOf(c.why.pattern);
      lines.push(`  pattern  ${c.why.pattern}${pattern ? ` (subject ${pattern.subject})` : ""}${c.cue ? `, cue "${c.cue}"` : ""}`);
      lines.push(`  stance   ${c.why.stance.map((r) => `${r.rule} -> ${r.stance}`).join(", ")}`);
    }
  }
  return lines;
}
