import type {Metadata} from 'next';
import type {ReactNode} from 'react';
import {siteOrigin} from '@/lib/site/site';
import './globals.css';

export const metadata: Metadata = {metadataBase: siteOrigin};

// Each page tree renders its own <html> with the right `lang`: the locale
// layout for `/nl/…` and `/en/…`, and the bilingual pages at the root.
export default function RootLayout({children}: {children: ReactNode}) {
  return children;
}
