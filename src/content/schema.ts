/**
 * The content contract: zod schemas for every file under `content/`.
 *
 * This module is plain TypeScript (no `astro:` imports) so the content linter,
 * `src/content.config.ts` and the unit tests all validate against the same rules.
 * Every message is written for an author editing a file, not for a developer.
 */
import { z } from 'astro/zod';

/** A kebab-case key such as `test-time-adaptation`. */
export const KEY_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** New-style arXiv identifiers, e.g. `2410.03263` (no version suffix, no URL). */
export const ARXIV_RE = /^\d{4}\.\d{4,5}$/;
/** OpenReview forum ids as they appear after `forum?id=`, e.g. `SXtl7NRyE5`. */
export const OPENREVIEW_RE = /^[A-Za-z0-9_-]{10}$/;

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

const key = (what: string) =>
  z
    .string({ error: `${what} must be a kebab-case key` })
    .regex(KEY_RE, { error: `${what} must be a kebab-case key such as "model-merging"` });

/**
 * What a missing required field needs, for the fields whose name alone does not say it; the
 * linter's "the required field … is missing" message ends with it (src/lint/issues.ts).
 */
export const REQUIRED_HINTS: Record<string, string> = {
  lastChecked:
    'give the day the page\'s facts were last checked against the sources, as "YYYY-MM-DD"',
  sources:
    "every paper page ends with its Sources list (arXiv abstract, OpenReview forum where confirmed, official code, NTT's announcement, and every third-party page a statement rests on)",
  seedTerms: "list the seed report's key terms for this paper (ja and en)",
  impactLabel: "every societal-impact table says that it is the digest's own assessment",
  comparison:
    "every paper needs its row of the home page's comparison table (task, problem, keyIdea, data, result)",
};

const httpsUrl = (what: string) =>
  z
    .string({ error: `${what} must be a URL` })
    .url({ error: `${what} must be a full URL such as https://github.com/owner/repo` })
    .refine((u) => u.startsWith('https://'), { error: `${what} must start with https://` });

/** One row of a societal-impact table. */
const impactRowSchema = z.strictObject({
  /** The area of society, e.g. 医療 or manufacturing. */
  area: text('area'),
  /** What changes in that area because of the work. */
  impact: text('impact'),
  /** Who benefits or is affected. */
  stakeholders: text('stakeholders'),
  /** The risk, caveat or open question that comes with it. */
  risk: text('risk'),
});
export type ImpactRow = z.infer<typeof impactRowSchema>;

/** One author of the original paper, in the paper's order. */
export const authorSchema = z.strictObject({
  /** The name as printed on the paper, in Latin script. */
  name: text('author name'),
  /**
   * The name in Japanese script (e.g. 熊谷 充敏), when a source gives it. The Japanese edition
   * shows it beside `name` so a reader can find the author by it; leave it out when unknown.
   */
  nameJa: text('author nameJa').optional(),
  /** Keys into `content/data/affiliations.yaml` that the sources confirm. */
  affiliations: z
    .array(key('affiliation'))
    .min(1, { error: 'each author needs at least one affiliation' }),
  /** Keys for affiliations the sources suggest but do not confirm; shown as unconfirmed. */
  unconfirmedAffiliations: z.array(key('affiliation')).default([]),
});
export type Author = z.infer<typeof authorSchema>;

/** A short text in each edition's language. */
const bilingual = (what: string) =>
  z.strictObject({ ja: text(`${what}.ja`), en: text(`${what}.en`) });

