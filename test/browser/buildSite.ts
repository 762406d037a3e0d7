import {spawn} from "node:child_process";

const BUILD_TIMEOUT_MS = 10 * 60_000;

/** Runs `npm run build` in root (with `env` added, e.g. CCHC_AREA); rejects with the last 40 lines of output on failure. */
export async function buildSite(root: string, env: Readonly<Record<string, string>> = {}): Promise<void> {
  const output: string[] = [];
  const child = spawn("npm", ["run", "build"], {
    cwd: root,
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", ...env},
    stdio: ["ignore", "pipe", "pipe"],
    detached: true // own process group, so a timeout can stop npm and everything it started
  });
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => void output.push(chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => void output.push(chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
    }
  }, BUILD_TIMEOUT_MS);
  const result = await new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({code, signal}));
  }).finally(() => clearTimeout(timer));
  if (result.code === 0 && !timedOut) return;
  const tail = output.join("").split(/\r?\n/).slice(-40).join("\n");
  const why = timedOut
    ? `timed out after ${BUILD_TIMEOUT_MS / 1000} s`
    : `exited with ${result.code ?? `signal ${result.signal}`}`;
  throw new Error(`npm run build ${why}; last 40 lines of output:\n${tail}`);
}

