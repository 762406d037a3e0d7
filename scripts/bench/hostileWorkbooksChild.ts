// One read for scripts/bench/hostileWorkbooks.ts, in its own process so that its peak memory is
// its own: readSpreadsheet on --file. Prints one JSON line: {ms, maxRssMB, outcome}.
import {parseArgs} from "node:util";
import {readSpreadsheet} from "../../loaders/io/readSpreadsheet.ts";
import {DataError} from "../../src/errors/dataError.ts";
import {runCli} from "../runCli.ts";

runCli("bench-hostile-child", async () => {
  const {values} = parseArgs({options: {file: {type: "string"}}});
  const start = performance.now();
  let outcome: string;
  try {
    const sheets = await readSpreadsheet(values.file!);
    outcome = `read: ${sheets.length} sheet(s), ${sheets.reduce((sum, s) => sum + s.cells.length, 0)} row(s)`;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    outcome = `refused: ${error.location.expected.slice(0, 90)}…`;
  }
  const ms = performance.now() - start;
  process.stdout.write(`${JSON.stringify({ms: Math.round(ms), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), outcome})}\n`);
});
