/**
 * Shareable views (đường dẫn chia sẻ): a page's choices as a query string and back, e.g.
 * `?units=18580,18583&indicator=online_share&from=2023-01&to=2024-12&grain=quarter&lang=en`.
 *
 * A schema names each key and what it may hold. Reading never throws: a URL edited by hand,
 * truncated in a chat message or left over from an older version of the page falls back to
 * the defaults, value by value. Writing follows the schema's key order and leaves out every
 * key at its default, so one view has one URL.
 *
 * The two functions live together because each is the other's inverse and they share the
 * per-kind validation.
 */

/** A list of ids (đơn vị, chỉ số), written comma-separated. */
export interface IdsField {
  readonly kind: "ids";
  readonly default: readonly string[];
  /** The ids that may appear; others are dropped. Omit to accept any id matching ID_PATTERN. */
  readonly values?: readonly string[];
}

/** One value of a fixed set: an indicator id, a grain, a language. */
export interface EnumField {
  readonly kind: "enum";
  readonly values: readonly string[];
  readonly default: string;
}

/** A month "YYYY-MM", optionally within [min, max]; null as default means "not chosen". */
export interface MonthField {
  readonly kind: "month";
  readonly default: string | null;
  readonly min?: string;
  readonly max?: string;
}

/** A number (a slider), optionally within [min, max] and whole. */
export interface NumberField {
  readonly kind: "number";
  readonly default: number;
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

/** An on/off switch, written 1 or 0. */
export interface BooleanField {
  readonly kind: "boolean";
  readonly default: boolean;
}

export type ViewField = IdsField | EnumField | MonthField | NumberField | BooleanField;

/** Keys in the order they are written. */
export type ViewSchema = Readonly<Record<string, ViewField>>;

type FieldValue<F extends ViewField> = F extends IdsField
  ? string[]
  : F extends EnumField
    ? string
    : F extends MonthField
      ? string | null
      : F extends NumberField
        ? number
        : boolean;

export type ViewState<S extends ViewSchema> = {-readonly [K in keyof S]: FieldValue<S[K]>};

/** Ids are codes and slugs ("18580", "xa-dong-kinh-2025", "online_share"): never a comma. */
const ID_PATTERN = /^[\p{L}\p{N}_.:-]{1,100}$/u;
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Beyond this a query string is not a view someone chose; it is read as the default. */
const MAX_VALUE_LENGTH = 4000;

/**
 * Reads the view from `search` ("?a=1&b=2", with or without "?"; location.search). Every key
 * of the schema is present in the result; a missing or invalid value is the default. Keys
 * outside the schema are ignored. For an id list, unknown ids are dropped and the rest kept;
 * an empty value ("units=") is an empty list; a list with no valid id at all is the default.
 */
export function parseViewState<S extends ViewSchema>(search: string, schema: S): ViewState<S> {
  // URLSearchParams drops a leading "?" and never throws on a string
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema)) {
    const raw = params.get(key);
    const parsed = raw === null || raw.length > MAX_VALUE_LENGTH ? undefined : readValue(raw, field);
    state[key] = parsed === undefined ? copyDefault(field) : parsed;
  }
  return state as ViewState<S>;
}

/**
 * Writes the view as a query string ("?units=18580,18583&lang=en"), keys in schema order, only
 * those that differ from their default; "" when every key is at its default. An invalid value
 * in `state` is not written (the page would read it back as the default anyway). Id lists
 * compare with the default as sets, since a selection has no order.
 */
export function formatViewState<S extends ViewSchema>(state: Readonly<Partial<ViewState<S>>>, schema: S): string {
  const parts: string[] = [];
  for (const [key, field] of Object.entries(schema)) {
    const text = writeValue((state as Record<string, unknown>)[key], field);
    if (text !== undefined) parts.push(`${encodeURIComponent(key)}=${text}`);
  }
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

/** The value of `raw` for `field`, or undefined when it is not valid (then the default applies). */
function readValue(raw: string, field: ViewField): unknown {
  const text = raw.trim();
  switch (field.kind) {
    case "ids": {
      if (text === "") return [];
      const ids = validIds(text.split(","), field);
      return ids.length === 0 ? undefined : ids;
    }
    case "enum":
      return field.values.includes(text) ? text : undefined;
    case "month":
      return isValidMonth(text, field) ? text : undefined;
    case "number": {
      // Number("") is 0 and Number("0x10") is 16: only decimal text is a number here.
      if (!/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(text)) return undefined;
      const value = Number(text);
      return isValidNumber(value, field) ? value : undefined;
    }
    case "boolean":
      return text === "1" || text === "true" ? true : text === "0" || text === "false" ? false : undefined;
    default:
      return undefined;
  }
}

/** The encoded value of `value` for `field`, or undefined when it is the default or invalid. */
function writeValue(value: unknown, field: ViewField): string | undefined {
  switch (field.kind) {
    case "ids": {
      if (!Array.isArray(value)) return undefined;
      const ids = validIds(value, field);
      // Some ids were invalid and none is left: the page would read the default back.
      if (ids.length === 0 && value.length > 0) return undefined;
      if (sameSet(ids, field.default)) return undefined;
      return ids.map(encodeURIComponent).join(",");
    }
    case "enum":
      return typeof value === "string" && field.values.includes(value) && value !== field.default
        ? encodeURIComponent(value)
        : undefined;
    case "month":
      return typeof value === "string" && isValidMonth(value, field) && value !== field.default ? value : undefined;
    case "number":
      return typeof value === "number" && isValidNumber(value, field) && value !== field.default
        ? encodeURIComponent(String(value))
        : undefined;
    case "boolean":
      return typeof value === "boolean" && value !== field.default ? (value ? "1" : "0") : undefined;
    default:
      return undefined;
  }
}

/** Valid ids of `candidates`, trimmed, without duplicates, in their first order. */
function validIds(candidates: readonly unknown[], field: IdsField): string[] {
  const ids: string[] = [];
  for (const candidate of candidates) {
    if (typeof candidate !== "string") continue;
    const id = candidate.trim();
    if (!ID_PATTERN.test(id) || ids.includes(id)) continue;
    if (field.values !== undefined && !field.values.includes(id)) continue;
    ids.push(id);
  }
  return ids;
}

function isValidMonth(text: string, field: MonthField): boolean {
  return MONTH_PATTERN.test(text) && (field.min === undefined || text >= field.min) && (field.max === undefined || text <= field.max);
}

function isValidNumber(value: number, field: NumberField): boolean {
  return (
    Number.isFinite(value) &&
    (field.min === undefined || value >= field.min) &&
    (field.max === undefined || value <= field.max) &&
    (field.integer !== true || Number.isInteger(value))
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const setB = new Set(b);
  return new Set(a).size === setB.size && a.every((id) => setB.has(id));
}

function copyDefault(field: ViewField): unknown {
  return field.kind === "ids" ? [...field.default] : field.default;
}
