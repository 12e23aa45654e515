// /og/ko.png and /og/en.png: the social card with the article's title in that language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeta } from '../../data/article.ts';
import { locales, useTranslations, type Locale } from '../../i18n/index.ts';
import { ogImageSvg, renderPng } from '../../node/og-image.ts';

export const getStaticPaths: GetStaticPaths = () => locales.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const meta = await getMeta(locale);
  const t = useTranslations(locale);
  const png = renderPng(ogImageSvg({ title: meta.title, kicker: t('site.name'), footer: meta.credit }));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
