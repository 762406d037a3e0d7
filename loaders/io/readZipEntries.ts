import {DataError} from "../../src/errors/dataError.ts";

/** One part of a zip, located the way SheetJS locates it (so that what is checked is what it reads). */
export interface ZipEntry {
  readonly name: string;
  /** Uncompressed size the central directory declares (ZIP64 field included): not to be trusted. */
  readonly declaredSize: number;
  /** 0 stored, 8 deflated; from the local header, which SheetJS follows. */
  readonly method: number;
  readonly encrypted: boolean;
  /** Where the part's data begins in the file. */
  readonly dataStart: number;
  /** Compressed size from the local header: for a stored part, its size. */
  readonly storedSize: number;
}

const END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP64_FIELD = 0x0001;

/** Sizes in a ZIP64 extra field, read as SheetJS reads them (uncompressed first, both 8 bytes). */
function zip64Sizes(extra: Buffer): {usz: number; csz: number} | null {
  for (let at = 0; at + 4 <= extra.length; ) {
    const type = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (type === ZIP64_FIELD && at + 20 <= extra.length) {
      return {usz: Number(extra.readBigUInt64LE(at + 4)), csz: Number(extra.readBigUInt64LE(at + 12))};
    }
    at += 4 + size;
  }
  return null;
}

/**
 * The parts of a zip, from its central directory and each part's local header. Only the
 * directory is read: nothing is inflated. A directory that points outside the file, or more
 * parts than `maxEntries` (checked before the directory is walked), is a DataError naming `file`.
 */
export function readZipEntries(file: string, zip: Buffer, maxEntries: number): ZipEntry[] {
  const damaged = (what: string): DataError =>
    new DataError({file, expected: `an intact .xlsx workbook, but ${what}: the file is damaged or not a real Excel file; open it in Excel and save it again as .xlsx`});
  // like SheetJS: the last end-of-directory signature in the file
  const end = zip.lastIndexOf(END_OF_DIRECTORY);
  if (end < 0 || end + 22 > zip.length) throw damaged("its zip directory is missing");
  const count = zip.readUInt16LE(end + 8);
  if (count > maxEntries) {
    throw new DataError({file, expected: `a workbook of at most ${maxEntries.toLocaleString("en")} parts (Excel writes a few dozen), but its zip holds ${count.toLocaleString("en")}: is this the right file? Open it in Excel and save it again as .xlsx`});
  }
  const entries: ZipEntry[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length) throw damaged("its zip directory runs past the end of the file");
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf-8", at + 46, Math.min(zip.length, at + 46 + nameLength));
    const central64 = zip64Sizes(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    const declaredSize = central64?.usz || zip.readUInt32LE(at + 24);
    at += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > zip.length) throw damaged(`its part "${name}" starts past the end of the file`);
    const flags = zip.readUInt16LE(local + 6);
    const localNameLength = zip.readUInt16LE(local + 26);
    const localExtraLength = zip.readUInt16LE(local + 28);
    const local64 = localExtraLength > 0 ? (central64 ?? zip64Sizes(zip.subarray(local + 30 + localNameLength, local + 30 + localNameLength + localExtraLength))) : null;
    const storedSize = local64?.csz || zip.readUInt32LE(local + 18);
    const dataStart = local + 30 + localNameLength + localExtraLength;
    if (dataStart > zip.length) throw damaged(`its part "${name}" starts past the end of the file`);
    entries.push({name, declaredSize, method: zip.readUInt16LE(local + 8), encrypted: (flags & 0x2041) !== 0, dataStart, storedSize});
  }
  return entries;
}
