import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {ReleaseMeta} from '@/lib/content';
import {formatDate} from '@/lib/dates';

interface Props {
  locale: Locale;
  meta: ReleaseMeta;
}

/** A release's place and date, as in "Brussels, 16 October 2017". */
export default async function Dateline({locale, meta}: Props) {
  const t = await getTranslations({locale, namespace: 'ReleaseHeader'});
  const intl = (await getTranslations({locale, namespace: 'Locale'}))('intl');
  return (
    <p className="dateline">
      <time dateTime={meta.date}>{t('dateline', {place: meta.place, date: formatDate(meta.date, intl)})}</time>
    </p>
  );
}
