import {DataError} from "../../src/errors/dataError.ts";
import {megabytes} from "./megabytes.ts";
import {readZipEntries} from "./readZipEntries.ts";
import {SPREADSHEET_LIMITS} from "./spreadsheetLimits.ts";
import {unpackZipEntry} from "./unpackZipEntry.ts";
import {XmlTally} from "./XmlTally.ts";

type Limits = typeof SPREADSHEET_LIMITS;

const SAVE_AGAIN = "open it in Excel and save it again as .xlsx";

/** "…: is this the right file? …" — the advice for a workbook far bigger than a report. */
function tooBig(file: string, what: string, advice = "is this the right file? Split it, or save only the report sheet; a dossier export can be saved as CSV UTF-8 instead"): DataError {
  return new DataError({file, expected: `${what}: ${advice}`});
}

/**
 * Refuses an .xlsx whose zip would make SheetJS use far more memory or time than a real report
 * needs, before SheetJS sees it: too many parts, declared or real unpacked size over the limit
 * (every part is inflated here, in chunks, and inflating stops as soon as the running total
 * passes the limit, so a part that lies about its size costs no more than the limit in time
 * and one chunk in memory), too many filled cells or shared strings, XML nested too deep.
 * Every refusal is a DataError naming the file, the measured value and the limit.
 */
export async function checkWorkbookZip(file: string, zip: Buffer, limits: Limits = SPREADSHEET_LIMITS): Promise<void> {
  const entries = readZipEntries(file, zip, limits.zipEntries);
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > limits.unpackedBytes) {
    throw tooBig(file, `a workbook that unpacks to at most ${megabytes(limits.unpackedBytes)} (the limit for one file), but this one says it unpacks to ${megabytes(declared)}`);
  }
  const tally = new XmlTally();
  let unpacked = 0;
  let binary = 0;
  for (const entry of entries) {
    if (entry.encrypted) throw new DataError({file, expected: `a workbook without a password: ${SAVE_AGAIN} without one`});
    if (entry.method !== 0 && entry.method !== 8) {
      throw new DataError({file, expected: `a workbook compressed the way Excel does, but part "${entry.name}" uses zip method ${entry.method}: ${SAVE_AGAIN}`});
    }
    const isBinary = entry.name.toLowerCase().endsWith(".bin");
    tally.reset();
    let size: number;
    try {
      size = await unpackZipEntry(zip, entry, limits.unpackedBytes - unpacked, isBinary ? () => {} : (chunk) => tally.feed(chunk));
    } catch (error) {
      throw new DataError({file, expected: `an intact .xlsx workbook, but part "${entry.name}" does not unpack (${(error as Error).message}): ${SAVE_AGAIN}`});
    }
    unpacked += size;
    if (unpacked > limits.unpackedBytes) {
      throw tooBig(file, `a workbook that unpacks to at most ${megabytes(limits.unpackedBytes)} (the limit for one file), but this one unpacks to more than that (its parts declared ${megabytes(declared)}, so at least one lies about its size)`);
    }
    if (isBinary) binary += size;
    if (binary > limits.binaryPartBytes) {
      throw tooBig(file, `binary parts (printer settings, macros, .xlsb sheets) of at most ${megabytes(limits.binaryPartBytes)} in all, but this workbook holds ${megabytes(binary)}`, `if it is an .xlsb or has embedded objects, ${SAVE_AGAIN} without them`);
    }
    if (tally.maxDepth > limits.xmlDepth) {
      throw new DataError({file, expected: `XML nested at most ${limits.xmlDepth.toLocaleString("en")} levels deep (Excel writes about 10), but part "${entry.name}" nests ${tally.maxDepth.toLocaleString("en")} levels or more: this was not written by a spreadsheet program; ${SAVE_AGAIN}`});
    }
    if (tally.filledCells > limits.filledCells) {
      throw tooBig(file, `at most ${limits.filledCells.toLocaleString("en")} filled cells in a workbook, but this one has at least ${tally.filledCells.toLocaleString("en")}`);
    }
    if (tally.sharedStrings > limits.sharedStrings) {
      throw tooBig(file, `at most ${limits.sharedStrings.toLocaleString("en")} texts in the workbook's shared-strings table (no more than the cells), but this one has at least ${tally.sharedStrings.toLocaleString("en")}`);
    }
  }
}
