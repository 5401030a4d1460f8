/**
 * BibTeX for the original papers, generated from `paper.yaml` and `venues.yaml`.
 */
import type { Author, PaperFacts, Venue } from '../content/schema';
import { paperUrl } from '../content/views/papers';

/**
 * Escapes text for a brace-delimited BibTeX field. Braces are kept only when balanced (they
 * protect capitalisation); the characters LaTeX treats specially are escaped.
 */
export function escapeBibtex(value: string): string {
  const balanced = isBalanced(value);
  return value.replace(
    /[\\{}&%$#_~^]/g,
    (ch) => WORDS[ch] ?? ((ch === '{' || ch === '}') && balanced ? ch : `\\${ch}`),
  );
}

/** The special characters that have no backslash escape, written as commands. */
const WORDS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

function isBalanced(value: string): boolean {
  let depth = 0;
  for (const ch of value) {
    if (ch === '{') depth++;
    if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A name as "Family, given" with the given names passed through `given` ("Kazuki Adachi" →
 * "Adachi, Kazuki"); the last word is taken as the family name, and a single word is kept whole.
 */
export function familyFirst(name: string, given: (names: string) => string = (g) => g): string {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() as string;
  return parts.length ? `${family}, ${given(parts.join(' '))}` : family;
}

/** "Kazuki Adachi" → "Adachi, Kazuki". */
export const bibtexName = (author: Pick<Author, 'name'>): string => familyFirst(author.name);

/** A BibTeX entry, its fields (values already escaped) aligned as in the papers' READMEs. */
export function bibtexEntry(type: string, key: string, fields: [string, string][]): string {
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/** An `@inproceedings` entry for the original paper. */
export function toBibtex(facts: PaperFacts, venue: Pick<Venue, 'booktitle'>): string {
  const fields: [string, string][] = [
    ['title', facts.originalTitle],
    ['author', facts.authors.map(bibtexName).join(' and ')],
    ['booktitle', venue.booktitle],
    ['year', String(facts.year)],
    ['url', paperUrl(facts)],
    ['eprint', facts.arxiv],
    ['archiveprefix', 'arXiv'],
  ];
  return bibtexEntry(
    'inproceedings',
    facts.bibtexKey,
    fields.map(([k, v]) => [k, k === 'url' ? v : escapeBibtex(v)]),
  );
}
