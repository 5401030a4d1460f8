/**
 * axe-core against WCAG 2.2 AA in a loaded page, run straight in the page: axe is injected once
 * per document and each run returns only its violations. (`AxeBuilder.analyze()` injects axe
 * again on every call and finishes each run in a new blank page: that was most of the time of
 * an axe check on a small page.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// The axe-core that @axe-core/playwright depends on (the version it was released with).
const fromAxePlaywright = createRequire(
  createRequire(import.meta.url).resolve('@axe-core/playwright'),
);
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe's WCAG 2.2 AA rules on the page as it now stands (`colourOnly`: only those of them
 * whose outcome depends on colours, axe's `cat.color` rules) and returns a readable list of the
 * violations, "" when there is none.
 */
export async function axeViolations(page: Page, colourOnly = false): Promise<string> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, colourOnly }) => {
      // axe is the script injected above; its types are not this file's concern.
      const axe = (window as unknown as { axe: AxeInPage }).axe;
      // The colour rules by id, as running by tag does: experimental ones left out.
      const colourRules = axe
        .getRules(tags)
        .filter((r) => r.tags.includes('cat.color') && !r.tags.includes('experimental'))
        .map((r) => r.ruleId);
      const results = await axe.run(document, {
        runOnly: colourOnly ? { type: 'rule', values: colourRules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations;
    },
    { tags: WCAG_TAGS, colourOnly },
  );
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `    - ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`,
        )
        .join('\n');
      return `  ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/** The part of axe's API used above. */
interface AxeInPage {
  getRules(tags: string[]): { ruleId: string; tags: string[] }[];
  run(
    context: Document,
    options: { runOnly: { type: 'rule' | 'tag'; values: string[] }; resultTypes: string[] },
  ): Promise<{ violations: Violation[] }>;
}
