/**
 * A part compressed by Node's zlib, handed to JSZip ready to store. JSZip's own deflate and UTF-8
 * encoder are JavaScript, several times slower than zlib on the megabytes of sheet XML a large
 * summary makes; JSZip copies a part given as a compressed object into the archive as it is, the
 * same way it copies the parts it read from the original file.
 */
import { constants as zlibConstants, crc32, deflateRawSync, inflateRawSync } from 'zlib';
import CompressedObject from 'jszip/lib/compressedObject';
import compressions from 'jszip/lib/compressions';

export type DeflatedPart = InstanceType<typeof CompressedObject>;

export function deflatedPart(content: string | Buffer): DeflatedPart {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const compressed = deflateRawSync(data);
  return new CompressedObject(
    compressed.length,
    data.length,
    crc32(data) >>> 0,
    compressions.DEFLATE,
    compressed,
  );
}

/** How JSZip holds a part it read and has not decompressed: its bytes as they are in the file. */
interface StoredPart {
  _data?: { compressedContent?: Uint8Array; compression?: { magic: string } };
}

/** Enough of a compressed part to reach an element near its start (a sheet's views), not the whole. */
const HEAD_BYTES = 16_384;

/**
 * The start of a part's text, decompressed only as far as needed: a sheet's views come before its
 * cells, and a large sheet need not be inflated whole to look at them. Null when JSZip holds the
 * part some other way (then read it whole).
 */
export function partHead(file: unknown): string | null {
  const data = (file as StoredPart)._data;
  if (!data?.compressedContent || data.compression?.magic !== compressions.DEFLATE.magic) return null;
  const head = Buffer.from(data.compressedContent.subarray(0, HEAD_BYTES));
  try {
    return inflateRawSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('utf8');
  } catch {
    return null;
  }
}
