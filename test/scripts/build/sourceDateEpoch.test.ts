import {mkdir, mkdtemp, rm, utimes, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {sourceDateEpoch} from "../../../scripts/build/sourceDateEpoch.ts";

describe("sourceDateEpoch: the one time stamped on built files", () => {
  let root: string;
  beforeEach(async () => void (root = await mkdtemp(join(tmpdir(), "cchc-epoch-"))));
  afterEach(() => rm(root, {recursive: true, force: true}));

  test("SOURCE_DATE_EPOCH wins when set", async () => {
    expect(await sourceDateEpoch(root, {SOURCE_DATE_EPOCH: "1700000000"})).toBe(1_700_000_000);
  });

  test("a SOURCE_DATE_EPOCH that is not whole seconds is refused, naming the value", async () => {
    await expect(sourceDateEpoch(root, {SOURCE_DATE_EPOCH: "2024-10-01"})).rejects.toThrow(/"2024-10-01": expected whole seconds/);
  });

  test("otherwise the newest analyst file in data/raw (outside git, the checkout has no commit)", async () => {
    await mkdir(join(root, "data", "raw", "tthc"), {recursive: true});
    const older = join(root, "data", "raw", "tthc", "t9.csv");
    const newer = join(root, "data", "raw", "tthc", "t10.csv");
    await writeFile(older, "x");
    await writeFile(newer, "y");
    await utimes(older, 1_600_000_000, 1_600_000_000);
    await utimes(newer, 1_650_000_000, 1_650_000_000);
    expect(await sourceDateEpoch(root, {})).toBe(1_650_000_000);
  });

  test("with neither, 0: still the same for every build", async () => {
    expect(await sourceDateEpoch(root, {})).toBe(0);
  });
});
