/**
 * Writes N synthetic but realistic papers into a content folder for scale tests and benchmarks:
 * paper.yaml, ja.mdx and en.mdx (frontmatter, the four required sections, display and inline
 * math, a table, an editor's <Note>), the data files of the real content and both digests.
 * The result passes the content linter. It never writes into the project's own `content/`.
 *
 *   node scripts/generate-papers.ts <target-dir> <count>
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** Topic words per tag, in both languages, so each paper reads and indexes differently. */
const TOPIC: Record<string, { ja: string; en: string }> = {
  'test-time-adaptation': { ja: 'テスト時適応', en: 'test-time adaptation' },
  regression: { ja: '回帰', en: 'regression' },
  'distribution-shift': { ja: '分布シフト', en: 'distribution shift' },
  'model-merging': { ja: 'モデルマージ', en: 'model merging' },
  'linear-mode-connectivity': { ja: '線形モード接続性', en: 'linear mode connectivity' },
  'permutation-symmetry': { ja: '置換対称性', en: 'permutation symmetry' },
  'diffusion-models': { ja: '拡散モデル', en: 'diffusion models' },
  'pu-learning': { ja: '正例ラベルなし学習', en: 'positive-unlabeled learning' },
  'safe-generation': { ja: '安全な生成', en: 'safe generation' },
  'positional-encoding': { ja: '位置符号化', en: 'positional encoding' },
  'long-context': { ja: '長文脈', en: 'long context' },
  'language-models': { ja: '言語モデル', en: 'language models' },
  wavelets: { ja: 'ウェーブレット', en: 'wavelets' },
};
const TAGS = Object.keys(TOPIC);
const LABS = ['ntt-cd', 'ntt-si', 'ntt-hi'];
// Word lists, comma-separated; METHODS[i] and METHODS_JA[i] (likewise OBJECTS) are the same word.
const words = (list: string) => list.split(', ');
const FAMILY = words(
  'Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, Yamada',
);
const GIVEN = words('Haruto, Yui, Ren, Aoi, Sota, Hina, Minato, Mei, Riku, Sakura, Kaito, Yuna');
const DATASETS = words(
  'CIFAR-10, ImageNet, STL-10, CelebA, WikiText-103, SVHN, UTKFace, California Housing, PG-19, MNIST',
);
const METHODS = words(
  'spectral, variational, contrastive, Bayesian, sparse, hierarchical, low-rank, adaptive, robust, multiscale',
);
const METHODS_JA = words(
  'スペクトル, 変分, 対照, ベイズ, スパース, 階層, 低ランク, 適応的, 頑健, 多重解像度',
);
const OBJECTS = words(
  'estimator, regularizer, alignment, objective, encoder, sampler, merging rule, adapter, kernel, loss',
);
const OBJECTS_JA = words(
  '推定量, 正則化, 整列, 目的関数, エンコーダ, サンプラー, マージ規則, アダプタ, カーネル, 損失',
);

