// The extract command as a user runs it: a child process of the project's own tsx (as `npx tsx`
// would find it, without npx's start-up time), on the sources.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..", "..");
/** The project's own tsx. */
export const tsx = join(root, "node_modules", ".bin", "tsx");

/** `claimgraph extract ARGS...`: exit status, standard output and standard error. */
export function extract(...args: string[]) {
  const r = spawnSync(tsx, ["src/cli/claimgraph.ts", "extract", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
