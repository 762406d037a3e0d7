/** 412 MB, 1.5 MB: a size in bytes as an analyst reads it. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}
