import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, cspProblems, parseCsp } from '../../src/site/csp';

describe('CONTENT_SECURITY_POLICY', () => {
  test('has no problems by its own rules', () => {
    expect(cspProblems(CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  test('allows no inline script, no eval, no WebAssembly, no workers and no other origin for scripts', () => {
    const csp = parseCsp(CONTENT_SECURITY_POLICY);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'none'"]);
  });

  test('allows inline style attributes (KaTeX) but no <style> elements', () => {
    const csp = parseCsp(CONTENT_SECURITY_POLICY);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  test('leaves out directives that a <meta> policy cannot carry', () => {
    const names = [...parseCsp(CONTENT_SECURITY_POLICY).keys()];
    for (const ignored of ['frame-ancestors', 'sandbox', 'report-uri', 'report-to'])
      expect(names).not.toContain(ignored);
  });
});

describe('cspProblems', () => {
  test.each([
    [
      "script-src 'self' 'unsafe-inline'; default-src 'self'; object-src 'none'",
      "script-src-elem: allows 'unsafe-inline'",
    ],
    [
      "script-src 'self' 'sha256-abc='; default-src 'self'; object-src 'none'",
      "script-src-elem: allows 'sha256-abc='",
    ],
    [
      "default-src 'self' https://cdn.example.com; object-src 'none'",
      'font-src: allows https://cdn.example.com',
    ],
    [
      "script-src 'self' 'wasm-unsafe-eval'; default-src 'self'; object-src 'none'",
      "script-src-elem: allows 'wasm-unsafe-eval'",
    ],
    ["default-src 'self'", "object-src: not 'none'"],
    ["script-src 'self'; object-src 'none'", 'font-src: not restricted'],
  ])('%s → reports “%s”', (policy, problem) => {
    expect(cspProblems(policy)).toContain(problem);
  });

  test('accepts style hashes but not script hashes', () => {
    expect(
      cspProblems("default-src 'self'; style-src 'self' 'sha256-x='; object-src 'none'"),
    ).toEqual([]);
  });
});
