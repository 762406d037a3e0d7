/** 412 MB, 1.5 MB, 3 kB: a size in bytes as an analyst reads it. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  if (mb < 0.1) return `${Math.ceil(bytes / 1024)} kB`;
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}
