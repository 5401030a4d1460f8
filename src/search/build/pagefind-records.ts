/**
 * Reads the pages Pagefind extracted out of the files its Node API returns (`getFiles()`):
 * each `fragment/<lang>_<hash>.pf_fragment` is gzip'd JSON (after an optional `pagefind_dcd`
 * marker) with the page's address, title, text, anchors and filters. Pagefind stays the
 * indexer of the built HTML; only its WebAssembly reader is replaced by a smaller one.
 */
import { gunzipSync } from 'node:zlib';
import type { PageRecord } from './build';

interface Fragment {
  url: string;
  content: string;
  meta?: { title?: string };
  anchors?: PageRecord['anchors'];
  filters?: Record<string, string[]>;
}

const FRAGMENT = /^fragment\/([a-z-]+)_[0-9a-f]+\.pf_fragment$/i;

/** Pages by language, in address order, from Pagefind's files. */
export function pagefindRecords(
  files: readonly { path: string; content: Uint8Array }[],
): Map<string, PageRecord[]> {
  const out = new Map<string, PageRecord[]>();
  for (const file of files) {
    const m = FRAGMENT.exec(file.path.replace(/\\/g, '/').replace(/^pagefind\//, ''));
    if (!m) continue;
    const lang = (m[1] as string).toLowerCase();
    let text = gunzipSync(file.content).toString('utf8');
    if (text.startsWith('pagefind_dcd')) text = text.slice('pagefind_dcd'.length);
    const f = JSON.parse(text) as Fragment;
    const record: PageRecord = {
      url: f.url,
      title: f.meta?.title ?? f.url,
      content: f.content,
      anchors: f.anchors ?? [],
      filters: f.filters ?? {},
    };
    const list = out.get(lang) ?? [];
    list.push(record);
    out.set(lang, list);
  }
  for (const list of out.values())
    list.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return out;
}