/** Kinds of source a paper page lists; the linter requires some of them (see `src/lint/provenance.ts`). */
const SOURCE_KINDS = [
  'arxiv',
  'openreview',
  'reviews',
  'code',
  'ntt',
  'article',
  'full-text',
  'third-party',
  'related',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One entry of a paper page's Sources list. */
const sourceSchema = z
  .strictObject({
    /** What the source is: arxiv, openreview, reviews, code, ntt (NTT's announcement), article, full-text, third-party or related. */
    kind: z.enum(SOURCE_KINDS, { error: `kind must be one of: ${SOURCE_KINDS.join(', ')}` }),
    /** The source's name in each edition. */
    title: bilingual('title'),
    /** Its address; leave it out only when none was recorded, and say so in `note`. */
    url: httpsUrl('url').optional(),
    /** What the page relies on it for, or how far it was checked, in each edition. */
    note: bilingual('note').optional(),
  })
  .refine((s) => s.url !== undefined || s.note !== undefined, {
    error: 'a source without a url needs a note saying why no address is given',
  });

/** Where a paper's presentation type comes from when no primary source (OpenReview) shows it. */
const presentationSourceSchema = z.strictObject({
  /** The page or file that shows the presentation type. */
  url: httpsUrl('presentationSource.url'),
  /** What that source is, in each edition, e.g. "the poster file linked from the official README". */
  label: bilingual('presentationSource.label'),
});

/** `content/papers/<slug>/paper.yaml`: facts that do not depend on the language. */
export const paperFactsSchema = z.strictObject({
  /** Position on the home page and in previous/next links (1 = first). */
  order: z
    .number({ error: 'order must be a whole number' })
    .int({ error: 'order must be a whole number' })
    .positive({ error: 'order must be 1 or more' }),
  /** The original English title, exactly as published. */
  originalTitle: text('originalTitle'),
  /** A short name for the method or topic (e.g. SSA), used in tables. */
  shortName: text('shortName'),
  /** Authors in the order of the paper. */
  authors: z.array(authorSchema).min(1, { error: 'authors must list at least one author' }),
  /** Key into `content/data/venues.yaml`, e.g. "iclr-2025". */
  venue: key('venue'),
  /** Presentation type; `unconfirmed` when no source confirms it. */
  presentation: z.enum(['poster', 'spotlight', 'oral', 'unconfirmed'], {
    error: 'presentation must be one of: poster, spotlight, oral, unconfirmed',
  }),
  /** The paper's year of publication at the venue. */
  year: z.number({ error: 'year must be a number such as 2025' }).int().min(1990).max(2100),
  /** arXiv identifier without version, e.g. "2410.03263". */
  arxiv: z
    .string({ error: 'arxiv must be an identifier such as "2410.03263" (in quotes)' })
    .regex(ARXIV_RE, {
      error:
        'arxiv must look like "2410.03263": four digits, a dot, four or five digits, no "arXiv:" and no version',
    }),
  /** OpenReview forum id, only when a source confirms it. */
  openreview: z
    .string({ error: 'openreview must be a forum id such as "SXtl7NRyE5"' })
    .regex(OPENREVIEW_RE, {
      error: 'openreview must be the 10-character forum id after "forum?id=", such as "SXtl7NRyE5"',
    })
    .optional(),
  /** URL of the official code repository, only when one exists. */
  code: httpsUrl('code').optional(),
  /** Topic keys from `content/data/tags.yaml`. */
  tags: z.array(key('tag')).min(1, { error: 'tags must list at least one tag' }),
  /** Where the presentation type comes from, when it is a secondary source; the page says so. */
  presentationSource: presentationSourceSchema.optional(),
  /** The day the page's facts were last checked against the sources, YYYY-MM-DD. */
  lastChecked: z.iso.date({ error: 'lastChecked must be a date written "YYYY-MM-DD" (in quotes)' }),
  /** The Sources list shown at the end of the paper page; the linter requires some kinds. */
  sources: z.array(sourceSchema).min(1, {
    error: `the required field "sources" is missing: ${REQUIRED_HINTS['sources']}`,
  }),
  /**
   * Key terms of the seed report for this paper (its significance and applications): each must
   * appear on the paper's page in that edition (summary, significance, applications, editor's
   * note or body).
   */
  seedTerms: z.strictObject({
    ja: z.array(text('seedTerms.ja')),
    en: z.array(text('seedTerms.en')),
  }),
  /** BibTeX citation key for the original paper, e.g. "adachi2025testtime". */
  bibtexKey: z.string({ error: 'bibtexKey must be text' }).regex(/^[A-Za-z][A-Za-z0-9:_-]*$/, {
    error: 'bibtexKey may contain only letters, digits, ":", "_" and "-", starting with a letter',
  }),
});
export type PaperFacts = z.infer<typeof paperFactsSchema>;

/** A paper's row in the home page's comparison table (one edition's words). */
const comparisonSchema = z.strictObject({
  /** The task the paper addresses, in a few words (e.g. regression under distribution shift). */
  task: text('comparison.task'),
  /** The problem it solves, in one sentence. */
  problem: text('comparison.problem'),
  /** The key idea of the method, in one sentence. */
  keyIdea: text('comparison.keyIdea'),
  /** The data sets or benchmarks of the experiments. */
  data: text('comparison.data'),
  /** The headline result, stated only as far as a verified source supports it. */
  result: text('comparison.result'),
});

/** Frontmatter of `content/papers/<slug>/<lang>.mdx`: the prose of one edition. */
export const paperProseSchema = z.strictObject({
  /** The title in this edition's language (for `en`, usually the original title). */
  title: text('title'),
  /** One sentence for cards, search results and link previews. */
  description: text('description'),
  /**
   * 3つの要点 / Key points, shown under the title and byline before the table of contents, in
   * the RSS feed and in search: exactly three one-sentence points, in this order: the problem,
   * the idea, the evidence. Each is no stronger than the page's own statements and attributed
   * the same way (a result the page takes from the reviews says "according to the reviews").
   */
  keyPoints: z
    .array(
      text('keyPoints item').refine((s) => !s.includes('\n'), {
        error: 'each key point must be one line (one sentence)',
      }),
      { error: 'keyPoints must be a list of three one-sentence points' },
    )
    .refine((points) => points.length === 3, {
      error: ({ input }) =>
        (input as string[]).length === 0
          ? 'the required field "keyPoints" is empty: give exactly 3 one-sentence points (the problem, the idea, the evidence), shown under the title as 3つの要点 / Key points'
          : `there are ${(input as string[]).length} key point(s): give exactly 3, one sentence each (the problem, the idea, the evidence)`,
    }),
  /** 概要 / Summary: what the paper does, in a paragraph or two. */
  summary: text('summary'),
  /** 技術的意義 / Technical significance. */
  significance: text('significance'),
  /** 応用可能性 / Applications. */
  applications: text('applications'),
  /** One line where the digest deliberately departs from the seed report, shown as an editor's note. */
  editorNote: text('editorNote')
    .refine((s) => !s.includes('\n'), { error: 'editorNote must be one line' })
    .optional(),
  /** The label on the societal-impact table saying it is the digest's own assessment. */
  impactLabel: text('impactLabel'),
  /** Societal-impact rows for this paper. */
  impact: z.array(impactRowSchema).min(1, { error: 'impact must have at least one row' }),
  /** The paper's row in the home page's comparison table. */
  comparison: comparisonSchema,
});
export type PaperProse = z.infer<typeof paperProseSchema>;

/** One row of the cross-paper societal-impact table on the home page. */
export const digestImpactRowSchema = impactRowSchema.extend({
  /** The paper this row is about: its folder name under content/papers/. */
  paper: key('paper'),
  /** The paper's theme in a few words. */
  theme: text('theme'),
});
export type DigestImpactRow = z.infer<typeof digestImpactRowSchema>;

/** Frontmatter of `content/digest/<lang>/intro.mdx`, `outlook.mdx` and `about.mdx`. */
export const digestSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('intro'),
      /** The digest's title: the home page's main heading. */
      title: text('title'),
      /** One or two sentences for search engines and link previews. */
      description: text('description'),
      /** The label on the cross-paper table saying it is the digest's own assessment. */
      impactLabel: text('impactLabel'),
      /** The cross-paper societal-impact table, one row per paper. */
      impact: z
        .array(digestImpactRowSchema)
        .min(1, { error: 'impact must have one row per paper' }),
    }),
    z.strictObject({
      kind: z.literal('outlook'),
    }),
    z.strictObject({
      kind: z.literal('about'),
    }),
  ],
  { error: 'kind must be "intro", "outlook" or "about"' },
);
export type DigestEntry = z.infer<typeof digestSchema>;
export const isDigestIntro = (d: DigestEntry): d is Extract<DigestEntry, { kind: 'intro' }> =>
  d.kind === 'intro';

