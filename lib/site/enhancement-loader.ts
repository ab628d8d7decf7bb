// How a page loads its enhancements (issue 30): one small inline script, the
// same on every page and forever, imports the page's bundle (named in its
// `data-enhance`) once the page has shown its first text. A module script
// (`<script type="module" src>`) is requested by Chromium's preload scanner
// in the task that commits the navigation, before the first paint; Lighthouse
// then counts that task and the request on the way to the largest paint, and
// on a phone's network the request shares the one connection with the
// stylesheet the paint waits for. Nothing an enhancement does is needed to
// read the page: it can wait until the reader has text.
//
// The text below is hashed into the Content-Security-Policy
// (lib/serving/security-headers.ts): change a byte and the hash changes
// with it, on every server at the next build; a deployed nginx must then be
// reloaded with the new configuration (docs/deploying.md).

/**
 * The enhancements a page is for rather than adds to, which load at once, as
 * a module script in the head: search lists its results only with its
 * script, and would otherwise paint its no-JavaScript note first and then
 * move what follows it up (a layout shift).
 */
export const ENHANCEMENTS_AT_ONCE: readonly string[] = ['data-site-search'];

/** The attribute of the loader's script that names the bundle to import. */
export const ENHANCEMENT_LOADER_ATTRIBUTE = 'data-enhance';

/**
 * The loader: waits for the first contentful paint (a `paint` entry, which
 * browsers report once the frame is presented), then imports the bundle, once.
 * It imports at once where paint timing is not supported, and when the page
 * is hidden (opened in the background, or left before its first paint):
 * nothing is painted then for the bundle to wait for, and a hidden page may
 * never report a paint.
 */
export const ENHANCEMENT_LOADER =
  '(()=>{let started;const src=document.currentScript.dataset.enhance,load=()=>started||(started=import(src));' +
  'if(document.visibilityState!=="hidden"&&PerformanceObserver.supportedEntryTypes.includes("paint")){' +
  'new PerformanceObserver((list,observer)=>{list.getEntriesByName("first-contentful-paint").length&&(observer.disconnect(),load())})' +
  '.observe({type:"paint",buffered:true});' +
  'addEventListener("visibilitychange",load,{once:true})' +
  '}else load()})()';
