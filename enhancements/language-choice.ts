// On `/` (the language choice), where the server could not choose from
// Accept-Language (a static host or a CDN that cannot negotiate): go to the
// first of the browser's languages that one of the page's links offers.
// Without JavaScript, or for any other language, the reader chooses.
//
//   <main data-language-choice> … <a href="/nl/" hreflang="nl">…</a> …

const choice = document.querySelector('[data-language-choice]');
const offered = new Map([...(choice?.querySelectorAll<HTMLAnchorElement>('a[hreflang]') ?? [])].map((link) => [link.hreflang.toLowerCase(), link.href]));
const wanted = navigator.languages?.length ? navigator.languages : [navigator.language];
const target = wanted.map((language) => offered.get(String(language).toLowerCase().split('-')[0] ?? '')).find(Boolean);
if (target) window.location.replace(target);

export {};
