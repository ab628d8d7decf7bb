import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {Release, Section} from '@/lib/releases';
import {commitmentPath} from '@/lib/routes';
import {citationText} from '@/lib/share';
import {absoluteUrl} from '@/lib/site';
import CopyCommitment from './CopyCommitment';

interface Props {
  locale: Locale;
  release: Release;
  section: Section;
}

/** The copy buttons of a commitment, given their strings and the citation by the server. */
export default async function CommitmentShare({locale, release, section}: Props) {
  const t = await getTranslations({locale, namespace: 'Citation'});
  const number = section.number ?? 0;
  const url = absoluteUrl(commitmentPath(locale, release.key, section.key));
  return (
    <CopyCommitment
      url={url}
      citation={await citationText(locale, release, section, url)}
      labels={{
        copyLink: t('copyLink'),
        copyCitation: t('copyCitation'),
        copiedLink: t('copiedLink', {number}),
        copiedCitation: t('copiedCitation', {number}),
        failed: t('failed'),
        detail: t('detail', {number}),
      }}
    />
  );
}
