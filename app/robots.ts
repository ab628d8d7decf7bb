import type {MetadataRoute} from 'next';
import {previewing} from '@/lib/site/releases';
import {absoluteUrl} from '@/lib/site/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  // The preview for journalists is for no robot.
  if (previewing()) return {rules: {userAgent: '*', disallow: '/'}};
  return {rules: {userAgent: '*', allow: '/'}, sitemap: absoluteUrl('/sitemap.xml')};
}
