import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {Release, Section} from '@/lib/site/releases';
import {commitmentPath} from '@/lib/site/routes';
import {citationText} from '@/lib/site/share';
import {absoluteUrl} from '@/lib/site/site';

interface Props {
  locale: Locale;
  release: Release;
  section: Section;
}

/**
 * "Copy link" and "Copy citation" for one commitment, with their texts and
 * announcements. Rendered hidden: enhancements/copy-text.ts shows them where
 * the clipboard can be written, and announces the result politely.
 */
export default async function CommitmentShare({locale, release, section}: Props) {
  const t = await getTranslations({locale, namespace: 'Citation'});
  // A commitment is named by its number, a plain section by its heading.
  const values = {number: section.number ?? 0, title: section.title ?? ''};
  const named = (key: string) => t(section.number === undefined ? `${key}Section` : key, values);
  const url = absoluteUrl(commitmentPath(locale, release.key, section.key));
  const citation = await citationText(locale, release, section, url);
  const detail = <span className="visually-hidden"> {named('detail')}</span>;
  return (
    <span className="copy-commitment" data-copy-text="" data-copy-failed={t('failed')}>
      <button type="button" hidden data-copy-value={url} data-copy-done={named('copiedLink')}>
        {t('copyLink')}
        {detail}
      </button>
      <button type="button" hidden data-copy-value={citation} data-copy-done={named('copiedCitation')}>
        {t('copyCitation')}
        {detail}
      </button>
      <span role="status" className="copy-status" />
    </span>
  );
}