/** A small deterministic PRNG so the same N always gives the same corpus. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function openreviewId(i: number): string {
  let n = i * 2654435761 + 12345;
  let id = '';
  for (let k = 0; k < 10; k++) {
    id += ALNUM[n % ALNUM.length];
    n = Math.floor(n / ALNUM.length) + k * 7 + i;
  }
  return id;
}

const yamlText = (s: string) => JSON.stringify(s);

/** The files of one synthetic paper, keyed by name. */
export function syntheticPaper(i: number) {
  const r = rng(i * 7919 + 17);
  const slug = `synthetic-paper-${String(i).padStart(4, '0')}`;
  const tags = [...new Set([pick(r, TAGS), pick(r, TAGS), pick(r, TAGS)])];
  const main = TOPIC[tags[0] as string] as { ja: string; en: string };
  const second = TOPIC[(tags[1] ?? tags[0]) as string] as { ja: string; en: string };
  const m = Math.floor(r() * METHODS.length);
  const o = Math.floor(r() * OBJECTS.length);
  const data = pick(r, DATASETS);
  const data2 = pick(r, DATASETS);
  const gain = (1 + r() * 9).toFixed(1);
  const dim = 8 + Math.floor(r() * 120);
  const authors = Array.from(
    { length: 2 + Math.floor(r() * 4) },
    () => `${pick(r, GIVEN)} ${pick(r, FAMILY)}`,
  );
  const titleEn = `A ${METHODS[m]} ${OBJECTS[o]} for ${main.en} (study ${i})`;
  const titleJa = `${main.ja}のための${METHODS_JA[m]}${OBJECTS_JA[o]}（研究 ${i}）`;
  const shortName = `${(METHODS[m] as string).slice(0, 4).toUpperCase()}-${i}`;

  const code = r() < 0.6 ? `https://github.com/ntt-synthetic/paper-${i}` : undefined;
  const facts = [
    `order: ${i}`,
    `originalTitle: ${yamlText(titleEn)}`,
    `shortName: ${yamlText(shortName)}`,
    'authors:',
    ...authors.map(
      (name, k) => `  - { name: ${name}, affiliations: [${k === 0 ? pick(r, LABS) : 'ntt'}] }`,
    ),
    'venue: iclr-2025',
    `presentation: ${pick(r, ['poster', 'spotlight', 'oral', 'unconfirmed'])}`,
    'year: 2025',
    `arxiv: "25${String(1 + (i % 12)).padStart(2, '0')}.${String(10000 + i).padStart(5, '0')}"`,
    `openreview: ${openreviewId(i)}`,
    ...(code ? [`code: ${code}`] : []),
    `tags: [${tags.join(', ')}]`,
    // What the content linter requires of every paper page (issue 14): a last-checked date, a
    // Sources list with the arXiv, OpenReview, code and NTT entries, and the seed's key terms.
    'lastChecked: "2026-11-30"',
    'sources:',
    `  - { kind: arxiv, title: { ja: arXiv, en: arXiv }, url: "https://arxiv.org/abs/25${String(1 + (i % 12)).padStart(2, '0')}.${String(10000 + i).padStart(5, '0')}" }`,
    `  - { kind: openreview, title: { ja: OpenReview, en: OpenReview }, url: "https://openreview.net/forum?id=${openreviewId(i)}" }`,
    ...(code
      ? [`  - { kind: code, title: { ja: 公式実装, en: Official code }, url: "${code}" }`]
      : []),
    '  - { kind: ntt, title: { ja: NTT の発表, en: "NTT\'s announcement" }, url: "https://group.ntt/jp/topics/2025/04/22/iclr2025.html" }',
    `seedTerms: { ja: [${main.ja}], en: [${main.en}] }`,
    `bibtexKey: synthetic2025paper${i}`,
    '',
  ].join('\n');

  const formulas = [
    `\\mathcal{L}_{${i}}(\\theta)=\\mathbb{E}_{x\\sim p}\\big[\\ell_\\theta(x)\\big]+\\lambda\\,\\|\\theta\\|_2^2`,
    `h_t=\\sigma\\big(W_{${dim}}\\,x_t+U\\,h_{t-1}+b\\big),\\qquad \\hat{y}=\\sum_{k=1}^{${dim}}\\alpha_k\\,\\phi_k(x)`,
  ];
  const math = formulas.map((f) => `$$\n${f}\n$$`);

  const en = `---
title: ${yamlText(titleEn)}
description: ${yamlText(`A ${METHODS[m]} ${OBJECTS[o]} that improves ${main.en} and relates it to ${second.en}, evaluated on ${data}.`)}
summary: |
  Models for ${main.en} often fail when the data they meet differ from the data they were trained on. This synthetic study ${i} proposes a ${METHODS[m]} ${OBJECTS[o]} that keeps ${main.en} reliable by exploiting structure shared with ${second.en}.

  On ${data} and ${data2} the authors report an improvement of ${gain} points over strong baselines, with little extra computation.
keyPoints:
  - ${yamlText(`Models for ${main.en} lose accuracy when deployment data differ from training data.`)}
  - ${yamlText(`Synthetic study ${i} proposes a ${METHODS[m]} ${OBJECTS[o]} that exploits structure shared with ${second.en}.`)}
  - ${yamlText(`On ${data} and ${data2} the authors report an improvement of ${gain} points over strong baselines.`)}
significance: |
  The work links ${main.en} with ${second.en} through a single ${METHODS[m]} ${OBJECTS[o]}, which explains why earlier heuristics worked and when they fail.
applications: |
  Teams that deploy models for ${main.en} could use the ${OBJECTS[o]} to keep accuracy when their data drift, for example in sensing, forecasting or document processing.
comparison:
  task: ${yamlText(`Reliable ${main.en} under distribution shift`)}
  problem: ${yamlText(`Models for ${main.en} lose accuracy when deployment data differ from training data.`)}
  keyIdea: ${yamlText(`A ${METHODS[m]} ${OBJECTS[o]} that shares structure with ${second.en}.`)}
  data: ${yamlText(`${data}, ${data2}`)}
  result: ${yamlText(`${gain} points better than strong baselines.`)}
impactLabel: This table is the digest's own assessment.
impact:
  - area: Industry
    impact: ${yamlText(`More reliable ${main.en} in deployed systems.`)}
    stakeholders: Engineers, operators, end users
    risk: The gains were measured on benchmarks and may not carry over to every domain.
  - area: Research
    impact: ${yamlText(`A common view of ${main.en} and ${second.en}.`)}
    stakeholders: Researchers, students
    risk: The theory rests on assumptions that real data may violate.
---

## Problem

Study ${i} considers ${main.en} when the input distribution shifts. A model trained on ${data} loses accuracy on ${data2}, and no labels are available after deployment. The loss of a model with parameters $\\theta$ on an input $x$ is written $\\ell_\\theta(x)$.

## Method

The ${METHODS[m]} ${OBJECTS[o]} minimises a regularised objective:

${math[0]}

Here $\\lambda>0$ balances the data term and the penalty. Features are computed recurrently with ${dim} basis functions $\\phi_k$:

${math[1]}

| component | role | cost |
| --- | --- | --- |
| ${OBJECTS[o]} | keeps $\\theta$ close to a good solution | $O(d)$ |
| basis $\\phi_k$ | represents ${second.en} | $O(${dim}\\,d)$ |

## Results

On ${data} the method improves the score by ${gain} points; on ${data2} the gain is smaller but consistent. Ablations show that both terms of $\\mathcal{L}_{${i}}$ are needed.

## Limitations

The analysis assumes that only the inputs shift. Larger models and other forms of ${main.en} remain to be tested.

<Note>
Study ${i} is synthetic: it was generated to measure the site at scale, and its numbers are invented.
</Note>
`;

  const ja = `---
title: ${yamlText(titleJa)}
description: ${yamlText(`${main.ja}を改善し、${second.ja}と結び付ける${METHODS_JA[m]}${OBJECTS_JA[o]}を提案し、${data} で評価した。`)}
summary: |
  ${main.ja}のモデルは、学習時と異なるデータに出会うと性能が落ちることが多い。合成研究 ${i} は、${second.ja}と共通する構造を利用して${main.ja}を安定させる${METHODS_JA[m]}${OBJECTS_JA[o]}を提案する。

  ${data} と ${data2} での実験で、強いベースラインより ${gain} ポイント高い性能を、わずかな追加計算で得たと著者らは報告している。
keyPoints:
  - ${yamlText(`運用時のデータが学習時と異なると、${main.ja}のモデルの精度が落ちる。`)}
  - ${yamlText(`合成研究 ${i} は、${second.ja}と共通する構造を利用する${METHODS_JA[m]}${OBJECTS_JA[o]}を提案する。`)}
  - ${yamlText(`${data} と ${data2} での実験で、強いベースラインより ${gain} ポイント高い性能を得たと著者らは報告している。`)}
significance: |
  ${main.ja}と${second.ja}を一つの${METHODS_JA[m]}${OBJECTS_JA[o]}で結び付け、従来の経験則がなぜ機能し、いつ失敗するかを説明した点に意義がある。
applications: |
  ${main.ja}のモデルを運用するチームは、データが変化しても精度を保つために、この${OBJECTS_JA[o]}をセンシング、予測、文書処理などで使える。
comparison:
  task: ${yamlText(`分布シフト下での${main.ja}`)}
  problem: ${yamlText(`運用時のデータが学習時と異なると、${main.ja}のモデルの精度が落ちる。`)}
  keyIdea: ${yamlText(`${second.ja}と構造を共有する${METHODS_JA[m]}${OBJECTS_JA[o]}。`)}
  data: ${yamlText(`${data}、${data2}`)}
  result: ${yamlText(`強いベースラインより ${gain} ポイント高い。`)}
impactLabel: この表は本ダイジェスト独自の評価である。
impact:
  - area: 産業
    impact: ${yamlText(`運用中のシステムで${main.ja}の信頼性が高まる。`)}
    stakeholders: 技術者、運用者、利用者
    risk: 効果はベンチマークで測られたもので、すべての分野に当てはまるとは限らない。
  - area: 研究
    impact: ${yamlText(`${main.ja}と${second.ja}を共通の視点で捉えられる。`)}
    stakeholders: 研究者、学生
    risk: 理論は実データが満たさないかもしれない仮定に基づく。
---

## 課題

研究 ${i} は、入力の分布が変化する状況での${main.ja}を扱う。${data} で学習したモデルは ${data2} で精度が下がり、運用後にはラベルが得られない。パラメータ $\\theta$ のモデルの入力 $x$ に対する損失を $\\ell_\\theta(x)$ と書く。

## 手法

${METHODS_JA[m]}${OBJECTS_JA[o]}は、正則化付きの目的関数を最小化する。

${math[0]}

$\\lambda>0$ はデータ項と罰則項の釣り合いを決める。特徴は ${dim} 個の基底関数 $\\phi_k$ を用いて再帰的に計算する。

${math[1]}

| 構成要素 | 役割 | 計算量 |
| --- | --- | --- |
| ${OBJECTS_JA[o]} | $\\theta$ をよい解の近くに保つ | $O(d)$ |
| 基底 $\\phi_k$ | ${second.ja}を表す | $O(${dim}\\,d)$ |

## 結果

${data} では性能が ${gain} ポイント向上し、${data2} でも改善は小さいが一貫していた。アブレーションにより $\\mathcal{L}_{${i}}$ の両方の項が必要であることが分かった。

## 限界

解析は入力だけが変化すると仮定している。より大きなモデルや、他の形の${main.ja}での検証は今後の課題である。

<Note>
研究 ${i} は規模の計測のために生成した架空の論文で、数値も架空である。
</Note>
`;
  return {
    slug,
    files: { 'paper.yaml': facts, 'ja.mdx': ja, 'en.mdx': en },
    theme: { ja: titleJa, en: titleEn },
  };
}

