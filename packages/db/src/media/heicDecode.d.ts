// heic-decode (npm) ships no types; this is the part pictureVariants.ts uses.
declare module 'heic-decode' {
  interface DecodedHeic {
    width: number;
    height: number;
    /** RGBA, 4 bytes a pixel, row by row. */
    data: Uint8ClampedArray;
  }
  interface HeicImage {
    /** The size libheif reads from the header (ispe, after clap/irot): nothing is decoded yet. */
    width: number;
    height: number;
    decode(): Promise<DecodedHeic>;
  }
  interface HeicDecode {
    (input: { buffer: Uint8Array }): Promise<DecodedHeic>;
    /** Parses the file and lists its top-level images without decoding them; call dispose() after. */
    all(input: { buffer: Uint8Array }): Promise<HeicImage[] & { dispose(): void }>;
  }
  const decode: HeicDecode;
  export = decode;
}
