/** Types for the part of `fontkit` the tests use (the package ships none). */
declare module 'fontkit' {
  /** A parsed font (TrueType, OpenType, WOFF or WOFF2). */
  export interface Font {
    /** Number of glyphs. */
    numGlyphs: number;
    /** Every code point the font's cmap maps to a glyph. */
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer | Uint8Array): Font;
}
