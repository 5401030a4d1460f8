/**
 * A small, self-contained paper view for unit tests of the head metadata modules (JSON-LD,
 * feeds, sitemap, comparison), built through the real `paperView`.
 */
import type { PaperFacts, PaperProse } from '../../../src/content/schema';
import type { Lang } from '../../../src/i18n/langs';
import { paperView, type PaperView, type Vocabulary } from '../../../src/content/views/papers';

const vocabulary: Vocabulary = {
  tags: { regression: { ja: '回帰', en: 'Regression' } },
  affiliations: {
    ntt: { ja: 'NTT株式会社', en: 'NTT Corporation', nttLab: false },
    ynu: { ja: '横浜国立大学', en: 'Yokohama National University', nttLab: false },
    'kyoto-u': { ja: '京都大学', en: 'Kyoto University', nttLab: false },
  },
  venues: {
    'iclr-2025': {
      name: 'ICLR 2025',
      booktitle: 'The Thirteenth International Conference on Learning Representations',
      city: { ja: 'シンガポール', en: 'Singapore' },
      start: '2025-04-24',
      end: '2025-04-28',
      url: 'https://iclr.cc/Conferences/2025',
    },
  },
};

/** The facts of the sample paper (test-time adaptation for regression). */
export const sampleFacts: PaperFacts = {
  order: 1,
  originalTitle: 'Test-time Adaptation for Regression by Subspace Alignment',
  shortName: 'SSA',
  authors: [
    { name: 'Kazuki Adachi', affiliations: ['ntt'], unconfirmedAffiliations: ['ynu'] },
    { name: "Shin'ya Yamaguchi", affiliations: ['ntt'], unconfirmedAffiliations: ['kyoto-u'] },
  ],
  venue: 'iclr-2025',
  presentation: 'poster',
  year: 2025,
  arxiv: '2410.03263',
  openreview: 'SXtl7NRyE5',
  code: 'https://github.com/kzkadc/regression-tta',
  tags: ['regression'],
  bibtexKey: 'adachi2025testtime',
  lastChecked: '2026-12-01',
  sources: [
    { kind: 'arxiv', title: { ja: 'arXiv', en: 'arXiv' }, url: 'https://arxiv.org/abs/2410.03263' },
  ],
  seedTerms: { ja: [], en: [] },
};

function prose(lang: Lang, overrides: Partial<PaperProse> = {}): PaperProse {
  return {
    title: lang === 'ja' ? '回帰のためのテスト時適応' : 'Test-time Adaptation for Regression',
    description: lang === 'ja' ? '説明文。' : 'A description.',
    keyPoints: ['P', 'I', 'E'],
    summary: 'S',
    significance: 'S',
    applications: 'A',
    impactLabel: lang === 'ja' ? '本ダイジェストの評価' : "The digest's assessment",
    impact: [{ area: 'a', impact: 'i', stakeholders: 's', risk: 'r' }],
    comparison: {
      task: lang === 'ja' ? '回帰' : 'Regression',
      problem: 'P',
      keyIdea: 'K',
      data: 'SVHN→MNIST, UTKFace',
      result: 'R',
    },
    ...overrides,
  };
}

/** A view of the sample paper in one edition; `change` edits its facts. */
export function sampleView(
  lang: Lang,
  change: Partial<PaperFacts> = {},
  slug = 'test-time-adaptation-regression',
): PaperView {
  return paperView(slug, lang, { ...sampleFacts, ...change }, prose(lang), vocabulary);
}
