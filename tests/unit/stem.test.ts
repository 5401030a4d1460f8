/**
 * The inflectional stemmer (src/search/engine/stem.ts): Porter's steps 1 and 5, checked on
 * the examples of Porter's paper for those steps, and on what matters for search here.
 */
import { describe, expect, test } from 'vitest';
import { lightStem, measure } from '../../src/search/engine/stem';

test.each([
  ['tr', 0],
  ['ee', 0],
  ['tree', 0],
  ['y', 0],
  ['by', 0],
  ['trouble', 1],
  ['oats', 1],
  ['trees', 1],
  ['ivy', 1],
  ['troubles', 2],
  ['private', 2],
  ['oaten', 2],
  ['orrery', 2],
] as const)('measure (Porter m): %s → %i', (stem, m) => {
  expect(measure(stem)).toBe(m);
});

describe('lightStem', () => {
  // Porter (1980), steps 1a–1c and 5, run through the whole of this stemmer.
  test.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['ties', 'ti'],
    ['caress', 'caress'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['bled', 'bled'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['conflated', 'conflat'],
    ['troubled', 'troubl'],
    ['sized', 'size'],
    ['hopping', 'hop'],
    ['tanned', 'tan'],
    ['falling', 'fall'],
    ['hissing', 'hiss'],
    ['fizzed', 'fizz'],
    ['failing', 'fail'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['sky', 'sky'],
    ['probate', 'probat'],
    ['rate', 'rate'],
    ['cease', 'ceas'],
    ['controll', 'control'],
    ['roll', 'roll'],
  ] as const)('%s → %s', (word, stem) => {
    expect(lightStem(word)).toBe(stem);
  });

  // Inflections of one word meet; derived words stay apart (full Porter sends each of those
  // groups to one stem).
  test.each([
    [['match', 'matches', 'matched', 'matching'], 1],
    [['merge', 'merges', 'merged', 'merging'], 1],
    [['encode', 'encodes', 'encoded', 'encoding', 'encodings'], 1],
    [['model', 'models', 'modeling', 'modeled'], 1],
    [['label', 'labels', 'labeled', 'labeling'], 1],
    [['study', 'studies', 'studied'], 1],
    [['positive', 'positional', 'position'], 3],
    [['general', 'generic', 'generalization'], 3],
    [['diffusion', 'diffuse'], 2],
  ])('%j stem to %i distinct stems', (group, stems) => {
    expect(new Set(group.map(lightStem)).size).toBe(stems);
  });

  test('one- and two-letter words are kept', () => {
    expect(['a', 'is', 'as', 'ml'].map(lightStem)).toEqual(['a', 'is', 'as', 'ml']);
  });
});