/** `content/data/tags.yaml`: one entry per topic tag key. */
export const tagSchema = z.strictObject({
  /** The tag's Japanese label. */
  ja: text('ja'),
  /** The tag's English label. */
  en: text('en'),
});

/** `content/data/affiliations.yaml`: one entry per organisation key, its names as a tag's. */
export const affiliationSchema = tagSchema.extend({
  /** True for an NTT laboratory (used by search filters). */
  nttLab: z.boolean().default(false),
});

/** `content/data/venues.yaml`: one entry per conference. */
export const venueSchema = z.strictObject({
  /** Short name shown on pages, e.g. "ICLR 2025". */
  name: text('name'),
  /** Full proceedings title used in BibTeX and APA citations. */
  booktitle: text('booktitle'),
  /** Host city in each language. */
  city: bilingual('city'),
  /** First day, as YYYY-MM-DD. */
  start: z.iso.date({ error: 'start must be a date written YYYY-MM-DD' }),
  /** Last day, as YYYY-MM-DD. */
  end: z.iso.date({ error: 'end must be a date written YYYY-MM-DD' }),
  /** The conference website. */
  url: httpsUrl('url'),
});
export type Venue = z.infer<typeof venueSchema>;
export type Tag = z.infer<typeof tagSchema>;
export type Affiliation = z.infer<typeof affiliationSchema>;

