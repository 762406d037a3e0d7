/**
 * Folds a Vietnamese string for matching and search (so sánh không dấu): lowercase, no tone or
 * vowel marks, đ → d, single spaces, trimmed. "Thạch Kim" → "thach kim", "Hộ Độ" → "ho do".
 *
 * NFC and NFD input, old and new tone placement ("Hoà" / "Hòa") and case all fold alike.
 */
export function foldVietnamese(s: string): string {
  return (
    s
      // Lowercase first: a few capitals lowercase to a letter plus a combining mark (İ → i̇),
      // which the next step then removes, so folding twice changes nothing.
      .toLowerCase()
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      // đ has no decomposition. ð (Icelandic eth) stands in for đ in text converted from the old
      // TCVN3/VNI encodings, so it folds to d as well.
      .replace(/[đð]/g, "d")
      .replace(/\s+/gu, " ")
      .trim()
  );
}
