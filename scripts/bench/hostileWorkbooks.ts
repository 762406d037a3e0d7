// npm run bench:hostile: how fast, and in how much memory, readSpreadsheet deals with each
// hostile file of hostileWorkbooks.cases.ts (and with two files just under the limits, which
// are read: what an accepted file can cost). Each file is built in a temporary folder (removed at the end) and read RUNS
// times, each in a fresh process; the medians of the read's wall time and of the process's peak
// RSS (Node and tsx included) are printed. Target: every refusal in seconds and well under 500 MB.
import {execFile} from "node:child_process";
import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {promisify} from "node:util";
import {SPREADSHEET_LIMITS} from "../../loaders/io/spreadsheetLimits.ts";
import {runCli} from "../runCli.ts";
import {median} from "./budget.ts";
import {HOSTILE_CASES, SHEET_HEAD, SHEET_TAIL, workbook, type HostileCase} from "./hostileWorkbooks.cases.ts";
import {repeatedZipPart} from "./zipBytes.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");
const RUNS = 3;

interface Run {
  readonly ms: number;
  readonly maxRssMB: number;
  readonly outcome: string;
}

/** Not hostile: the most a workbook may hold and still be read, for what an accepted file can cost. */
const AT_THE_LIMIT: HostileCase = {
  name: "(accepted) just under the filled-cell limit",
  fileName: "sat-gioi-han.xlsx",
  build: async () =>
    workbook([await repeatedZipPart("", SHEET_HEAD, `<row>${"<c><v>12345</v></c>".repeat(20)}</row>`, SPREADSHEET_LIMITS.filledCells / 20 - 1, SHEET_TAIL)]),
  expect: {cells: []}
};

/**
 * Not hostile either: a web-page table saved as .xls (as government systems export), just under
 * the .xls size limit. (SheetJS's own .xls writer needs gigabytes for a file this size.)
 */
const LEGACY_AT_THE_LIMIT: HostileCase = {
  name: "(accepted) a web-page table saved as .xls, just under the .xls limit",
  fileName: "trang-web.xls",
  build: async () => {
    const row = (r: number): string => `<tr>${Array.from({length: 17}, (_, c) => `<td>${r * 17 + c}.5</td>`).join("")}</tr>`;
    const rows = Math.floor(SPREADSHEET_LIMITS.legacyBytes / row(99_999).length) - 10;
    return Buffer.from(`<html><body><table>${Array.from({length: rows}, (_, r) => row(r)).join("")}</table></body></html>`);
  },
  expect: {cells: []}
};

async function child(file: string): Promise<Run> {
  const {stdout} = await promisify(execFile)(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "bench", "hostileWorkbooksChild.ts"), "--file", file], {
    cwd: ROOT,
    maxBuffer: 1 << 20
  });
  return JSON.parse(stdout.trim().split("\n").pop()!) as Run;
}

runCli("bench:hostile", async () => {
  const dir = await mkdtemp(join(tmpdir(), "cchc-hostile-bench-"));
  try {
    const idle = await child(join(ROOT, "package.json")); // refused at once (not a spreadsheet): the cost of the process itself
    process.stdout.write(`a process that reads nothing: ${idle.ms} ms, peak ${idle.maxRssMB} MB\n\n`);
    process.stdout.write(`| case | file | time (median of ${RUNS}) | peak RSS (median) | outcome |\n|---|---|---|---|---|\n`);
    for (const hostile of [...HOSTILE_CASES, AT_THE_LIMIT, LEGACY_AT_THE_LIMIT]) {
      const file = join(dir, hostile.fileName);
      const bytes = await hostile.build();
      await writeFile(file, bytes);
      const runs: Run[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await child(file));
      const size = bytes.length >= 1024 * 1024 ? `${(bytes.length / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes.length / 1024)} kB`;
      process.stdout.write(
        `| ${hostile.name} | ${size} | ${median(runs.map((r) => r.ms))} ms | ${median(runs.map((r) => r.maxRssMB))} MB | ${runs[0]!.outcome} |\n`
      );
      await rm(file);
    }
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});
