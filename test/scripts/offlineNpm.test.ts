import {describe, expect, test} from "vitest";
import {PLACEHOLDER_VERSION, VENDORED_MODULES, findPlaceholderModules, frameworkNpmImports} from "../../scripts/offline-npm.ts";

describe("the offline npm cache covers everything Framework's client can import", () => {
  test("Framework's own npm imports are found by reading its client code", async () => {
    const names = await frameworkNpmImports();
    // the nine that Framework looked up as @latest on every build before the placeholders
    for (const name of ["react-dom", "react", "@observablehq/sample-datasets", "lodash", "echarts", "leaflet", "mapbox-gl", "topojson-client", "parquet-wasm"]) {
      expect(names).toContain(name);
    }
    // and what the site really uses is among them, vendored from node_modules
    for (const vendored of ["d3", "@observablehq/plot", "apache-arrow", "@duckdb/duckdb-wasm"]) expect(names).toContain(vendored);
    expect(VENDORED_MODULES.map((m) => m.name)).toEqual(expect.arrayContaining(["d3", "@observablehq/plot", "apache-arrow", "@duckdb/duckdb-wasm"]));
  });

  test("a placeholder sorts below any real version, so a package vendored later wins", () => {
    expect(PLACEHOLDER_VERSION.startsWith("0.0.0-")).toBe(true);
  });

  test("a built file from a placeholder is found, wherever it sits", () => {
    const files = ["_npm/d3@7.9.2/_esm.js", `_npm/leaflet@${PLACEHOLDER_VERSION}/_esm.js`, `_npm/@uwdata/vgplot@${PLACEHOLDER_VERSION}/_esm.js`, "index.html"];
    expect(findPlaceholderModules(files)).toEqual(files.slice(1, 3));
  });
});
