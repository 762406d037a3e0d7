/**
 * npm run new-source -- <id> [--dataset <id>] [--level province|district|commune]
 * Writes a new source from loaders/sources/_template.ts, its dataset and wrapper if new, a
 * parser test, and registers them (scripts/newSource/scaffoldSource.ts). Then: fill the TODOs.
 */
import {parseArgs} from "node:util";
import {runCli} from "./runCli.ts";
import {scaffoldSource, type ScaffoldLevel} from "./newSource/scaffoldSource.ts";

const USAGE = "usage: npm run new-source -- <id> [--dataset <id>] [--level province|district|commune]";

runCli("new-source", async () => {
  const {positionals, values} = parseArgs({allowPositionals: true, options: {dataset: {type: "string"}, level: {type: "string"}}});
  const id = positionals[0];
  if (id === undefined || positionals.length > 1) throw new Error(USAGE);
  const level = values.level ?? "district";
  if (level !== "province" && level !== "district" && level !== "commune") throw new Error(`--level ${level}: expected province, district or commune. ${USAGE}`);
  const written = await scaffoldSource(".", {id, level: level as ScaffoldLevel, ...(values.dataset !== undefined ? {dataset: values.dataset} : {})});
  const dataset = values.dataset ?? written.find((p) => p.startsWith("docs/data/"))?.replace(/^docs\/data\/(.*)\.zip\.ts$/, "$1") ?? "<dataset>";
  const mine = written.filter((p) => p !== "loaders/registry.ts");
  process.stdout.write(
    `new-source: wrote ${mine.join(", ")} and registered them in loaders/registry.ts\n` +
      `Next (checklist: /guide/add-source): fill the TODOs (grep -n TODO ${mine.join(" ")}); put a file in data/raw/${dataset}/ (units' files, not committed) or data/curated/${dataset}/ (published figures with source and date); npm run check-data -- <file>; npm test.\n`
  );
});
