/**
 * Explains the first use of each glossary term in a paper's body in place: the term becomes a
 * button that opens its definition, with a link to the entry on the glossary page of the same
 * edition. The definition is a native popover (`popovertarget`, and `interestfor` for a hover), so
 * it opens by tap, click, hover or keyboard without JavaScript; it is marked `data-pagefind-ignore`, so search neither indexes it
 * nor shows it in excerpts, and it comes once per term and page, so it adds little weight.
 * `linkFirstUses` is a pure tree transform; the plugin reads the glossary
 * (`<content>/glossary.yaml`) once and runs only on paper files, after the sanitizer (it writes a
 * `button`, which no author may; its text comes from the glossary as plain text).
 *
 * Text inside headings, captions, table headers, links, code, math and elements marked
 * `data-glossary-skip` is left alone.
 */
import { h } from 'hastscript';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Element, ElementContent, Root, Text } from 'hast';
import yaml from 'js-yaml';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CONTENT_FILES, type GlossaryEntry } from '../content/schema';
import type { Lang } from '../i18n/langs';
import { glossaryHref } from '../content/views/glossary';
import { siteConfig } from '../site/config';
import { langFromPath } from '../content/file-info';
import { useTranslations } from '../i18n';
import { markForeignRuns } from './rehype-lang';
import { classesOf } from './hast-classes';

/** One term to link: the words to look for in this edition and where they lead. */
export interface LinkTarget {
  id: string;
  /** Exact spellings, longest first (Latin-script ones match case-insensitively on word boundaries). */
  forms: string[];
  href: string;
  /** The entry's term in this edition, shown at the head of the definition. */
  title: string;
  /** The entry's definition in this edition. */
  definition: string;
  /** The edition's language (the definition's `lang`, and the words of its link). */
  lang: Lang;
}

// Links, code, math; captions and headers name a table or figure: a definition would join that name.
const SKIP_TAG =
  /^(?:a|code|pre|math|script|style|svg|caption|figcaption|th|summary|button|h[1-6])$/;

function skipped(node: Element): boolean {
  return (
    SKIP_TAG.test(node.tagName) ||
    node.properties.dataGlossarySkip !== undefined ||
    classesOf(node).some(
      (c) => c.startsWith('katex') || c === 'heading-wrapper' || c === 'math-text',
    )
  );
}

/** A form as a pattern: a Latin-script form matches whole words only, ignoring case. */
function formPattern(form: string): RegExp {
  const text = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /^[\x20-\x7e]+$/.test(form)
    ? new RegExp(`(?<![A-Za-z0-9])${text}(?![A-Za-z0-9])`, 'i')
    : new RegExp(text);
}

/**
 * Turns the first occurrence of each target's forms into a `<button class="glossary-ref">` that
 * opens the term's definition (`<span class="glossary-def" popover>`, right after it, holding the
 * `<a class="glossary-link">` to the entry). Each target is explained at most once per tree, at
 * its first use in document order.
 */
export function linkFirstUses(tree: Root | Element, targets: readonly LinkTarget[]): void {
  const pending = new Map(targets.map((t) => [t.id, t]));
  visit(tree, (node, index, parent) => {
    if (pending.size === 0) return EXIT;
    if (node.type === 'element' && node !== tree && skipped(node)) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return;
    const parts = splitText(node, pending);
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
}

function splitText(text: Text, pending: Map<string, LinkTarget>): ElementContent[] {
  const out: ElementContent[] = [];
  let value = text.value;
  for (;;) {
    let first: { at: number; length: number; target: LinkTarget } | undefined;
    for (const target of pending.values()) {
      for (const form of target.forms) {
        const m = formPattern(form).exec(value);
        if (
          m &&
          (!first || m.index < first.at || (m.index === first.at && m[0].length > first.length))
        )
          first = { at: m.index, length: m[0].length, target };
      }
    }
    if (!first) break;
    if (first.at > 0) out.push({ type: 'text', value: value.slice(0, first.at) });
    out.push(...explained(first.target, value.slice(first.at, first.at + first.length)));
    pending.delete(first.target.id);
    value = value.slice(first.at + first.length);
  }
  if (value) out.push({ type: 'text', value });
  return out;
}

/** The id of a term's definition on a paper page. */
const definitionId = (id: string) => `glossary-def-${id}`;

/** The button for one use of a term, and the definition it opens. */
function explained(target: LinkTarget, text: string): ElementContent[] {
  const t = useTranslations(target.lang);
  const id = definitionId(target.id);
  const definition = h('span', { className: ['glossary-def-text'] }, [target.definition]);
  // The definition's words in the other edition's script get their own `lang`, as in the body.
  markForeignRuns(definition, target.lang);
  return [
    // A tap, click or Enter shows it (`show`, never a toggle, so a click after a hover keeps it
    // open); a hover or keyboard focus that lingers shows it too (`interestfor`), and a tap
    // elsewhere or Escape closes it.
    h(
      'button',
      {
        type: 'button',
        className: ['glossary-ref'],
        popoverTarget: id,
        popoverTargetAction: 'show',
        interestfor: id,
      },
      [text],
    ),
    h(
      'span',
      {
        id,
        className: ['glossary-def'],
        popover: 'auto',
        lang: target.lang,
        dataPagefindIgnore: '',
      },
      [
        h('strong', { className: ['glossary-def-term'] }, [target.title]),
        ' ',
        definition,
        ' ',
        h('a', { href: target.href, className: ['glossary-link'] }, [t('glossary.entryLink')]),
      ],
    ),
  ];
}

/** The link targets of one edition, from the glossary's entries. */
export function linkTargets(
  entries: Record<string, GlossaryEntry>,
  lang: Lang,
  base: string,
): LinkTarget[] {
  return Object.entries(entries).map(([id, e]) => {
    const main = lang === 'ja' ? e.term : e.en;
    const forms = [...new Set([main, ...e.abbreviations])].sort((a, b) => b.length - a.length);
    return {
      id,
      forms,
      href: glossaryHref(lang, id, base),
      title: main,
      definition: e.definition[lang],
      lang,
    };
  });
}

let cache: { path: string; stamp: number; entries: Record<string, GlossaryEntry> } | undefined;

/**
 * Reads and validates the glossary (the content linter reports problems in detail first), again
 * when the file has changed since (the development server re-renders bodies after an edit).
 */
function loadGlossary(path: string): Record<string, GlossaryEntry> {
  const stamp = existsSync(path) ? statSync(path).mtimeMs : 0;
  if (cache?.path === path && cache.stamp === stamp) return cache.entries;
  const entries: Record<string, GlossaryEntry> = {};
  if (existsSync(path)) {
    const data = (yaml.load(readFileSync(path, 'utf8')) ?? {}) as Record<string, unknown>;
    for (const [id, value] of Object.entries(data)) {
      const parsed = CONTENT_FILES.glossary.schema.safeParse(value);
      if (parsed.success) entries[id] = parsed.data;
    }
  }
  cache = { path, stamp, entries };
  return entries;
}

export default function rehypeGlossary() {
  return (tree: Root, file: VFile) => {
    if (!file.path || !/\/papers\/[^/]+\/(?:ja|en)\.mdx?$/.test(file.path)) return;
    const root = siteConfig.contentDir.replace(/\/$/, '');
    const entries = loadGlossary(`${root}/${CONTENT_FILES.glossary.path}`);
    linkFirstUses(tree, linkTargets(entries, langFromPath(file.path), siteConfig.base));
  };
}
