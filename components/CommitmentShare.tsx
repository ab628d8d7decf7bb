import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {Release, Section} from '@/lib/releases';
import {commitmentPath} from '@/lib/routes';
import {citationText} from '@/lib/share';
import {absoluteUrl} from '@/lib/site';

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
  const number = section.number ?? 0;
  const url = absoluteUrl(commitmentPath(locale, release.key, section.key));
  const citation = await citationText(locale, release, section, url);
  const detail = <span className="visually-hidden"> {t('detail', {number})}</span>;
  return (
    <span className="copy-commitment" data-copy-text="" data-copy-failed={t('failed')}>
      <button type="button" hidden data-copy-value={url} data-copy-done={t('copiedLink', {number})}>
        {t('copyLink')}
        {detail}
      </button>
      <button type="button" hidden data-copy-value={citation} data-copy-done={t('copiedCitation', {number})}>
        {t('copyCitation')}
        {detail}
      </button>
      <span role="status" className="copy-status" />
    </span>
  );
}
