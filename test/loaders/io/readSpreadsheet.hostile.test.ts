import {writeFile} from "node:fs/promises";
import {describe, expect, test} from "vitest";
import {readSpreadsheet} from "../../../loaders/io/readSpreadsheet.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {HOSTILE_CASES} from "../../../scripts/bench/hostileWorkbooks.cases.ts";
import {useTempDir} from "../../helpers/useTempDir.ts";

// Speed and memory are measured by npm run bench:hostile, not here: these tests check what is
// read or refused, and that every refusal names the file and the limit.
describe("readSpreadsheet on hostile files", () => {
  const dir = useTempDir("cchc-hostile-");

  for (const hostile of HOSTILE_CASES) {
    test(hostile.name, async () => {
      const file = dir.path(hostile.fileName);
      await writeFile(file, await hostile.build());
      if ("cells" in hostile.expect) {
        const sheets = await readSpreadsheet(file);
        expect(sheets[0]!.cells).toEqual(hostile.expect.cells);
        return;
      }
      const error = await readSpreadsheet(file).then(
        () => null,
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(DataError);
      const message = (error as DataError).message;
      expect(message.startsWith(file)).toBe(true);
      expect(message).toMatch(hostile.expect.refused);
    });
  }
});
