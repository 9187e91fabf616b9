// Command-line parsing shared by the CLIs: node's parseArgs, with a usage message on bad input.
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parse `argv` against `options` (positionals allowed). On an unknown or malformed option, write
 * "name: problem" and the usage to `err` and return null: the caller exits with status 2.
 */
export function parseCommandLine<O extends Options>(name: string, argv: string[], options: O, usage: string, err: (text: string) => void) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    err(`${name}: ${(error as Error).message}\n\n${usage}`);
    return null;
  }
}
