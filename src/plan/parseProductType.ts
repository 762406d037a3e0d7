import {foldVietnamese} from "../text/foldVietnamese.ts";
import type {ProductType} from "./planTypes.ts";
import {PRODUCT_TYPES} from "./productTypes.ts";

const key = (s: string): string => foldVietnamese(s).replace(/[^a-z0-9]+/g, " ").trim();

const BY_KEY = new Map<string, ProductType>(PRODUCT_TYPES.flatMap((t) => [t.id, t.nameVi, t.nameEn, ...t.aliases].map((s) => [key(s), t.id] as const)));

/** A product type from a report cell: its id or a Vietnamese name ("Tin bài", "phát sóng"); null when unknown. */
export function parseProductType(raw: string): ProductType | null {
  return BY_KEY.get(key(raw)) ?? null;
}
