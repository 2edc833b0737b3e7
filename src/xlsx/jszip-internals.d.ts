/** The two JSZip 3 modules deflated-part.ts uses: how JSZip holds a part that is already compressed. */
declare module 'jszip/lib/compressedObject' {
  interface Compression {
    magic: string;
  }
  class CompressedObject {
    constructor(
      compressedSize: number,
      uncompressedSize: number,
      crc32: number,
      compression: Compression,
      data: Uint8Array,
    );
  }
  export = CompressedObject;
}

declare module 'jszip/lib/compressions' {
  const compressions: { STORE: { magic: string }; DEFLATE: { magic: string } };
  export = compressions;
}