function digest(lang: 'ja' | 'en', papers: { slug: string; theme: { ja: string; en: string } }[]) {
  const isJa = lang === 'ja';
  const rows = papers.flatMap((p) => [
    `  - paper: ${p.slug}`,
    `    theme: ${yamlText(p.theme[lang])}`,
    `    area: ${isJa ? '産業と研究' : 'Industry and research'}`,
    `    impact: ${isJa ? '運用中のモデルの信頼性が高まる。' : 'Deployed models become more reliable.'}`,
    `    stakeholders: ${isJa ? '技術者、研究者' : 'Engineers, researchers'}`,
    `    risk: ${isJa ? '効果は検証された条件に限られる。' : 'The gains hold only under the conditions tested.'}`,
  ]);
  const intro = [
    '---',
    'kind: intro',
    `title: ${isJa ? `"合成ダイジェスト: ${papers.length} 件の論文"` : `"Synthetic digest: ${papers.length} papers"`}`,
    `description: ${isJa ? '規模の検証のために生成した論文のダイジェスト。' : 'A digest of generated papers for scale testing.'}`,
    `impactLabel: ${isJa ? 'この表は本ダイジェスト独自の評価である。' : "This table is the digest's own assessment."}`,
    'impact:',
    ...rows,
    '---',
    '',
    isJa
      ? `この版は ${papers.length} 件の合成論文で、サイトの規模に対する振る舞いを確かめるためのものである。`
      : `This edition holds ${papers.length} synthetic papers to test how the site scales.`,
    '',
  ].join('\n');
  const page = (kind: string, text: string) =>
    ['---', `kind: ${kind}`, '---', '', text, ''].join('\n');
  const outlook = page('outlook', isJa ? '今後も論文を追加していく。' : 'More papers will follow.');
  const about = page(
    'about',
    isJa ? '論文はすべて合成したものである。' : 'All papers are synthetic.',
  );
  return { intro, outlook, about };
}

