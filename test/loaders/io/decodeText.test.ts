import {describe, expect, test} from "vitest";
import {decodeText} from "../../../loaders/io/decodeText.ts";

const utf16le = (text: string, bom = true): Buffer => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, "utf16le")]);
// "Thạch Kim" as Excel on Vietnamese Windows writes it: "a" + combining dot below (0xF2) in CP1258
const CP1258_THACH_KIM = Buffer.from([0x54, 0x68, 0x61, 0xf2, 0x63, 0x68, 0x20, 0x4b, 0x69, 0x6d]);

describe("decodeText", () => {
  test("UTF-8 with and without BOM", () => {
    expect(decodeText(Buffer.from("Đơn vị;Xã Thạch Kim"))).toEqual({text: "Đơn vị;Xã Thạch Kim", encoding: "utf-8", bom: false, damagedUtf8: false});
    expect(decodeText(Buffer.from("\uFEFFĐơn vị"))).toMatchObject({text: "Đơn vị", encoding: "utf-8", bom: true});
  });

  test("UTF-16LE with a BOM (Excel's Unicode text), and without one", () => {
    expect(decodeText(utf16le("Đơn vị\tTổng số\r\n"))).toMatchObject({text: "Đơn vị\tTổng số\r\n", encoding: "utf-16le", bom: true});
    expect(decodeText(utf16le("Don vi\tTong so\r\n", false))).toMatchObject({text: "Don vi\tTong so\r\n", encoding: "utf-16le", bom: false});
  });

  test("Windows-1258: combining tone marks composed to NFC", () => {
    const decoded = decodeText(CP1258_THACH_KIM);
    expect(decoded).toMatchObject({text: "Thạch Kim", encoding: "windows-1258"});
    expect(decoded.text).toBe("Thạch Kim".normalize("NFC"));
  });

  test("UTF-8 with one damaged byte is damaged UTF-8, not Windows-1258", () => {
    const bytes = Buffer.concat([Buffer.from("Xã Thạch Kim, Xã Hộ Độ, Đơn vị "), Buffer.from([0xff]), Buffer.from(" Thạch Châu")]);
    expect(decodeText(bytes)).toMatchObject({encoding: "utf-8", damagedUtf8: true});
  });

  test("partial: a last line cut mid-character is dropped, not taken for Windows-1258", () => {
    const full = Buffer.from("a;b\nXã Thạch Kim;1\nXã Hộ Độ;2\n");
    const cut = full.subarray(0, full.length - 5); // inside "Độ"
    expect(decodeText(cut, {partial: true})).toMatchObject({text: "a;b\nXã Thạch Kim;1\n", encoding: "utf-8"});
    const cut16 = utf16le("a\tb\r\nXã\tc\r\n").subarray(0, 20);
    expect(decodeText(cut16, {partial: true})).toMatchObject({text: "a\tb\r\n", encoding: "utf-16le"});
  });
});
