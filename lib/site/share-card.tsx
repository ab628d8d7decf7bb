// Rendered to PNG at build time by Satori (lib/build/share-render.ts), so only the
// CSS Satori supports: flex layout and inline styles.

/** The size of every share image, as Open Graph and X (Twitter) want it. */
export const SHARE_IMAGE_SIZE = {width: 1200, height: 630} as const;

interface Props {
  /** The release's countries: ISO 3166-1 alpha-2 code (or `EU`, `UN`) and name in the image's language. */
  countries: Array<{code: string; name: string}>;
  /** What stands for the countries when there are too many for chips: "28 countries". */
  countryCount?: string;
  /** "Commitment 3", or nothing for the statement as a whole and for a plain section. */
  label?: string;
  number?: number;
  heading: string;
  dateline: string;
  /** The release's title, shown under the dateline when the heading is a section's. */
  title: string;
  /** In the preview for journalists, on an embargoed release: "Embargoed until …", in place of the countries. */
  banner?: string;
}

// The card's geometry, to fit any content without clipping: Satori lays text
// out but cannot shrink it, and text that does not fit pushes the dateline
// off the card. Widths are estimates on the generous side for Noto Sans.
const CONTENT_WIDTH = SHARE_IMAGE_SIZE.width - 2 * 72;
const CHIP_WIDTH = 64;
const CHIP_GAP = 16;
// Bold at 30 px, the country names.
const NAME_CHARACTER_WIDTH = 19;
/** The most countries shown as chips; more are shown as their count. */
export const MAX_COUNTRY_CHIPS = Math.floor((CONTENT_WIDTH + CHIP_GAP) / (CHIP_WIDTH + CHIP_GAP));
// Headings and titles longer than the card holds end in an ellipsis at a word; the text alternative keeps them whole.
const MAX_HEADING = 220;
const MAX_TITLE_LINE = 64;

/** A text cut at a word to at most `max` characters, with an ellipsis when cut. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** The heading's size: smaller as it grows, so that the longest still fits between the countries and the rule. */
function headingSize(length: number): number {
  if (length > 160) return 34;
  return length > 110 ? 40 : 52;
}

// Each country as a chip with its code: flags would need an emoji font
// Satori does not have, and fixed colours would be one country's for all.
const chip = (code: string) => (
  <div key={code} style={{display: 'flex', padding: '2px 10px', border: '2px solid #4a4a4a', borderRadius: 6, fontSize: 26, fontWeight: 700, color: '#1b1b1b'}}>
    {code}
  </div>
);

/** The 1200×630 share image of a statement or of one commitment. */
export default function ShareCard({countries, countryCount, label, number, heading, dateline, title, banner}: Props) {
  const shown = shorten(heading, MAX_HEADING);
  const chips = countries.length <= MAX_COUNTRY_CHIPS || !countryCount;
  const chipsWidth = countries.length * (CHIP_WIDTH + CHIP_GAP);
  const names = countries.map((country) => country.name).join(' · ');
  // The names beside the chips where they fit on the line, else the chips alone.
  const withNames = chips && chipsWidth + 8 + names.length * NAME_CHARACTER_WIDTH <= CONTENT_WIDTH;
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        // The padding inside the 1200×630, not around it: Satori's default
        // box is CSS's, and without this the dateline falls off the image.
        boxSizing: 'border-box',
        padding: '56px 72px',
        background: '#ffffff',
        color: '#1b1b1b',
        fontFamily: 'Noto Sans',
      }}
    >
      {banner ? (
        <div style={{display: 'flex', fontSize: 30, fontWeight: 700, color: '#8a1c1c'}}>{shorten(banner, 60)}</div>
      ) : (
        <div style={{display: 'flex', alignItems: 'center', gap: 16}}>
          {chips && countries.map((country) => chip(country.code))}
          {(withNames || !chips) && (
            <div style={{display: 'flex', marginLeft: chips ? 8 : 0, fontSize: 30, fontWeight: 700, color: '#4a4a4a'}}>{chips ? names : countryCount}</div>
          )}
        </div>
      )}
      <div style={{display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center'}}>
        {label && <div style={{display: 'flex', fontSize: 30, fontWeight: 700, color: '#8a1c1c', marginBottom: 12}}>{label}</div>}
        <div style={{display: 'flex', alignItems: 'flex-start', gap: 28}}>
          {number !== undefined && <div style={{display: 'flex', fontSize: 120, fontWeight: 700, lineHeight: 1, color: '#8a1c1c'}}>{number}</div>}
          <div style={{display: 'flex', fontSize: headingSize(shown.length), fontWeight: 700, lineHeight: 1.2}}>{shown}</div>
        </div>
      </div>
      <div style={{display: 'flex', flexDirection: 'column', borderTop: '3px solid #1b1b1b', paddingTop: 20, fontSize: 26}}>
        <div style={{display: 'flex', fontWeight: 700}}>{dateline}</div>
        {heading !== title && <div style={{display: 'flex', color: '#4a4a4a'}}>{shorten(title, MAX_TITLE_LINE)}</div>}
      </div>
    </div>
  );
}
