import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {embargoParts} from '@/lib/site/dates';
import {isPublished, previewing, type Release} from '@/lib/site/releases';

interface Props {
  locale: Locale;
  /** The release the page is of, if any: an embargoed one says until when. */
  release?: Release;
}

/** At the top of every page of the preview for journalists: what it is, and on an embargoed release until when. Nothing on the public site. */
export default async function PreviewBanner({locale, release}: Props) {
  if (!previewing()) return null;
  const t = await getTranslations({locale, namespace: 'Preview'});
  const intl = (await getTranslations({locale, namespace: 'Locale'}))('intl');
  // isPublished holds for a release without an embargo.
  const embargoed = release && !isPublished(release) ? release.embargo : undefined;
  return (
    <p className="preview-banner" role="note" data-chrome>
      {embargoed ? <strong>{t('embargo', embargoParts(embargoed, intl))}</strong> : t('banner')}
    </p>
  );
}