/** Writes `count` synthetic papers (plus data and digests) into `target`, replacing what was there. */
export function generatePapers(target: string, count: number): void {
  const dir = resolve(target);
  if (dir === join(ROOT, 'content') || dir.startsWith(`${join(ROOT, 'content')}/`))
    throw new Error('generate-papers never writes into content/; pass a temporary folder');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'content/data'), join(dir, 'data'), { recursive: true });
  const papers = Array.from({ length: count }, (_, k) => syntheticPaper(k + 1));
  for (const p of papers) {
    const folder = join(dir, 'papers', p.slug);
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(p.files)) writeFileSync(join(folder, name), text);
  }
  for (const lang of ['ja', 'en'] as const) {
    mkdirSync(join(dir, 'digest', lang), { recursive: true });
    for (const [name, text] of Object.entries(digest(lang, papers)))
      writeFileSync(join(dir, 'digest', lang, `${name}.mdx`), text);
  }
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const [target, n] = process.argv.slice(2);
  const count = Number(n);
  if (!target || !Number.isInteger(count) || count < 1) {
    console.error('usage: node scripts/generate-papers.ts <target-dir> <count>');
    process.exit(2);
  }
  generatePapers(target, count);
  console.log(`wrote ${count} papers into ${resolve(target)}`);
}