/** A term written (at least partly) in Japanese script: kana or kanji. */
const JAPANESE_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** `content/glossary.yaml`: one entry per technical term, keyed by its anchor id (kebab-case). */
export const glossaryEntrySchema = z
  .strictObject({
    /** The term as written in Japanese, e.g. テスト時適応. */
    term: text('term'),
    /**
     * The Japanese term's reading in hiragana (katakana terms repeat themselves in hiragana). Only
     * for a term written in Japanese, which needs one; a term in Latin letters (ALiBi) has none
     * (not 「ありばい」 for ALiBi).
     */
    reading: z
      .string({ error: 'reading must be text' })
      .trim()
      .regex(/^[\u3041-\u309F\u30FC・ ]+$/u, {
        error: 'reading must be written in hiragana, such as "てすとじてきおう"',
      })
      .optional(),
    /** The English term, e.g. test-time adaptation. */
    en: text('en'),
    /** Abbreviations used in both editions, e.g. TTA, LMC, RoPE. */
    abbreviations: z.array(text('abbreviation')).default([]),
    /** Other spellings readers type (katakana variants, synonyms); search treats them as the term. */
    aliases: z.array(text('alias')).default([]),
    /** A one- or two-sentence definition in each language, in the site's own words. */
    definition: bilingual('definition'),
    /** The papers that use the term: folder names under content/papers/. */
    papers: z
      .array(key('paper'))
      .min(1, { error: 'papers must list at least one paper that uses the term' }),
  })
  .refine((e) => e.reading === undefined || JAPANESE_SCRIPT.test(e.term), {
    path: ['reading'],
    error: ({ input }) =>
      `the term "${(input as { term: string }).term}" is not written in Japanese, so it has no reading: remove "reading" (it is only for Japanese terms)`,
  })
  .refine((e) => e.reading !== undefined || !JAPANESE_SCRIPT.test(e.term), {
    path: ['reading'],
    error: ({ input }) =>
      `the Japanese term "${(input as { term: string }).term}" needs its reading in hiragana (the Japanese glossary is ordered by it), such as reading: かくさんもでる for 拡散モデル`,
  });
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** A label: one string when it reads the same in both editions (a method name such as RoPE), or `{ ja, en }`. */
const label = (what: string) => z.union([text(what), bilingual(what)]);
export type Label = z.infer<ReturnType<typeof label>>;

