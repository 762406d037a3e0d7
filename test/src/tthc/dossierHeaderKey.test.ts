import {expect, test} from "vitest";
import {dossierHeaderKey} from "../../../src/tthc/dossierHeaderKey.ts";
import {identifyDossierColumn} from "../../../src/tthc/identifyDossierColumn.ts";

test("dossierHeaderKey folds and spaces punctuation; the due date's other names", () => {
  expect(dossierHeaderKey(" Số CCCD/CMND ")).toBe("so cccd cmnd");
  for (const header of ["Ngày hẹn trả", "Ngày hẹn trả kết quả", "Hạn xử lý", "Hạn giải quyết", "HAN XU LY"]) expect(identifyDossierColumn(header), header).toBe("due");
});
