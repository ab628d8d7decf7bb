'use client';

import {useEffect, useState, type ReactNode} from 'react';

interface Props {
  href: string;
  lang: string;
  /** Fragments that do not exist in the other language, mapped to one that does. */
  fallbacks?: Record<string, string>;
  children: ReactNode;
}

/**
 * A link to the same page in another language that carries the reader's
 * current `#fragment`, so they land on the same commitment. Without
 * JavaScript it is a plain link to the top of that page.
 */
export default function HashKeepingLink({href, lang, fallbacks = {}, children}: Props) {
  const [hash, setHash] = useState('');
  useEffect(() => {
    const sync = () => {
      const fragment = decodeURIComponent(window.location.hash.slice(1));
      const fallback = fallbacks[fragment];
      setHash(fallback ? `#${fallback}` : window.location.hash);
    };
    sync();
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, [fallbacks]);
  return (
    <a href={href + hash} lang={lang} hrefLang={lang}>
      {children}
    </a>
  );
}