/** The number of a table of ja.mdx (its `#table-N`) that a results chart reads. */
const tableNumber = z
  .number({ error: 'table must be a table number such as 1' })
  .int()
  .positive({ error: 'table must be 1 or more' });

const figureBase = {
  /** The caption after 図N / Figure N, in each edition's language. */
  caption: bilingual('caption'),
  /** The chart's accessible name, one short sentence saying what it shows (read by screen readers). */
  title: bilingual('title'),
};

/**
 * A results chart: one line per method, one panel per setting (e.g. training length). It keeps
 * no copy of the numbers: each panel names a table of the page's body (表N / Table N, read from
 * ja.mdx; the linter checks en.mdx's table N holds the same numbers), each series names its row
 * there, and every column after the first is a point, its header the x value.
 */
const linesFigureSchema = z.strictObject({
  kind: z.literal('lines'),
  ...figureBase,
  /** Where the numbers come from (paper and table), shown under the data table. */
  source: bilingual('source'),
  /** The x axis: its label. */
  x: z.strictObject({ /** What x measures, with its unit. */ label: label('x.label') }),
  /** The y axis: its label and whether it is logarithmic. */
  y: z.strictObject({
    /** What y measures; say which direction is better. */
    label: label('y.label'),
    /** Draw y on a log scale. */
    log: z.boolean().default(false),
  }),
  /** The methods, in legend order; each gets its own colour, dash pattern and marker. */
  series: z
    .array(
      z.strictObject({
        /** Key used in `panels[].series`. */
        id: key('series id'),
        /** Name in the legend. */
        label: label('series label'),
        /** The row's first cell in the panels' tables, exactly as written in ja.mdx, e.g. ALiBi or 'RoPE ($\theta=10^4$)' (single quotes in YAML). */
        row: text('series row'),
      }),
    )
    .min(1)
    .max(6, { error: 'at most 6 series: the house style has 6 distinguishable line styles' }),
  /** The panels, drawn side by side on wide screens and stacked on phones. */
  panels: z
    .array(
      z.strictObject({
        /** The panel's heading, e.g. 学習長 512 / Trained on 512 tokens. */
        title: label('panel title'),
        /** An x value to mark with a vertical rule (e.g. the training length). */
        mark: z.number().optional(),
        /** Text beside that rule. */
        markLabel: label('panel markLabel').optional(),
        /** The table of the page the panel plots: 1 for 表1 / Table 1. Its column headers after the first are the x values. */
        table: tableNumber,
        /** The series (ids) the panel draws, each from its row of the table; all series when left out. */
        series: z.array(key('series id')).min(1).optional(),
      }),
    )
    .min(1)
    .max(4),
});

/**
 * A results chart of counts: stacked horizontal bars, grouped (e.g. per data set). Like a lines
 * chart it keeps no copy of the numbers: a group is a row of the named table, and each bar's
 * segments are columns of that row.
 */
const barsFigureSchema = z.strictObject({
  kind: z.literal('bars'),
  ...figureBase,
  /** Where the numbers come from, shown under the data table. */
  source: bilingual('source'),
  /** The table of the page the chart draws: 1 for 表1 / Table 1 (read from ja.mdx). */
  table: tableNumber,
  /** The kinds of item a bar is made of, in stacking order. */
  segments: z
    .array(
      z.strictObject({
        /** Key used in `bars[].columns`. */ id: key('segment id'),
        /** Name in the legend. */ label: label('segment label'),
      }),
    )
    .min(1)
    .max(4),
  /** The bars of every group, e.g. the unlabelled set and the labelled set. */
  bars: z
    .array(
      z.strictObject({
        /** What the bar is, e.g. ラベルなし / unlabelled. */
        label: label('bar label'),
        /** Segment id → the header of the column holding its count, exactly as written in ja.mdx. */
        columns: z.record(z.string(), text('column header')),
      }),
    )
    .min(1),
  /** One group per row of the table; its bars are drawn to the scale of the group's longest bar. */
  groups: z
    .array(
      z.strictObject({
        /** The row's first cell, exactly as written in ja.mdx, e.g. MNIST. */
        row: text('group row'),
        /** The group's name; the row's first cell when left out. */
        label: label('group label').optional(),
      }),
    )
    .min(1),
});

