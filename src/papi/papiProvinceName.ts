import {foldVietnamese} from "../text/foldVietnamese.ts";

// English spellings in PAPI's files that no Vietnamese name folds to ("Hanoi" is one word;
// "City" is not a type word). Every other PAPI name folds to the Vietnamese one.
const SPELLINGS: Readonly<Record<string, string>> = {
  hanoi: "Hà Nội",
  "ha noi city": "Hà Nội",
  "ho chi minh city": "Hồ Chí Minh",
  "hcm city": "Hồ Chí Minh"
};

/** A PAPI province name as a Vietnamese unit name can match it: "Hanoi" → "Hà Nội"; others unchanged. */
export function papiProvinceName(name: string): string {
  return SPELLINGS[foldVietnamese(name)] ?? name;
}
