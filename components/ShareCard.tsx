// Rendered to PNG at build time by Satori (lib/share-render.ts), so only the
// CSS Satori supports: flex layout and inline styles.

/** The size of every share image, as Open Graph and X (Twitter) want it. */
export const SHARE_IMAGE_SIZE = {width: 1200, height: 630} as const;

interface Props {
  /** The release's countries: ISO 3166-1 alpha-2 code and name in the image's language. */
  countries: Array<{code: string; name: string}>;
  /** "Commitment 3", or nothing for the statement as a whole. */
  label?: string;
  number?: number;
  heading: string;
  dateline: string;
  title: string;
}

// Each country as a chip with its code: flags would need an emoji font
// Satori does not have, and fixed colours would be one country's for all.
const chip = (code: string) => (
  <div key={code} style={{display: 'flex', padding: '2px 10px', border: '2px solid #4a4a4a', borderRadius: 6, fontSize: 26, fontWeight: 700, color: '#1b1b1b'}}>
    {code}
  </div>
);

/** The 1200×630 share image of a statement or of one commitment. */
export default function ShareCard({countries, label, number, heading, dateline, title}: Props) {
  const long = heading.length > 110;
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
      <div style={{display: 'flex', alignItems: 'center', gap: 16}}>
        {countries.map((country) => chip(country.code))}
        <div style={{display: 'flex', marginLeft: 8, fontSize: 30, fontWeight: 700, color: '#4a4a4a'}}>
          {countries.map((country) => country.name).join(' · ')}
        </div>
      </div>
      <div style={{display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center'}}>
        {label && <div style={{display: 'flex', fontSize: 30, fontWeight: 700, color: '#8a1c1c', marginBottom: 12}}>{label}</div>}
        <div style={{display: 'flex', alignItems: 'flex-start', gap: 28}}>
          {number !== undefined && <div style={{display: 'flex', fontSize: 120, fontWeight: 700, lineHeight: 1, color: '#8a1c1c'}}>{number}</div>}
          <div style={{display: 'flex', fontSize: long ? 40 : 52, fontWeight: 700, lineHeight: 1.2}}>{heading}</div>
        </div>
      </div>
      <div style={{display: 'flex', flexDirection: 'column', borderTop: '3px solid #1b1b1b', paddingTop: 20, fontSize: 26}}>
        <div style={{display: 'flex', fontWeight: 700}}>{dateline}</div>
        {number !== undefined && <div style={{display: 'flex', color: '#4a4a4a'}}>{title}</div>}
      </div>
    </div>
  );
}
