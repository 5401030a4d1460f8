/**
 * Plain-text helpers for prose held in frontmatter.
 */
import type { Lang } from './langs';

/** Splits frontmatter prose into paragraphs: a blank line starts a new one; lines inside join. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .trim()
        // A line break between two Japanese characters joins them; elsewhere it is a space.
        .replace(/([^\n])[ \t]*\n[ \t]*(?=([^\n]))/g, (_, before: string, after: string) =>
          WIDE.test(before) && WIDE.test(after) ? before : `${before} `,
        ),
    )
    .filter((p) => p.length > 0);
}

/** Characters after or before which a line break should not become a space. */
const WIDE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** A run of text and, where it differs from the page, the language it is written in. */
export interface Segment {
  text: string;
  lang?: Lang;
}

/** Latin-script words (with inner hyphens, apostrophes, dots, digits), joined by single spaces. */
const LATIN_RUN =
  /[A-Za-z][A-Za-z0-9]*(?:[-'’.][A-Za-z0-9]+)*(?: [A-Za-z][A-Za-z0-9]*(?:[-'’.][A-Za-z0-9]+)*)*/g;
/** Kana, CJK ideographs and the prolonged-sound mark. */
const CJK_RUN =
  /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ー]+(?:[\u3000-\u303f\uff01-\uff0f]*[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ー]+)*/g;

/**
 * Splits text so that words in the other edition's script can carry their own `lang`:
 * Latin-script terms (two letters or more) inside Japanese text become `en`, and Japanese
 * inside English text becomes `ja`. Screen readers then pronounce each part correctly.
 */
export function segmentByScript(text: string, pageLang: Lang): Segment[] {
  const pattern = new RegExp(pageLang === 'ja' ? LATIN_RUN : CJK_RUN);
  const foreign: Lang = pageLang === 'ja' ? 'en' : 'ja';
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const word = m[0];
    if (pageLang === 'ja' && (word.match(/[A-Za-z]/g) ?? []).length < 2) continue;
    const start = m.index;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: word, lang: foreign });
    last = start + word.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
