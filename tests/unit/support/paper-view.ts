/**
 * A paper view for unit tests of the head metadata modules (JSON-LD, feeds, sitemap,
 * comparison), built through the real `paperView` from paper 1's real facts.
 */
import type { PaperFacts, PaperProse } from '../../../src/content/schema';
import type { Lang } from '../../../src/i18n/langs';
import { paperView, type PaperView } from '../../../src/content/views/papers';
import { TTA, realFacts, realVocabulary } from './content';

function prose(lang: Lang): PaperProse {
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
  };
}

/** A view of paper 1 (TTA) with its real facts and vocabulary and short prose; `change` edits its facts. */
export function sampleView(lang: Lang, change: Partial<PaperFacts> = {}, slug = TTA): PaperView {
  return paperView(slug, lang, { ...realFacts(TTA), ...change }, prose(lang), realVocabulary());
}
