/**
 * Plain-text helpers for frontmatter prose (src/i18n/text.ts).
 */
import { describe, expect, test } from 'vitest';
import { paragraphs, segmentByScript, type Segment } from '../../src/i18n/text';

describe('paragraphs', () => {
  test.each<[string, string, string[]]>([
    ['splits on a blank line', 'First.\n\nSecond.', ['First.', 'Second.']],
    [
      'splits on a line holding only spaces or tabs',
      'First.\n  \t\nSecond.',
      ['First.', 'Second.'],
    ],
    ['collapses several blank lines', 'First.\n\n\n\nSecond.', ['First.', 'Second.']],
    ['drops leading and trailing blank lines', '\n\nOnly.\n\n', ['Only.']],
    ['returns nothing for blank text', ' \n\n \n', []],
    ['returns nothing for empty text', '', []],
    ['joins English lines with a space', 'A model is\ntrained here.', ['A model is trained here.']],
    ['joins English lines once, dropping the spaces around the break', 'one  \n  two', ['one two']],
    [
      'joins Japanese lines without a space',
      '運用時の入力分布が\n学習時と食い違う。',
      ['運用時の入力分布が学習時と食い違う。'],
    ],
    [
      'joins after Japanese punctuation without a space',
      '補正する。\n本論文は',
      ['補正する。本論文は'],
    ],
    [
      'joins before full-width brackets without a space',
      'テスト時適応\n（TTA）',
      ['テスト時適応（TTA）'],
    ],
    ['joins several Japanese lines', 'あ\nい\nう', ['あいう']],
    ['keeps a space between Latin and Japanese', 'SSA\nを提案する', ['SSA を提案する']],
    ['keeps a space between Japanese and Latin', '手法\nSSA', ['手法 SSA']],
    ['joins single-letter lines with spaces', 'a\nb\nc', ['a b c']],
    ['trims each paragraph', '  First.  \n\n  Second.  ', ['First.', 'Second.']],
  ])('%s', (_, input, expected) => {
    expect(paragraphs(input)).toEqual(expected);
  });
});

describe('segmentByScript', () => {
  const en = (text: string): Segment => ({ text, lang: 'en' });
  const ja = (text: string): Segment => ({ text, lang: 'ja' });
  const plain = (text: string): Segment => ({ text });

  test.each<[string, string, Segment[]]>([
    [
      'marks a Latin term in Japanese as en',
      '手法 SSA を提案',
      [plain('手法 '), en('SSA'), plain(' を提案')],
    ],
    [
      'marks a multi-word term with hyphens as one run',
      'SSA（Significant-subspace Alignment）は',
      [en('SSA'), plain('（'), en('Significant-subspace Alignment'), plain('）は')],
    ],
    [
      'keeps digits after a hyphen in the term',
      'ResNet-26 を使う',
      [en('ResNet-26'), plain(' を使う')],
    ],
    ['keeps an apostrophe inside a name', "Shin'ya と", [en("Shin'ya"), plain(' と')]],
    ['does not mark single letters', '変数 x と y', [plain('変数 x と y')]],
    ['does not mark a letter with a digit', 'L1 距離', [plain('L1 距離')]],
    ['marks a term at the very start and end', 'TTA と PCA', [en('TTA'), plain(' と '), en('PCA')]],
    ['leaves text without Latin words alone', 'すべて日本語。', [plain('すべて日本語。')]],
    ['returns nothing for empty text', '', []],
  ])('on a Japanese page %s', (_, text, expected) => {
    expect(segmentByScript(text, 'ja')).toEqual(expected);
  });

  test.each<[string, string, Segment[]]>([
    [
      'marks Japanese as ja',
      'The term 手法 means method',
      [plain('The term '), ja('手法'), plain(' means method')],
    ],
    [
      'marks kana and the prolonged-sound mark',
      'in テスト時適応 and データ',
      [plain('in '), ja('テスト時適応'), plain(' and '), ja('データ')],
    ],
    [
      'keeps Japanese punctuation inside a Japanese run',
      '深層学習、拡散モデル',
      [ja('深層学習、拡散モデル')],
    ],
    ['does not mark Latin text', 'Only English here.', [plain('Only English here.')]],
    ['marks a single kanji', 'the 字 character', [plain('the '), ja('字'), plain(' character')]],
  ])('on an English page %s', (_, text, expected) => {
    expect(segmentByScript(text, 'en')).toEqual(expected);
  });
});
