import {routing} from '@/i18n/routing';
import {previewing} from '@/lib/site/releases';
import PreviewBanner from './PreviewBanner';

/** On the bilingual pages (`/`, the root 404), the preview's banner in every language; nothing on the public site. */
export default function BilingualPreviewBanner() {
  if (!previewing()) return null;
  return routing.locales.map((locale) => (
    <div key={locale} lang={locale}>
      <PreviewBanner locale={locale} />
    </div>
  ));
}
