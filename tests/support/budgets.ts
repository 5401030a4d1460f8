/**
 * Page-weight budgets: the one place for the numbers `npm test` enforces (tests/e2e/budgets.test.ts)
 * and `npm run bench` reports against. Only deterministic figures: bytes on the wire after
 * compression (brotli, as a CDN serves them) and request counts, on a cold first load (a page
 * with math is then read through to its last formula, so every KaTeX font it uses is counted).
 */

const KiB = 1024;

export const BUDGETS = {
  /** Every page without math: everything it transfers on first load. */
  pageTotal: 20 * KiB,
  /** A page with math other than a paper page: everything except the KaTeX fonts it loads… */
  mathPageBeforeFonts: 30 * KiB,
  /**
   * A paper page loaded at phone width (360 px), figures included: everything except the fonts
   * it loads (it takes the place of `mathPageBeforeFonts` for paper pages).
   */
  paperPageBeforeFonts: 40 * KiB,
  /** …every KaTeX font it can fetch (read through to its last formula, subset fonts)… */
  mathPageFonts: 25 * KiB,
  /**
   * …and everything including them, at desktop width. 54 KiB since issue 24 put each term's
   * definition in place (popovers), the link row and the phone card and scroll-shadow CSS on every
   * paper page (ja paper 1 measured 53.5 KiB); 53 KiB after issue 20's key points and paper 1's
   * results tables (51.8 KiB then); 50 KiB before.
   */
  mathPageTotal: 54 * KiB,
  /** JavaScript loaded on first load by any page (search code loads only when used). */
  firstLoadJs: 5 * KiB,
  /** Requests on first load of a page without math (HTML, CSS, JS, icon, manifest). */
  pageRequests: 10,
  /** Requests on first load of a page with math (KaTeX fonts included). */
  mathPageRequests: 20,
  /** One figure's HTML (inline SVG, caption, legend, data table), brotli-compressed. */
  figure: 8 * KiB,
} as const;

/** The phone width at which a paper page is measured against `paperPageBeforeFonts`. */
export const PHONE_VIEWPORT = { width: 360, height: 800 } as const;

/** Whether a page path is one paper's page (`/papers/<slug>/`, `/en/papers/<slug>/`). */
export const isPaperPage = (path: string): boolean =>
  /\/papers\/(?!page\/)[^/]+\/$/.test(path.split(/[?#]/)[0] ?? path);

/** Resource kinds a page load is split into. */
const KINDS = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type ResourceKind = (typeof KINDS)[number];

/** What one cold page load transferred. */
export interface PageWeight {
  /** URL path of the page, e.g. "/en/papers/x/". */
  page: string;
  /** The page shows KaTeX math. */
  hasMath: boolean;
  /** Bytes on the wire per kind (compressed, headers included). */
  bytes: Record<ResourceKind, number>;
  /** Requests per kind. */
  requests: Record<ResourceKind, number>;
  /** Bytes of the KaTeX web fonts among `bytes.font`. */
  katexFontBytes: number;
}

/** Classifies a response by URL and MIME type. */
export function resourceKind(url: string, mime: string): ResourceKind {
  const path = url.split(/[?#]/)[0] ?? url;
  if (mime.includes('html')) return 'html';
  if (mime.includes('css') || path.endsWith('.css')) return 'css';
  if (mime.includes('javascript') || /\.m?js$/.test(path) || mime.includes('wasm')) return 'js';
  if (mime.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (mime.startsWith('image/')) return 'image';
  return 'other';
}

/** An empty per-kind record. */
export const emptyByKind = () =>
  Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<ResourceKind, number>;

const sum = (r: Record<ResourceKind, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/** Total bytes and requests of a page load. */
export const totals = (w: PageWeight) => ({ bytes: sum(w.bytes), requests: sum(w.requests) });

const kib = (n: number) => `${(n / KiB).toFixed(1)} KiB`;

/**
 * Every budget the page goes over, each as one readable line naming the page, the figure,
 * the measured value and the budget (empty when the page is within budget).
 */
export function budgetViolations(w: PageWeight, budgets: typeof BUDGETS = BUDGETS): string[] {
  const out: string[] = [];
  const { bytes, requests } = totals(w);
  const over = (figure: string, value: number, limit: number, fmt: (n: number) => string = kib) => {
    if (value > limit)
      out.push(`${w.page}: ${figure} is ${fmt(value)}, over the budget of ${fmt(limit)}`);
  };
  if (w.hasMath) {
    // A paper page is judged before fonts at phone width (paperPageViolations).
    if (!isPaperPage(w.page))
      over(
        'bytes transferred before KaTeX fonts',
        bytes - w.katexFontBytes,
        budgets.mathPageBeforeFonts,
      );
    over('KaTeX fonts', w.katexFontBytes, budgets.mathPageFonts);
    over('bytes transferred with KaTeX fonts', bytes, budgets.mathPageTotal);
    over('requests', requests, budgets.mathPageRequests, String);
  } else {
    over('bytes transferred', bytes, budgets.pageTotal);
    over('requests', requests, budgets.pageRequests, String);
  }
  over('JavaScript on first load', w.bytes.js, budgets.firstLoadJs);
  return out;
}

/**
 * The paper-page budget, for a load measured at phone width (`PHONE_VIEWPORT`): bytes on the
 * wire before any font (empty when within budget, or when `w` is not a paper page).
 */
export function paperPageViolations(w: PageWeight, budgets: typeof BUDGETS = BUDGETS): string[] {
  if (!isPaperPage(w.page)) return [];
  const beforeFonts = totals(w).bytes - w.bytes.font;
  return beforeFonts > budgets.paperPageBeforeFonts
    ? [
        `${w.page}: bytes transferred before fonts at phone width is ${kib(beforeFonts)}, over the budget of ${kib(budgets.paperPageBeforeFonts)}`,
      ]
    : [];
}
