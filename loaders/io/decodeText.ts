/** The text encodings real machines write CSVs in, as TextDecoder names them. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

export interface DecodedText {
  /** NFC text, without a byte-order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Whether the file began with a byte-order mark. */
  readonly bom: boolean;
  /**
   * UTF-8 with a few bad bytes (a damaged or hand-edited file), rather than Windows-1258: read
   * as UTF-8 with replacement characters, for the caller to refuse.
   */
  readonly damagedUtf8: boolean;
}


/**
 * Decodes a text file's bytes: a BOM says UTF-8 or UTF-16 (Excel's "Unicode text" is UTF-16LE
 * with a BOM); without one, zero bytes in every other position mean UTF-16; else valid UTF-8 is
 * UTF-8 and anything else is taken for Windows-1258, the code page Excel on Vietnamese Windows
 * saves "CSV" in (its tone marks are combining characters, hence the NFC). `partial`: the bytes
 * are the head of a longer file, so a last line cut short (perhaps mid-character) is dropped.
 */
export function decodeText(bytes: Uint8Array, options: {readonly partial?: boolean} = {}): DecodedText {
  const [b0, b1, b2] = bytes;
  let encoding: TextEncodingName;
  let start = 0;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) [encoding, start] = ["utf-8", 3];
  else if (b0 === 0xff && b1 === 0xfe) [encoding, start] = ["utf-16le", 2];
  else if (b0 === 0xfe && b1 === 0xff) [encoding, start] = ["utf-16be", 2];
  else encoding = utf16Guess(bytes) ?? "utf-8";
  let body = bytes.subarray(start);
  if (options.partial === true) body = body.subarray(0, completeLinesEnd(body, encoding));
  if (encoding === "utf-8" && start === 0) {
    try {
      return {text: new TextDecoder("utf-8", {fatal: true}).decode(body).normalize("NFC"), encoding, bom: false, damagedUtf8: false};
    } catch {
      // In a Windows-1258 file nearly every non-ASCII byte is invalid UTF-8; in a damaged UTF-8
      // file most non-ASCII characters still decode.
      const lenient = new TextDecoder("utf-8").decode(body);
      const bad = (lenient.match(/\uFFFD/g) ?? []).length;
      const good = (lenient.match(/[^\u0000-\u007f\uFFFD]/g) ?? []).length;
      if (good <= bad) return {text: new TextDecoder("windows-1258").decode(body).normalize("NFC"), encoding: "windows-1258", bom: false, damagedUtf8: false};
    }
  }
  const text = new TextDecoder(encoding).decode(body).normalize("NFC");
  return {text, encoding, bom: start > 0, damagedUtf8: encoding === "utf-8" && text.includes("\uFFFD")};
}

/** UTF-16 without a BOM: ASCII characters leave a zero byte in every other position. */
function utf16Guess(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > n / 4 && evenZeros === 0) return "utf-16le";
  if (evenZeros > n / 4 && oddZeros === 0) return "utf-16be";
  return null;
}

/** Where the last complete line ends (just after its line feed), in code units of the encoding. */
function completeLinesEnd(bytes: Uint8Array, encoding: TextEncodingName): number {
  for (let i = bytes.length - 1; i >= 0; i--) {
    if (encoding === "utf-16le" ? bytes[i] === 0x0a && i % 2 === 0 && bytes[i + 1] === 0 : encoding === "utf-16be" ? bytes[i] === 0x0a && i % 2 === 1 && bytes[i - 1] === 0 : bytes[i] === 0x0a) {
      return encoding === "utf-16le" ? i + 2 : i + 1;
    }
  }
  return bytes.length;
}
