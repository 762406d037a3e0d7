// `npm run dev` with the network cut: started in a network namespace that has only loopback
// (`unshare -n`, as root; CI runs as root), in a copy of the project, it serves the overview and
// Chromium there draws it with no errors and no request outside the site.
import {spawnSync} from "node:child_process";
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {projectCopy} from "../helpers/projectCopy.ts";
import {PROJECT_ROOT} from "../helpers/tempProject.ts";

const TIMEOUT_MS = 6 * 60_000;

/** Why this machine cannot make a network namespace, or null when it can. */
function cannotIsolate(): string | null {
  const probe = spawnSync("unshare", ["-n", "ip", "link", "set", "lo", "up"], {encoding: "utf-8"});
  if (probe.error !== undefined) return `unshare or ip is missing (${probe.error.message}): install util-linux and iproute2`;
  if (probe.status !== 0) return `unshare -n failed (${probe.stderr.trim()}): it needs root, as in CI`;
  return null;
}

const reason = cannotIsolate();
if (reason !== null) console.warn(`devOffline.test.ts skipped: ${reason}`);

describe.skipIf(reason !== null)("npm run dev with no network", () => {
  let root: string | undefined;
  afterAll(async () => {
    if (root !== undefined) await rm(root, {recursive: true, force: true});
  });

  test(
    "serves the overview and it draws, offline",
    async () => {
      root = await projectCopy();
      const probe = join(PROJECT_ROOT, "test", "browser", "devOfflineProbe.ts");
      const run = spawnSync("unshare", ["-n", "sh", "-c", `ip link set lo up && exec "${process.execPath}" --import tsx "${probe}"`], {
        cwd: root,
        encoding: "utf-8",
        timeout: TIMEOUT_MS
      });
      const line = run.stdout.trim().split("\n").pop() ?? "";
      let result: Record<string, unknown>;
      try {
        result = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`the probe printed no result (exit ${run.status}):\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
      }
      expect(result.error, String(result.devOutput ?? "")).toBeUndefined();
      expect(result.clientStatus).toBe(200);
      expect(result.heading).toBeTruthy();
      expect(result.charts).toBeGreaterThan(0);
      expect(result.consoleErrors).toEqual([]);
      expect(result.pageErrors).toEqual([]);
      expect(result.outside).toEqual([]);
    },
    TIMEOUT_MS
  );
});
