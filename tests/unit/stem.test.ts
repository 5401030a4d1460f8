/**
 * The inflectional stemmer (src/search/engine/stem.ts): Porter's steps 1 and 5, checked on
 * the examples of Porter's paper for those steps, and on what matters for search here.
 */
import { describe, expect, test } from 'vitest';
import { lightStem, measure } from '../../src/search/engine/stem';

describe('measure (Porter m)', () => {
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
  ] as const)('%s → %i', (stem, m) => {
    expect(measure(stem)).toBe(m);
  });
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

  test('inflections of one word meet', () => {
    for (const group of [
      ['match', 'matches', 'matched', 'matching'],
      ['merge', 'merges', 'merged', 'merging'],
      ['encode', 'encodes', 'encoded', 'encoding', 'encodings'],
      ['model', 'models', 'modeling', 'modeled'],
      ['label', 'labels', 'labeled', 'labeling'],
      ['study', 'studies', 'studied'],
    ]) {
      expect(new Set(group.map(lightStem)), group.join(', ')).toHaveProperty('size', 1);
    }
  });

  test('derived words stay apart (full Porter sends each of these groups to one stem)', () => {
    for (const group of [
      ['positive', 'positional', 'position'],
      ['general', 'generic', 'generalization'],
      ['diffusion', 'diffuse'],
    ]) {
      expect(new Set(group.map(lightStem)), group.join(', ')).toHaveProperty('size', group.length);
    }
  });

  test('one- and two-letter words are kept', () => {
    expect(['a', 'is', 'as', 'ml'].map(lightStem)).toEqual(['a', 'is', 'as', 'ml']);
  });
});