/** A lines chart with its numbers read from the page's tables: what the drawer gets. */
export type LinesFigure = Omit<z.infer<typeof linesFigureSchema>, 'panels' | 'series'> & {
  series: { id: string; label: Label }[];
  panels: (Omit<z.infer<typeof linesFigureSchema>['panels'][number], 'table' | 'series'> & {
    /** Points `[x, y]` per series id; a series may be absent from a panel. */
    data: Record<string, [number, number][]>;
  })[];
};
/** A bars chart with its counts read from the page's table: what the drawer gets. */
export type BarsFigure = Omit<z.infer<typeof barsFigureSchema>, 'table' | 'bars' | 'groups'> & {
  groups: { label: Label; bars: { label: Label; values: Record<string, number> }[] }[];
};

/** Labels of a schematic's parts, by key (each kind says which keys it needs). */
const schematicLabels = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.strictObject(
    Object.fromEntries(keys.map((k) => [k, label(`labels.${k}`)])) as Record<
      K,
      ReturnType<typeof label>
    >,
  );

const schematicBase = {
  ...figureBase,
  /** A longer description for screen readers (shown in a 説明 / Description disclosure). */
  description: bilingual('description'),
};

/**
 * Schematic (paper 4): RoPE's Haar-like wavelets of one scale along the head dimension (the
 * paper's "time" axis for RoPE) beside the proposed Ricker wavelets ψ((t−b)/a) at several scales
 * along the relative distance t = m − n.
 */
const waveletsFigureSchema = z.strictObject({
  kind: z.literal('wavelets'),
  ...schematicBase,
  /** Scales a of the Ricker wavelets (powers of two). */
  scales: z.array(z.number().positive()).min(2).max(5),
  /** The one scale of RoPE's Haar-like wavelets (2: a pair of adjacent dimensions). */
  ropeScale: z.number().int().positive(),
  /** Head dimensions drawn in RoPE's panel (a multiple of ropeScale). */
  dims: z.number().int().min(4).max(32),
  /** Relative distances drawn: t = m − n from −span to span. */
  span: z.number().int().min(4).max(64),
  labels: schematicLabels(['rope', 'wavelet', 'dimension', 'distance']),
});

/** Schematic (paper 3): the mixture p_U = β p_S + (1 − β) p_N as 1-D densities. */
const mixtureFigureSchema = z.strictObject({
  kind: z.literal('mixture'),
  ...schematicBase,
  /** The class prior β: the share of sensitive data in the unlabelled set. */
  beta: z.number().gt(0).lt(1),
  /** p_N, drawn as a Gaussian density. */
  normal: z.strictObject({ mean: z.number(), sd: z.number().positive() }),
  /** p_S, drawn as a Gaussian density. */
  sensitive: z.strictObject({ mean: z.number(), sd: z.number().positive() }),
  labels: schematicLabels(['unlabelled', 'normal', 'sensitive']),
});

/** Schematic (paper 1): synthetic source and target features before and after subspace alignment. */
const subspaceFigureSchema = z.strictObject({
  kind: z.literal('subspace'),
  ...schematicBase,
  /** Seed of the generator, so the points are the same in every build. */
  seed: z.number().int().nonnegative(),
  /** Points per domain. */
  points: z.number().int().min(10).max(120),
  labels: schematicLabels(['before', 'after', 'source', 'target', 'subspace']),
});

/**
 * Schematic (paper 2): one layer of two different synthetic networks before and after weight
 * matching: the L2 distance that remains, and which singular directions line up.
 */
