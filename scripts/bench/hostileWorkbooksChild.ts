// One read for scripts/bench/hostileWorkbooks.ts, in its own process so that its peak memory is
// its own: readSpreadsheet on --file. Prints one JSON line: {ms, maxRssMB, outcome}.
import {readFileSync} from "node:fs";
import {parseArgs} from "node:util";
import {readSpreadsheet} from "../../loaders/io/readSpreadsheet.ts";
import {DataError} from "../../src/errors/dataError.ts";
import {runCli} from "../runCli.ts";

/**
 * Peak RSS of this process in MB: Linux's VmHWM, which belongs to this program alone —
 * getrusage's maxRSS survives fork and exec, so it would report the parent's peak when that is
 * higher (the parent builds the files). Elsewhere, maxRSS.
 */
function peakRssMB(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf-8"));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // not Linux
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

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
  process.stdout.write(`${JSON.stringify({ms: Math.round(ms), maxRssMB: peakRssMB(), outcome})}\n`);
});
