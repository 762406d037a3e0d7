// Zip files written byte by byte, for building hostile workbooks in tests and in
// npm run bench:hostile: unlike a zip library, this writes whatever sizes it is told, so a part
// can claim to unpack to a few bytes and inflate to hundreds of megabytes.
import {createDeflateRaw, crc32, deflateRawSync} from "node:zlib";

export interface ZipPart {
  readonly name: string;
  readonly deflated: Buffer;
  /** What the part really unpacks to. */
  readonly size: number;
  readonly crc: number;
  /** The uncompressed size written in its headers, when it should lie. */
  readonly declaredSize?: number;
}

/** A part holding `content`, deflated. */
export function zipPart(name: string, content: string | Buffer): ZipPart {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf-8") : content;
  return {name, deflated: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes)};
}

/**
 * A part holding `head`, then `chunk` `times` over, then `tail`, deflated chunk by chunk: never
 * held whole, so it may unpack to gigabytes.
 */
export async function repeatedZipPart(name: string, head: string, chunk: string, times: number, tail: string): Promise<ZipPart> {
  const bytes = Buffer.from(chunk, "utf-8");
  const deflate = createDeflateRaw({level: 9});
  const out: Buffer[] = [];
  deflate.on("data", (d: Buffer) => out.push(d));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  const write = async (piece: Buffer): Promise<void> => {
    crc = crc32(piece, crc);
    size += piece.length;
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  };
  await write(Buffer.from(head, "utf-8"));
  for (let i = 0; i < times; i++) await write(bytes);
  await write(Buffer.from(tail, "utf-8"));
  deflate.end();
  await done;
  return {name, deflated: Buffer.concat(out), size, crc};
}

/** The zip holding `parts`, in order, deflated, with a central directory and no ZIP64 fields. */
export function zipBytes(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf-8");
    const declared = Math.min(part.declaredSize ?? part.size, 0xffffffff);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
