import {spawnSync} from "node:child_process";
import {createServer} from "node:http";
import type {AddressInfo} from "node:net";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../../helpers/tempProject.ts";

/** Runs `code` in a node process with the build's network guard preloaded, as Framework runs. */
function guarded(code: string): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--import", "./scripts/build/noNetwork.ts", "--input-type=module", "-e", code], {
    cwd: PROJECT_ROOT,
    encoding: "utf-8"
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe("the build's network guard", () => {
  test("a fetch to the npm registry or a CDN fails at once with a message that says what to do", () => {
    const result = guarded(`
      for (const url of ["https://registry.npmjs.org/react-dom/latest", "https://cdn.jsdelivr.net/npm/leaflet/+esm"]) {
        try { await fetch(url); console.log("fetched " + url); } catch (e) { console.log(e.message); }
      }`);
    expect(result.stdout).not.toContain("fetched");
    expect(result.stdout).toContain("offline build: refused to fetch https://registry.npmjs.org/react-dom/latest");
    expect(result.stdout).toContain("VENDORED_MODULES in scripts/offline-npm.ts");
    expect(result.stdout).toContain("refused to fetch https://cdn.jsdelivr.net/npm/leaflet/+esm");
  });

  test("the machine's own loopback stays reachable (Framework's preview talks to itself)", async () => {
    const server = createServer((_req, res) => res.end("local"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const {port} = server.address() as AddressInfo;
    try {
      const result = await new Promise<string>((resolve) => {
        // spawnSync would block this process's server: run the child asynchronously
        import("node:child_process").then(({execFile}) =>
          execFile(
            process.execPath,
            ["--import", "tsx", "--import", "./scripts/build/noNetwork.ts", "--input-type=module", "-e", `console.log(await (await fetch("http://127.0.0.1:${port}/")).text())`],
            {cwd: PROJECT_ROOT},
            (_error, stdout, stderr) => resolve(stdout + stderr)
          )
        );
      });
      expect(result.trim()).toBe("local");
    } finally {
      server.close();
    }
  });
});
