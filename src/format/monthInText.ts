import type {Lang} from "./lang.ts";

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** A month ("YYYY-MM") as written inside a sentence: "6/2025" / "June 2025" ("đến 6/2025", "until June 2025"). */
export function monthInText(month: string, lang: Lang = "vi"): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (m === null) throw new Error(`Unknown month ${JSON.stringify(month)}: expected "YYYY-MM"`);
  const number = Number(m[2]);
  return lang === "vi" ? `${number}/${m[1]}` : `${EN_MONTHS[number - 1]} ${m[1]}`;
}
