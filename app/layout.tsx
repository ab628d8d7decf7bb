import type {Metadata} from 'next';
import type {ReactNode} from 'react';
import {previewing} from '@/lib/site/releases';
import {siteOrigin} from '@/lib/site/site';
import './globals.css';

// The preview for journalists is never indexed (its server says so too).
export const metadata: Metadata = {metadataBase: siteOrigin, ...(previewing() ? {robots: {index: false, follow: false}} : {})};

// Each page tree renders its own <html> with the right `lang`: the locale
// layout for `/nl/…` and `/en/…`, and the bilingual pages at the root.
export default function RootLayout({children}: {children: ReactNode}) {
  return children;
}
