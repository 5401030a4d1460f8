/**
 * KaTeX checks (src/markdown/math.ts) shared by the pipeline and the linter.
 */
import { describe, expect, test } from 'vitest';
import { KATEX_OPTIONS, texError } from '../../src/markdown/math';

describe('texError', () => {
  test.each([
    ['x^2', false],
    ['\\frac{1}{2}', true],
    ['\\mathcal{L}_{\\mathrm{TTA}}(\\phi)=\\sum_{d=1}^{K}\\alpha_d', true],
    ['x_{\\text{ソース}}', false],
    ['a \\vert b \\mid c', false],
  ])('accepts %j (display %s)', (tex, display) => {
    expect(texError(tex, display)).toBeNull();
  });

  test.each([
    ['\\frac{1}{', /Unexpected end of input/],
    ['\\nosuchmacro', /Undefined control sequence: \\nosuchmacro/],
    ['x = あ', /.+/],
    ['\\left( x', /\\right/],
  ])('explains why %j cannot be rendered', (tex, message) => {
    const error = texError(tex, true);
    expect(error).toMatch(message);
    expect(error).not.toMatch(/^KaTeX parse error: /);
  });
});

describe('KATEX_OPTIONS', () => {
  test('turns warnings into errors and keeps MathML', () => {
    expect(KATEX_OPTIONS).toEqual({ strict: 'error', output: 'htmlAndMathml' });
  });
});
