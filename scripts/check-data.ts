// npm run check-data -- <files or folders> [--kind <kind>] [--json]
// Validates raw files without writing anything; exit status 1 when any error is found.
import {parseArgs} from "node:util";
import {checkFiles, expandPaths, type FileCheck} from "../loaders/checkFiles.ts";
import {loadReference} from "../loaders/reference/loadReference.ts";
import {SOURCES} from "../loaders/registry.ts";
import {runCli} from "./runCli.ts";

function summary(check: FileCheck): string {
  if (!check.ok) {
    const count = check.problems.length;
    return `✘ ${check.file} — ${check.kind ?? "unknown kind"}: ${count} problem${count === 1 ? "" : "s"}`;
  }
  const periods = check.periods ? `, ${check.periods[0] === check.periods[1] ? check.periods[0] : check.periods.join("…")}` : "";
  return `✔ ${check.file} — ${check.kind}: ${check.rowsRead} rows read, ${check.observations} observations${periods}${check.sample ? ", DỮ LIỆU MẪU (sample)" : ""}`;
}

/** What was understood of a file that loaded, one fact a line. */
function details(check: FileCheck): string[] {
  if (!check.ok) return [];
  const lines: string[] = [];
  const where = [
    check.sheet !== null ? `sheet "${check.sheet}"` : null,
    check.headerRows !== null ? `header row${check.headerRows[0] === check.headerRows[1] ? ` ${check.headerRows[0]}` : `s ${check.headerRows[0]}-${check.headerRows[1]}`}` : null,
    check.encoding !== null ? `text encoding ${check.encoding}` : null
  ].filter((part) => part !== null);
  if (where.length > 0) lines.push(`read: ${where.join(", ")}`);
  if (check.units !== null) lines.push(`units: ${check.units.count}${check.units.names.length > 0 ? ` (${check.units.names.join(", ")}${check.units.count > check.units.names.length ? ", …" : ""})` : ""}`);
  if (check.indicatorsFound !== null) lines.push(`indicators found: ${check.indicatorsFound.join(", ") || "none"}`);
  if (check.indicatorsMissing !== null && check.indicatorsMissing.length > 0) lines.push(`indicators missing (no value in this file; missing, not zero): ${check.indicatorsMissing.join(", ")}`);
  for (const warning of check.warnings) lines.push(`⚠ warning: ${warning.message}`);
  return lines;
}

runCli("check-data", async () => {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {kind: {type: "string"}, json: {type: "boolean", default: false}, help: {type: "boolean", short: "h", default: false}}
  });
  if (values.help || positionals.length === 0) {
    process.stdout.write(
      "usage: npm run check-data -- <files or folders> [--kind <kind>] [--json]\n" +
        `kinds: ${SOURCES.map((s) => `${s.kind} (${s.titleEn})`).join(", ")}\n`
    );
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const reference = await loadReference();
  const files = await expandPaths(positionals);
  const checks = await checkFiles(files, reference, values.kind);
  if (values.json) {
    process.stdout.write(JSON.stringify(checks, null, 1) + "\n");
  } else {
    for (const check of checks) {
      process.stdout.write(summary(check) + "\n");
      for (const line of details(check)) process.stdout.write(`  ${line}\n`);
      for (const problem of check.problems) process.stdout.write(`  ${problem.message}\n`);
    }
    const bad = checks.filter((c) => !c.ok).length;
    const warned = checks.filter((c) => c.warnings.length > 0).length;
    process.stdout.write(`${checks.length} file${checks.length === 1 ? "" : "s"} checked, ${bad} with errors${warned > 0 ? `, ${warned} with warnings` : ""}\n`);
  }
  if (files.length === 0) throw new Error(`no data files found in ${positionals.join(", ")}`);
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
});
