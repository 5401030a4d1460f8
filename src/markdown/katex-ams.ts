/**
 * Which characters of a KaTeX-rendered page are drawn with the KaTeX_AMS font. KaTeX's
 * stylesheet sets that font on exactly the classes `amsrm`, `mathbb` and `textbb`.
 */

const AMS_ELEMENT =
  /<(\w+)\s[^>]*class="[^"]*\b(?:amsrm|mathbb|textbb)\b[^"]*"[^>]*>([\s\S]*?)<\/\1>/g;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references an HTML text node may contain. */
function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (m, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
      );
    return ENTITIES[ref] ?? m;
  });
}

/** The characters (code points) inside AMS-font elements of `html`, tags stripped. */
export function amsCharacters(html: string): Set<string> {
  const chars = new Set<string>();
  for (const m of html.matchAll(AMS_ELEMENT)) {
    const text = decode((m[2] ?? '').replace(/<[^>]*>/g, ''));
    for (const c of text) if (c.trim()) chars.add(c);
  }
  return chars;
}
