'use client';

import {useEffect, useState, type ReactNode} from 'react';

interface Props {
  href: string;
  lang: string;
  children: ReactNode;
}

/**
 * A link to the same page in another language that carries the reader's
 * current `#fragment`, so they land on the same commitment. Without
 * JavaScript it is a plain link to the top of that page.
 */
export default function HashKeepingLink({href, lang, children}: Props) {
  const [hash, setHash] = useState('');
  useEffect(() => {
    const sync = () => setHash(window.location.hash);
    sync();
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, []);
  return (
    <a href={href + hash} lang={lang} hrefLang={lang}>
      {children}
    </a>
  );
}
