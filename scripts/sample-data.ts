import {parseArgs} from "node:util";
import {DEFAULT_SEED, generateSampleData} from "./sample/generateSampleData.ts";
import {runCli} from "./runCli.ts";

runCli("sample-data", async () => {
  const {values} = parseArgs({options: {seed: {type: "string"}, root: {type: "string"}}});
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got ${JSON.stringify(values.seed)}`);
  const {files, folder} = await generateSampleData(values.root ?? ".", seed);
  process.stdout.write(`sample-data: wrote ${files} sample files (Dữ liệu mẫu) to ${folder}\n`);
});
