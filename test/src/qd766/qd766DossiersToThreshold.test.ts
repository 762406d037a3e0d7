import {expect, test} from "vitest";
import {qd766DossiersToThreshold} from "../../../src/qd766/qd766DossiersToThreshold.ts";

test("dossiers still needed to reach the threshold: below, at, above, nothing to rate", () => {
  expect(qd766DossiersToThreshold(3, 10, 0.5)).toBe(2);
  expect(qd766DossiersToThreshold(95, 100, 0.95)).toBe(0);
  expect(qd766DossiersToThreshold(8, 10, 0.5)).toBe(0);
  expect(qd766DossiersToThreshold(0, 0, 0.5)).toBeNull();
  expect(qd766DossiersToThreshold(null, 10, 0.5)).toBeNull();
});
