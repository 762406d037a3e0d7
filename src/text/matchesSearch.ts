import {foldVietnamese} from "./foldVietnamese.ts";

/**
 * Accent-insensitive search for pickers (tìm kiếm không dấu): true when every word of `query`
 * occurs in `text`, ignoring case, tone marks and đ/d. An empty query matches everything.
 * "ho do" finds "Xã Hộ Độ"; "dong" finds "Đông Kinh".
 */
export function matchesSearch(query: string, text: string): boolean {
  const haystack = foldVietnamese(text);
  return foldVietnamese(query)
    .split(" ")
    .every((token) => haystack.includes(token));
}
