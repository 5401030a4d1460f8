/**
 * The search regression cases, run through the shipped search code in Node over the built index
 * files by tests/build/search-index.test.ts (the dialog and the search page call that same code
 * with the trimmed query: tests/e2e/search-dialog.test.ts and tests/e2e/search.test.ts prove
 * their wiring in Chromium).
 */
import type { Lang } from './site';

export const TTA = 'test-time-adaptation-regression';
export const LMC = 'linear-mode-connectivity-weight-matching';
export const PUDM = 'pu-diffusion-models';
export const WAVE = 'wavelet-positional-representation';

/** [edition, query, first paper, kind of query, section id offered under the first result]. */
type Case = [Lang, string, string, string, string?];
export const CASES: Case[] = [
  // Japanese
  ['ja', '回帰', TTA, 'ja'],
  ['ja', 'テスト時適応', TTA, 'ja', 'significance'],
  ['ja', '共変量シフト', TTA, 'ja', 'limitations'],
  ['ja', '部分空間', TTA, 'ja'],
  ['ja', 'ハール', WAVE, 'ja: the figure caption (RoPE as a Haar-like wavelet)'],
  ['ja', 'ガウス', TTA, 'ja: dakuten'],
  ['ja', '拡散モデル', PUDM, 'ja'],
  ['ja', '不適切', PUDM, 'ja'],
  ['ja', '正例ラベルなし', PUDM, 'ja'],
  ['ja', '重みマッチング', LMC, 'ja'],
  ['ja', 'モデルマージ', LMC, 'ja'],
  ['ja', '特異値', LMC, 'ja'],
  ['ja', '特異ベクトル', LMC, 'ja', '特異ベクトルなら説明できる'],
  ['ja', '位置符号化', WAVE, 'ja'],
  ['ja', '外挿', WAVE, 'ja'],
  ['ja', '長文脈', WAVE, 'ja'],
  ['ja', 'ウェーブレット', WAVE, 'ja'],
  ['ja', 'パープレキシティ', WAVE, 'ja', '設定1wikitext-103-での言語モデル'],
  // Compound terms Pagefind segments badly (pagefind#1237)
  ['ja', '線形モード接続性', LMC, 'compound', 'summary'],
  ['ja', '正例ラベルなし学習', PUDM, 'compound'],
  ['ja', '回転位置埋め込み', WAVE, 'compound'],
  ['ja', 'ウェーブレット変換', WAVE, 'compound', '分析の道具としてのウェーブレット変換'],
  ['ja', '置換対称性', LMC, 'compound'],
  ['ja', '主成分分析', TTA, 'compound'],
  // Abbreviations and English terms on the Japanese edition
  ['ja', 'TTA', TTA, 'abbreviation'],
  ['ja', 'LMC', LMC, 'abbreviation'],
  ['ja', 'PCA', TTA, 'abbreviation'],
  ['ja', 'RoPE', WAVE, 'abbreviation'],
  ['ja', 'ALiBi', WAVE, 'abbreviation'],
  ['ja', 'STE', LMC, 'abbreviation', '他の置換探索法への拡張'],
  ['ja', 'absPU', PUDM, 'abbreviation', 'pu-学習への書き換え'],
  ['ja', 'Git Re-Basin', LMC, 'en on ja'],
  ['ja', 'Stable Diffusion', PUDM, 'en on ja'],
  ['ja', 'weight matching', LMC, 'en on ja'],
  ['ja', 'diffusion', PUDM, 'en on ja'],
  ['ja', 'SSA', TTA, 'en on ja'],
  ['ja', 'test-time adaptation', TTA, 'en on ja'],
  // Full-width and half-width forms
  ['ja', 'ＴＴＡ', TTA, 'full-width'],
  ['ja', 'ＲｏＰＥ', WAVE, 'full-width'],
  ['ja', 'ｌｍｃ', LMC, 'full-width'],
  ['ja', 'ＰＵ学習', PUDM, 'full-width'],
  ['ja', 'ｳｪｰﾌﾞﾚｯﾄ', WAVE, 'half-width katakana'],
  // Katakana and kanji variants
  ['ja', 'ウエーブレット変換', WAVE, 'katakana variant'],
  ['ja', 'ウェイトマッチング', LMC, 'katakana variant'],
  ['ja', 'ディフュージョンモデル', PUDM, 'katakana variant'],
  ['ja', '位置エンコーディング', WAVE, 'katakana variant'],
  ['ja', 'テストタイム適応', TTA, 'kanji/katakana variant'],
  ['ja', '線形モード連結性', LMC, 'kanji variant'],
  // Mixed
  ['ja', '拡散モデル PU', PUDM, 'mixed'],
  ['ja', 'RoPE 外挿', WAVE, 'mixed'],
  ['ja', 'TTA 回帰', TTA, 'mixed'],
  // English
  ['en', 'regression', TTA, 'en'],
  ['en', 'test-time adaptation', TTA, 'en'],
  ['en', 'subspace', TTA, 'en'],
  ['en', 'covariate shift', TTA, 'en', 'problem'],
  ['en', 'California Housing', TTA, 'en', 'experimental-setup'],
  ['en', 'diffusion', PUDM, 'en'],
  ['en', 'positive-unlabeled', PUDM, 'en'],
  ['en', 'sensitive data', PUDM, 'en'],
  ['en', 'Brad Pitt', PUDM, 'en', 'datasets-and-settings'],
  ['en', 'linear mode connectivity', LMC, 'en'],
  ['en', 'weight matching', LMC, 'en'],
  ['en', 'singular vectors', LMC, 'en'],
  ['en', 'permutation', LMC, 'en'],
  ['en', 'model merging', LMC, 'en'],
  ['en', 'Git Re-Basin', LMC, 'en', 'problem'],
  ['en', 'positional encoding', WAVE, 'en'],
  ['en', 'perplexity', WAVE, 'en', 'language-modeling-on-wikitext-103'],
  ['en', 'extrapolation', WAVE, 'en'],
  ['en', 'wavelet', WAVE, 'en'],
  ['en', 'long context', WAVE, 'en'],
  // Words found only in a page's 3つの要点 / Key points, offered as that section
  ['ja', '裏付けられてきた', LMC, 'ja: a key point', 'key-points'],
  ['ja', '読み解いた', WAVE, 'ja: a key point', 'key-points'],
  ['en', 'representations', WAVE, 'en: a key point', 'key-points'],
  ['en', 'treating', PUDM, 'en: a key point', 'key-points'],
  // Inflections meet, derived words stay apart (full Porter stemmed all three "posit").
  ['en', 'positive', PUDM, 'stemming'],
  ['en', 'positional', WAVE, 'stemming'],
  ['en', 'token positions', WAVE, 'stemming'],
  ['en', 'matched models', LMC, 'stemming'],
  ['en', 'TTA', TTA, 'abbreviation'],
  ['en', 'LMC', LMC, 'abbreviation'],
  ['en', 'RoPE', WAVE, 'abbreviation'],
  ['en', 'PU learning', PUDM, 'abbreviation'],
  ['en', 'rotary position embedding', WAVE, 'glossary synonym'],
  ['en', 'ＲｏＰＥ', WAVE, 'full-width'],
  ['en', 'test time adaptation', TTA, 'spelling variant'],
  ['en', 'テスト時適応', TTA, 'ja on en'],
  ['en', '線形モード接続性', LMC, 'ja on en'],
  ['en', '位置符号化', WAVE, 'ja on en'],
];

/**
 * Queries that must find nothing: chrome and TeX are not indexed. (That dakuten are not folded
 * away, カウス finding nothing where ガウス is, is proven on fixture pages in
 * tests/unit/search-index.test.ts.)
 */
export const EMPTY: [Lang, string, string][] = [
  ['ja', 'ドーベルマン', 'in no page'],
  ['ja', '本文へ移動', 'the skip link'],
  ['ja', '原論文で確認してください', 'the footer'],
  ['en', 'mathcal', 'the TeX source of a formula'],
  ['ja', 'mathrm', 'the TeX source of a formula'],
];
