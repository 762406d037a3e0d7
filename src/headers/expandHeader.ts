import {HEADER_ABBREVIATIONS} from "./headerAbbreviations.ts";

/**
 * A folded header (foldVietnamese) with its abbreviations and English words written out (see
 * HEADER_ABBREVIATIONS), whole words only, each word replaced once. A header that is only "tt"
 * stays "tt": that is the row number.
 */
export function expandHeader(folded: string): string {
  const words = folded.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  if (words === "tt" || words === "stt" || words === "so tt") return folded;
  let text = ` ${words} `;
  const done: string[] = [];
  for (const {short, long} of HEADER_ABBREVIATIONS) {
    const token = ` ${short} `;
    // replaced text is set aside as a placeholder, so "online" does not re-expand "fully online"'s result
    while (text.includes(token)) {
      text = text.replace(token, ` \u0000${done.length}\u0000 `);
      done.push(long);
    }
  }
  return text.replace(/\u0000(\d+)\u0000/g, (_, i: string) => done[Number(i)]!).replace(/ +/g, " ").trim();
}
