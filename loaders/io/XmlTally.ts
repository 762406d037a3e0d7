const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const LOWER_C = 0x63;
const LOWER_S = 0x73;
const LOWER_I = 0x69;

/**
 * Counts, in XML fed in chunks of any size, what a spreadsheet reader turns into objects: cells
 * with content (`<c …>…</c>`, not the empty `<c …/>` that formatting leaves), shared strings
 * (`<si>`), and the deepest nesting. It looks only at tags, never builds strings, and keeps its
 * state between chunks, so a part of any size is tallied in constant memory while it inflates.
 * Namespace prefixes (`<x:c>`) are allowed, as SheetJS allows them.
 */
export class XmlTally {
  filledCells = 0;
  sharedStrings = 0;
  maxDepth = 0;
  private depth = 0;
  private state: "text" | "name" | "tag" = "text";
  private closing = false;
  private special = false;
  private nameStarted = false;
  /** Length and first two bytes of the local name (after any prefix). */
  private localLength = 0;
  private first = 0;
  private second = 0;
  private lastByte = 0;

  /** Starts a new document: depth is per part, counts are for the whole workbook. */
  reset(): void {
    this.depth = 0;
    this.state = "text";
  }

  feed(chunk: Uint8Array): void {
    const length = chunk.length;
    let i = 0;
    while (i < length) {
      if (this.state === "text") {
        const open = chunk.indexOf(LT, i);
        if (open < 0) break;
        i = open + 1;
        this.state = "name";
        this.closing = this.special = this.nameStarted = false;
        this.localLength = 0;
        continue;
      }
      if (this.state === "name") {
        const byte = chunk[i]!;
        if (!this.nameStarted && byte === SLASH) this.closing = true;
        else if (!this.nameStarted && (byte === BANG || byte === QUESTION)) this.special = true;
        else if (byte <= 0x20 || byte === GT || byte === SLASH) {
          this.state = "tag";
          continue; // the tag state finds the ">"
        } else if (byte === COLON) this.localLength = 0;
        else {
          if (this.localLength === 0) this.first = byte;
          else if (this.localLength === 1) this.second = byte;
          this.localLength++;
        }
        this.nameStarted = true;
        if (this.special) this.state = "tag";
        i++;
        continue;
      }
      const close = chunk.indexOf(GT, i);
      if (close < 0) break;
      const before = close > 0 ? chunk[close - 1]! : this.lastByte;
      this.endTag(before === SLASH);
      i = close + 1;
      this.state = "text";
    }
    if (length > 0) this.lastByte = chunk[length - 1]!;
  }

  private endTag(selfClosing: boolean): void {
    if (this.special) return;
    if (this.closing) {
      this.depth--;
      return;
    }
    if (selfClosing) return;
    this.depth++;
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
    if (this.localLength === 1 && this.first === LOWER_C) this.filledCells++;
    else if (this.localLength === 2 && this.first === LOWER_S && this.second === LOWER_I) this.sharedStrings++;
  }
}
