// Search: on the element marked `data-site-search` (the search page only), the
// words of `?q=` are looked up in this language's Pagefind index, narrowed by
// `?year=`, `?country=` and `?kind=` (Pagefind's filters, whose values the
// release pages give) and, with `?sort=newest`, ordered by date; the
// matching releases are listed, each with its dateline, its kind and its
// best-matching commitments or sections. The page's form (`data-search-form`)
// shows the choices of the address. Pagefind's script (the attribute's
// value) is imported only here, and it picks the index of the page's
// `<html lang>`. The server renders a paragraph that says search needs
// JavaScript and links the archive; it is hidden once this runs, and shown
// again if Pagefind cannot load.
//
//   <form data-search-form> <input name="q"> <select name="year|country|kind|sort"> … </form>
//   <div data-site-search="/pagefind/pagefind.js" data-searching="…" data-count="… {query} … {count}"
//        data-none="… {query} …" data-count-all="… {count}" data-none-all="…" data-failed="…">
//     <p data-search-fallback>…</p> <p role="status" data-search-status></p> <h2 hidden>…</h2>
//     <p data-search-archive hidden>… <a>…</a></p> <ol data-search-results></ol>
//   </div>

interface Excerpted {
  url: string;
  title: string;
  excerpt: string;
  /** The positions of the words that matched in this part of the page. */
  locations?: number[];
}

interface Found {
  url: string;
  meta: {title?: string; dateline?: string; kind?: string};
  excerpt: string;
  /** The page's indexed text, and the positions of its words that matched (words counted as whitespace separates them). */
  content: string;
  locations: number[];
  sub_results: Excerpted[];
}

interface Pagefind {
  options(options: {excerptLength?: number}): Promise<void>;
  search(
    query: string | null,
    options: {filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'>},
  ): Promise<{results: Array<{data(): Promise<Found>}>}>;
}

/** The filters an address may set, by the name of their parameter and of Pagefind's filter. */
const FILTERS = ['year', 'country', 'kind'] as const;

const MAX_RESULTS = 20;
const MAX_SUB_RESULTS = 3;

const host = document.querySelector<HTMLElement>('[data-site-search]');

// A word as compared: lower case, without accents or the punctuation around it.
const plain = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

// Whether a word of the page answers a word of the query: the same word, a
// form of it (Pagefind stems: "commitments" finds "commitment"), or, for the
// last word being typed, a word it begins. When no word of its index matches,
// Pagefind falls back to the longest prefix it knows ("azzzz" finds "a"):
// such a match shares only the first letters, and is no hit.
function answers(found: string, wanted: string, last: boolean): boolean {
  if (last && found.startsWith(wanted)) return true;
  let shared = 0;
  while (shared < Math.min(found.length, wanted.length) && found[shared] === wanted[shared]) shared++;
  return shared >= Math.min(wanted.length, Math.max(4, wanted.length - 3));
}

/** Whether a page really holds every word of the query, by the words Pagefind matched in it. */
function holdsQuery(page: Found, query: string): boolean {
  const wanted = query.split(/\s+/).map(plain).filter(Boolean);
  const words = page.content.split(/\s+/);
  const matched = page.locations.map((location) => plain(words[location] ?? ''));
  return wanted.every((word, index) => matched.some((each) => answers(each, word, index === wanted.length - 1)));
}
const fill = (template: string | undefined, values: Record<string, string>) =>
  (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

// Pagefind's excerpts are HTML with the matched words in <mark>: only the
// text and the marks are kept, built as nodes rather than parsed into the page.
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function link(url: string, title: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.textContent = title;
  return anchor;
}

function excerpt(html: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.append(...excerptNodes(html));
  return paragraph;
}

/** A result's line under its title: where and when, and what kind of document. */
function metaLine(page: Found): HTMLParagraphElement | null {
  const kind = page.meta.kind ? `${page.meta.kind.slice(0, 1).toLocaleUpperCase(document.documentElement.lang)}${page.meta.kind.slice(1)}` : '';
  const text = [page.meta.dateline, kind].filter(Boolean).join(' · ');
  if (!text) return null;
  const line = document.createElement('p');
  line.className = 'search-meta';
  line.textContent = text;
  return line;
}

/** A page's sections that matched, the best first (most matched words), without the page's own title. */
function bestSections(page: Found): Excerpted[] {
  return page.sub_results
    .filter((sub) => sub.url !== page.url)
    .map((sub, index) => ({sub, index, score: sub.locations?.length ?? 0}))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, MAX_SUB_RESULTS)
    .map(({sub}) => sub);
}

/** Show the address's choices in the page's form, where it offers them. */
function showChoices(params: URLSearchParams) {
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
  for (const name of ['q', ...FILTERS, 'sort']) {
    const control = form?.elements.namedItem(name);
    const value = params.get(name) ?? '';
    if (control instanceof HTMLInputElement) control.value = value.trim();
    if (control instanceof HTMLSelectElement && [...control.options].some((option) => option.value === value)) control.value = value;
  }
}

async function run(element: HTMLElement) {
  const fallback = element.querySelector<HTMLElement>('[data-search-fallback]');
  const status = element.querySelector<HTMLElement>('[data-search-status]');
  const archive = element.querySelector<HTMLElement>('[data-search-archive]');
  const list = element.querySelector<HTMLOListElement>('[data-search-results]');
  const heading = element.querySelector<HTMLElement>('h2');
  const params = new URLSearchParams(location.search);
  const query = (params.get('q') ?? '').trim();
  const filters = Object.fromEntries(FILTERS.map((name) => [name, (params.get(name) ?? '').trim()]).filter(([, value]) => value));
  const newest = params.get('sort') === 'newest';
  const field = document.querySelector<HTMLInputElement>('form[role="search"] input[type="search"]');
  if (field) field.value = query;
  showChoices(params);
  if (fallback) fallback.hidden = true;
  if ((!query && Object.keys(filters).length === 0) || !status || !list) return;
  status.textContent = element.dataset.searching ?? '';
  try {
    const pagefind = (await import(element.dataset.siteSearch ?? '')) as Pagefind;
    await pagefind.options({excerptLength: 30});
    const {results} = await pagefind.search(query || null, {filters, ...(newest ? {sort: {date: 'desc'}} : {})});
    // Pagefind's own order (or the newest first), without what only looks like a match.
    const found = (await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()))).filter((page) => !query || holdsQuery(page, query));
    list.replaceChildren(
      ...found.map((page) => {
        const item = document.createElement('li');
        item.append(link(page.url, page.meta.title ?? page.url));
        const meta = metaLine(page);
        if (meta) item.append(meta);
        if (query) item.append(excerpt(page.excerpt));
        const sections = query ? bestSections(page) : [];
        if (sections.length > 0) {
          const inner = document.createElement('ul');
          inner.append(
            ...sections.map((sub) => {
              const entry = document.createElement('li');
              entry.append(link(sub.url, sub.title), excerpt(sub.excerpt));
              return entry;
            }),
          );
          item.append(inner);
        }
        return item;
      }),
    );
    if (heading) heading.hidden = found.length === 0;
    if (archive) archive.hidden = found.length > 0;
    const count = String(results.length > MAX_RESULTS ? results.length : found.length);
    const message = query
      ? found.length > 0
        ? element.dataset.count
        : element.dataset.none
      : found.length > 0
        ? element.dataset.countAll
        : element.dataset.noneAll;
    status.textContent = fill(message, {query, count});
  } catch {
    status.textContent = element.dataset.failed ?? '';
    if (fallback) fallback.hidden = false;
  }
}

if (host) void run(host);

export {};
