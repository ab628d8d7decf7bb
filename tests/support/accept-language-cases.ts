// Accept-Language headers and the language `/` must send each to: checked
// against the rule (lib/serving/accept-language.test.ts) and against both servers
// (tests/e2e/pages.spec.ts).
export const NEGOTIATION_CASES: ReadonlyArray<[header: string, expected: 'nl' | 'en' | undefined]> = [
  ['nl-BE', 'nl'],
  ['nl-BE,nl;q=0.9,en;q=0.8', 'nl'],
  ['en-GB,fr;q=0.5', 'en'],
  ['EN-gb', 'en'],
  ['fr, en, nl', 'en'],
  ['fr-BE,fr;q=0.9,nl;q=0.7,en;q=0.5', 'nl'],
  ['nl;q=0, en', 'en'],
  ['nl;q=0.000,en;q=0.1', 'en'],
  ['nl;q=0.5', 'nl'],
  [' en ; q=0.8 ', 'en'],
  ['de', undefined],
  ['*', undefined],
  ['nlx, enx', undefined],
  ['en;q=0', undefined],
  ['', undefined],
  [',,,;;;', undefined],
];
