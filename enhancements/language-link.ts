// The link to the same page in another language keeps the reader's place:
// the `#fragment` they followed, or else the commitment or paragraph they
// have scrolled to, the last at the top of the viewport (server-rendered
// elements marked `data-anchor`). Without JavaScript the link leads to the
// top of that page.
//
//   <a href="/nl/release/" data-language-link data-fragment-fallbacks='{"intro-p2":"intro"}'>

const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')];
const anchors = [...document.querySelectorAll<HTMLElement>('[data-anchor][id]')];

/** Whether an element shows at least partly in the viewport. */
function inView(element: Element): boolean {
  const {top, bottom} = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}

/** The last anchor whose top edge has reached the top of the viewport (allowing for its scroll margin). */
function anchorAtTop(): HTMLElement | undefined {
  let found: HTMLElement | undefined;
  for (const anchor of anchors) {
    const margin = parseFloat(getComputedStyle(anchor).scrollMarginTop) || 0;
    if (anchor.getBoundingClientRect().top > margin + 1) break;
    found = anchor;
  }
  return found;
}

// The reader's place as last seen: kept while they scroll up into the
// header, where the language link is, so that reaching it does not lose it.
let place = '';

/** The fragment the reader followed, if any. */
function followed(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    // A malformed escape: no element has that id.
    return '';
  }
}

/** The reader's place: the fragment they followed while it is in view, else the anchor at the top, else where they were. */
function readersPlace(): string {
  const fragment = followed();
  // Only the reader's own places: not, say, `#main` from the skip link.
  const target = fragment ? document.getElementById(fragment) : null;
  const anchored = target?.matches('[data-anchor]') ? target : null;
  if (anchored && inView(anchored)) return fragment;
  const top = anchorAtTop();
  if (top) return top.id;
  return place || (anchored ? fragment : '');
}

function update(): void {
  place = readersPlace();
  const fragment = place;
  for (const link of links) {
    const fallbacks = JSON.parse(link.dataset.fragmentFallbacks || '{}') as Record<string, string>;
    const carried = fallbacks[fragment] ?? fragment;
    const url = new URL(link.href);
    // Empty, it leaves no `#`: the plain address of the page.
    url.hash = carried;
    link.setAttribute('href', `${url.pathname}${url.search}${url.hash}`);
  }
}

let pending = false;
function scheduleUpdate(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    update();
  });
}

if (links.length > 0) {
  // After the first paint rather than before it: measuring the anchors makes
  // the browser lay the page out, work that would otherwise delay the moment
  // the reader first sees the text. The link is exact at the moment of use
  // anyway (below).
  requestAnimationFrame(() => setTimeout(update));
  window.addEventListener('hashchange', update);
  window.addEventListener('pageshow', update);
  window.addEventListener('scroll', scheduleUpdate, {passive: true});
  window.addEventListener('resize', scheduleUpdate, {passive: true});
  // Exact at the moment of use, whatever the last frame saw.
  for (const link of links) {
    link.addEventListener('pointerdown', update);
    link.addEventListener('focus', update);
    link.addEventListener('click', update);
  }
}

export {};
