/**
 * The copied-folder mistake: a paper folder made by copying another one keeps that paper's
 * identifiers after its own title and arXiv id were changed. Any other paper's arXiv id,
 * OpenReview id, BibTeX key or code URL in a paper's sources, seed terms or figures is a
 * problem naming the file and field (the paper's own top-level fields are checked for
 * duplicates in index.ts).
 */
import type { PaperFacts } from '../content/schema';
import { findWritten, type Problem, type ReadFile } from './issues';
import { stringsOf } from './markup';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One identifier of a paper and how to find it in text. */
interface Identifier {
  what: string;
  value: string;
  re: RegExp;
}

/** The identifiers of `facts` that another paper's files must not carry. */
function identifiersOf(facts: PaperFacts): Identifier[] {
  const out: Identifier[] = [
    // "2503.03789" in "arXiv:2503.03789v2" or ".../abs/2503.03789", not in "12503.037891".
    {
      what: 'arXiv id',
      value: facts.arxiv,
      re: new RegExp(`(?<![\\d.])${escape(facts.arxiv)}(?!\\d)`),
    },
    {
      what: 'BibTeX key',
      value: facts.bibtexKey,
      re: new RegExp(`(?<![\\w:-])${escape(facts.bibtexKey)}(?![\\w:-])`),
    },
  ];
  if (facts.openreview)
    out.push({
      what: 'OpenReview id',
      value: facts.openreview,
      re: new RegExp(`(?<![\\w-])${escape(facts.openreview)}(?![\\w-])`),
    });
  if (facts.code) {
    const url = facts.code.replace(/(?:\.git)?\/*$/, '');
    out.push({
      what: 'code URL',
      value: facts.code,
      re: new RegExp(`${escape(url.replace(/^https?:\/\//, ''))}(?:\\.git)?(?![\\w-]|\\.\\w)`, 'i'),
    });
  }
  return out;
}

/** One paper's files as the check reads them. */
export interface PaperFiles {
  /** The paper's parsed facts, read from `paper.yaml`. */
  facts: PaperFacts;
  paperYaml: ReadFile;
  /** `figures.yaml`, when the paper has one that parses as YAML. */
  figuresYaml: ReadFile | undefined;
}

/** Every other paper's identifier found in a paper's sources, seed terms or figures. */
export function checkCopiedIds(papers: ReadonlyMap<string, PaperFiles>): Problem[] {
  const problems: Problem[] = [];
  const ids = [...papers].map(([slug, p]) => ({ slug, ids: identifiersOf(p.facts) }));
  for (const [slug, paper] of papers) {
    const places = [
      ...(['sources', 'seedTerms'] as const).map((field) => ({
        ...paper.paperYaml,
        field,
        data: paper.facts[field] as unknown,
      })),
      ...(paper.figuresYaml ? [{ ...paper.figuresYaml, field: '' }] : []),
    ];
    // The paper's own identifier may equal another's only through the duplicate check's case.
    const own = identifiersOf(paper.facts).map((i) => i.value);
    for (const other of ids) {
      if (other.slug === slug) continue;
      for (const id of other.ids.filter((i) => !own.includes(i.value))) {
        for (const place of places) {
          // Each string is looked for after the previous one, from the line that starts its field.
          let cursor = place.field
            ? Math.max(0, `\n${place.text}`.indexOf(`\n${place.field}:`))
            : 0;
          for (const { where, value } of stringsOf(place.data, place.field)) {
            if (!id.re.test(value)) continue;
            const found = findWritten(place.text, value.split('\n')[0], cursor, (l) =>
              id.re.test(l),
            );
            if (found) cursor = found.end;
            problems.push({
              file: place.file,
              line: found?.line,
              where: where || undefined,
              message: `"${id.value}" is the ${id.what} of the paper "${other.slug}", not of this one: was this folder copied? Replace it with this paper's own`,
            });
          }
        }
      }
    }
  }
  return problems;
}
