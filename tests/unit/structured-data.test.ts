/**
 * JSON-LD objects of paper pages (src/cite/structured-data.ts).
 */
import { describe, expect, test } from 'vitest';
import { jsonLdText, paperPageJsonLd, scholarlyArticle } from '../../src/cite/structured-data';
import { sampleView } from './support/paper-view';

const page = {
  url: 'https://example.org/iclr2025/en/papers/test-time-adaptation-regression/',
  image: 'https://example.org/iclr2025/og/en/papers/test-time-adaptation-regression.png',
  siteName: 'NTT at ICLR 2025: A Paper Digest',
  siteUrl: 'https://example.org/iclr2025/en/',
};

describe('paperPageJsonLd', () => {
  const ld = paperPageJsonLd(sampleView('en'), page);

  test('describes the page as an Article in its language, about the original paper', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      inLanguage: 'en',
      url: page.url,
      image: page.image,
    });
    expect(ld['headline']).toBe('Test-time Adaptation for Regression');
    expect(ld['about']).toMatchObject({
      '@type': 'ScholarlyArticle',
      name: 'Test-time Adaptation for Regression by Subspace Alignment',
    });
    expect(ld['isPartOf']).toEqual({ '@type': 'WebSite', name: page.siteName, url: page.siteUrl });
  });

  test("uses the Japanese edition's language and title on Japanese pages", () => {
    const ja = paperPageJsonLd(sampleView('ja'), {
      ...page,
      siteName: 'NTT ICLR 2025 論文ダイジェスト',
    });
    expect([ja['inLanguage'], ja['headline']]).toEqual(['ja', '回帰のためのテスト時適応']);
  });

  test('survives a JSON round trip unchanged (plain data only)', () => {
    expect(JSON.parse(jsonLdText(ld))).toEqual(ld);
  });
});

describe('scholarlyArticle', () => {
  const about = scholarlyArticle(sampleView('en'));

  test('lists authors in order with their confirmed affiliations only', () => {
    const person = (name: string, org: string) => ({
      '@type': 'Person',
      name,
      affiliation: [{ '@type': 'Organization', name: org }],
    });
    // Adachi's and Yamaguchi's second affiliations are unconfirmed.
    expect(about['author']).toEqual([
      person('Kazuki Adachi', 'NTT Corporation'),
      person("Shin'ya Yamaguchi", 'NTT Corporation'),
      person('Atsutoshi Kumagai', 'NTT Corporation'),
      person('Tomoki Hamagami', 'Yokohama National University'),
    ]);
  });

  test('names ICLR 2025 with its dates and city', () => {
    expect(about['publication']).toMatchObject({
      '@type': 'PublicationEvent',
      name: 'ICLR 2025',
      startDate: '2025-04-24',
      endDate: '2025-04-28',
      location: { name: 'Singapore' },
    });
  });

  test('links arXiv and OpenReview with sameAs and the code repository', () => {
    expect(about['sameAs']).toEqual([
      'https://arxiv.org/abs/2410.03263',
      'https://openreview.net/forum?id=SXtl7NRyE5',
    ]);
    expect(about['url']).toBe('https://openreview.net/forum?id=SXtl7NRyE5');
    expect(about['workExample']).toEqual({
      '@type': 'SoftwareSourceCode',
      codeRepository: 'https://github.com/kzkadc/regression-tta',
      url: 'https://github.com/kzkadc/regression-tta',
    });
  });

  test('leaves out OpenReview and code when they are not confirmed', () => {
    const bare = scholarlyArticle(sampleView('en', { openreview: undefined, code: undefined }));
    expect(bare['sameAs']).toEqual(['https://arxiv.org/abs/2410.03263']);
    expect(bare).not.toHaveProperty('workExample');
  });
});

describe('jsonLdText', () => {
  test('escapes "<" so a title cannot close the script element', () => {
    const text = jsonLdText({ headline: 'a </script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ headline: 'a </script><script>alert(1)</script>' });
  });
});