const permutationFigureSchema = z.strictObject({
  kind: z.literal('permutation'),
  ...schematicBase,
  /** Seed of the generator. */
  seed: z.number().int().nonnegative(),
  /** Hidden units per network (the matching tries every permutation, so keep it small). */
  units: z.number().int().min(3).max(7),
  labels: schematicLabels([
    'distance',
    'alignment',
    'norm',
    'before',
    'after',
    'directions',
    'aligned',
    'singular',
  ]),
});

/**
 * Licences an image figure may carry: SPDX ids of licences that allow anyone to copy and adapt
 * the figure with credit (CC BY, CC BY-SA), without conditions (CC0), or under a permissive
 * software licence (MIT, Apache-2.0). The caption names the licence and links this page.
 * arXiv's default licence (a non-exclusive licence to distribute) grants no reuse, so a figure
 * of a paper under it cannot be shown here (docs/content-guide.md, "Image figures").
 */
export const IMAGE_LICENSES = {
  'CC-BY-4.0': { label: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { label: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC0-1.0': { label: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  MIT: { label: 'MIT', url: 'https://spdx.org/licenses/MIT.html' },
  'Apache-2.0': { label: 'Apache-2.0', url: 'https://spdx.org/licenses/Apache-2.0.html' },
} as const satisfies Record<string, { label: string; url: string }>;
type ImageLicense = keyof typeof IMAGE_LICENSES;
const LICENSE_IDS = Object.keys(IMAGE_LICENSES) as [ImageLicense, ...ImageLicense[]];

/** The file types an image figure may be; raster ones go through astro:assets, SVG is inlined. */
export const IMAGE_FILE_RE =
  /^figures\/[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.(?:svg|png|jpg|webp)$/;
/** The largest image file a figure may use, in bytes (2 MB). */
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/**
 * A figure the paper's authors (or others) made, shown as it is: an image file of the paper's
 * folder with its credit and licence. PNG, JPEG and WebP are resized into responsive AVIF/WebP
 * sources by astro:assets; SVG is sanitized with the HTML policy and inlined on a light card.
 */
const imageFigureSchema = z.strictObject({
  kind: z.literal('image'),
  /** The caption after 図N / Figure N, in each edition's language. */
  caption: bilingual('caption'),
  /** The file, relative to the paper folder: figures/<name>.svg, .png, .jpg or .webp. */
  file: z
    .string({ error: 'file must be a path such as figures/architecture.png' })
    .regex(IMAGE_FILE_RE, {
      error:
        "file must be a file under the paper's figures/ folder ending in .svg, .png, .jpg or .webp, in lower-case letters, digits and hyphens, such as figures/architecture.png",
    }),
  /** What the figure shows, for readers who cannot see it (the image's alt text), in each edition. */
  alt: bilingual('alt'),
  /** Whose figure it is and where it comes from, e.g. Oka et al., Fig. 2 / 岡ら，図2. */
  credit: bilingual('credit'),
  /** The SPDX id of the licence that allows showing it (see IMAGE_LICENSES). */
  // A string first, so a missing licence reads "the required field … is missing".
  license: z.string({ error: 'license must be text, an SPDX id such as CC-BY-4.0' }).pipe(
    z.enum(LICENSE_IDS, {
      error: `license must be the SPDX id of a licence that allows reuse: ${LICENSE_IDS.join(', ')} (docs/content-guide.md, "Image figures")`,
    }),
  ),
});
export type ImageFigure = z.infer<typeof imageFigureSchema>;

/** One figure of `content/papers/<slug>/figures.yaml` (the key is its name in `<Figure id="…" />`). */
export const figureSchema = z.discriminatedUnion('kind', [
  imageFigureSchema,
  linesFigureSchema,
  barsFigureSchema,
  waveletsFigureSchema,
  mixtureFigureSchema,
  subspaceFigureSchema,
  permutationFigureSchema,
]);
/** A figure as written in figures.yaml (results charts name their table instead of holding numbers). */
export type FigureEntry = z.infer<typeof figureSchema>;
/** Figure kinds drawn from a paper's equations or synthetic data, never from its results. */
const SCHEMATIC_KINDS = ['wavelets', 'mixture', 'subspace', 'permutation'] as const;
export type SchematicSpec = Extract<FigureEntry, { kind: (typeof SCHEMATIC_KINDS)[number] }>;
/** A figure drawn at build time: a schematic as written, a results chart with its numbers read from its table. */
export type DrawnFigureSpec = SchematicSpec | LinesFigure | BarsFigure;
/** Any figure ready to place: drawn, or an image file with its credit and licence. */
export type FigureSpec = DrawnFigureSpec | ImageFigure;
export const isSchematic = (f: FigureSpec | FigureEntry): f is SchematicSpec =>
  (SCHEMATIC_KINDS as readonly string[]).includes(f.kind);
/** `figures.yaml`: figure name → figure. */
export const figuresFileSchema = z.record(key('figure name'), figureSchema);
/** Words quoted from one or both editions of a page; at least one edition. */
const editionQuote = (what: string) =>
  bilingual(what)
    .partial()
    .refine((q) => q.ja !== undefined || q.en !== undefined, {
      error: `${what} needs the words of at least one edition (ja or en)`,
    });

/**
 * One change of a correction as quotes: the words before and the words the page reads now, per
 * edition. The linter checks that every `after` quote is on the page (the paper's edition, its
 * frontmatter prose and body, or the home page for entries without `paper`), ignoring width and
 * white space; the corrections page shows both.
 */
const correctionQuoteSchema = z
  .strictObject({
    /** The words as they stood before the correction (left out for an addition). */
    before: editionQuote('before').optional(),
    /** The words the page reads now (left out for a removal). */
    after: editionQuote('after').optional(),
  })
  .refine((q) => q.before !== undefined || q.after !== undefined, {
    error: 'a quote needs before, after or both',
  });

/**
 * `content/corrections.yaml`: the corrections log, one entry per correction, newest last.
 * A paper page shows the entries about it; the corrections page and the feeds list them all.
 */
const correctionSchema = z.strictObject({
  /** A kebab-case id, unique in the file: the entry's anchor on the corrections page. */
  id: key('id'),
  /** The day the correction was published, YYYY-MM-DD. */
  date: z.iso.date({ error: 'date must be a date written "YYYY-MM-DD" (in quotes)' }),
  /** The paper it concerns (a folder name under content/papers/); leave out for the home page. */
  paper: key('paper').optional(),
  /** What changed, in each edition. */
  what: bilingual('what'),
  /** Why it changed (the source that shows the earlier text was wrong), in each edition. */
  why: bilingual('why'),
  /** The changed words, quoted (optional): each `after` quote must be on the page as it reads now. */
  quotes: z
    .array(correctionQuoteSchema)
    .min(1, { error: 'quotes, when given, must list at least one quote' })
    .optional(),
});
export type Correction = z.infer<typeof correctionSchema>;

/**
 * Which file of the content folder each schema checks, once for the collections
 * (`src/content.config.ts`) and the content linter (`src/lint/`). The YAML files map each key to
 * an entry (corrections.yaml: a list of entries); glossary.yaml and corrections.yaml may be absent.
 */
export const CONTENT_FILES = {
  paperFacts: { path: 'papers/<slug>/paper.yaml', schema: paperFactsSchema },
  papers: { path: 'papers/<slug>/<lang>.mdx', schema: paperProseSchema },
  digest: { path: 'digest/<lang>/<intro|outlook|about>.mdx', schema: digestSchema },
  tags: { path: 'data/tags.yaml', schema: tagSchema },
  affiliations: { path: 'data/affiliations.yaml', schema: affiliationSchema },
  venues: { path: 'data/venues.yaml', schema: venueSchema },
  glossary: { path: 'glossary.yaml', schema: glossaryEntrySchema },
  corrections: { path: 'corrections.yaml', schema: correctionSchema },
} as const;
