/** `npm run dev`: prepare once (the offline npm cache included, so it works with no network), keep docs/lib/cchc.js in step with src/, and run Framework's preview. */
import {spawn} from "node:child_process";
import {frameworkCommand} from "./build/frameworkCommand.ts";
import {watchLibrary} from "./bundleLibrary.ts";

const prepare = spawn(process.execPath, ["--import", "tsx", "scripts/prepare.ts"], {stdio: "inherit"});
prepare.on("exit", async (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const stopWatching = await watchLibrary();
  const preview = spawn(process.execPath, frameworkCommand("preview", ["--no-open", ...process.argv.slice(2)]), {
    stdio: "inherit",
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
  });
  const stop = async (): Promise<void> => {
    preview.kill("SIGINT");
    await stopWatching();
  };
  process.on("SIGINT", () => void stop());
  preview.on("exit", async (status) => {
    await stopWatching();
    process.exit(status ?? 0);
  });
});
