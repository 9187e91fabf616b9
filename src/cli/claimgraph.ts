// The `claimgraph` binary's entry (package.json "bin"), built to dist-cli/claimgraph.js by
// `npm run build:cli`, which `npm install` runs (the "prepare" script).
import { runCli } from "./program.js";

process.exitCode = await runCli(process.argv.slice(2));
