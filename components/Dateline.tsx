import type {Locale} from '@/i18n/routing';
import type {ReleaseMeta} from '@/lib/site/releases';
import {datelineText} from '@/lib/site/dates';

interface Props {
  locale: Locale;
  meta: ReleaseMeta;
}

/** A release's place and date, as in "Brussels, 16 October 2017". */
export default async function Dateline({locale, meta}: Props) {
  return (
    <p className="dateline">
      <time dateTime={meta.date}>{await datelineText(locale, meta)}</time>
    </p>
  );
}
