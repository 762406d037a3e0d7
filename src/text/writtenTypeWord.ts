import {foldVietnamese} from "./foldVietnamese.ts";

// Leading type words as they fold, each with the type it abbreviates; dotted and longer forms
// first so "tp." is taken whole and "thi xa" is not read as "thi" + "xa".
const TYPE_WORDS: readonly (readonly [string, string])[] = [
  ["thanh pho", "thanh pho"],
  ["thi tran", "thi tran"],
  ["thi xa", "thi xa"],
  ["phuong", "phuong"],
  ["huyen", "huyen"],
  ["tinh", "tinh"],
  ["tp.", "thanh pho"],
  ["tx.", "thi xa"],
  ["tt.", "thi tran"],
  ["p.", "phuong"],
  ["h.", "huyen"],
  ["tp", "thanh pho"],
  ["tx", "thi xa"],
  ["tt", "thi tran"],
  ["xa", "xa"],
  ["so", "so"]
];

/**
 * The administrative type word a unit name is written with, folded and spelled out ("TP. Hà
 * Tĩnh" → "thanh pho", "UBND huyện Lộc Hà" → "huyen"), or null when the name has none ("Hà
 * Tĩnh"). It tells a province from the city of the same name.
 */
export function writtenTypeWord(name: string): string | null {
  const folded = foldVietnamese(name).replace(/^[^\p{L}\p{N}]+/u, "").replace(/^(ubnd|uy ban nhan dan)\s+/, "");
  for (const [word, type] of TYPE_WORDS) {
    if (!folded.startsWith(word)) continue;
    const next = folded.charAt(word.length);
    // whole words only: "xa" must not be the start of "xuan"
    if (!word.endsWith(".") && next !== "" && /[\p{L}\p{N}]/u.test(next)) continue;
    return type;
  }
  return null;
}
