import type {NextConfig} from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// A static export: every page is prerendered and served as a file, so the
// site runs on any static host or CDN. URLs end in a slash (`/nl/`), which is
// the public contract documented in the README.
const config: NextConfig = {
  output: 'export',
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  images: {unoptimized: true},
};

export default withNextIntl(config);
