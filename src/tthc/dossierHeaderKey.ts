import {foldVietnamese} from "../text/foldVietnamese.ts";

/** A dossier-export header as the alias lists write it: folded, punctuation as single spaces ("Số CCCD/CMND" → "so cccd cmnd"). */
export function dossierHeaderKey(text: string): string {
  return foldVietnamese(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
