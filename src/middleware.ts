import { defineMiddleware } from 'astro:middleware';
import { DANISH_TERMS } from './i18n/danish-terms';
import { prepareGreenlandicHtml } from './lib/kl-text';
import { TEXT_PASS_LOCALES } from './lib/model';

// Runs as each page is built: every page with text in a language the table marks for the text pass (Greenlandic)
// gets soft hyphens and marked Danish terms.
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const body = TEXT_PASS_LOCALES.some((lang) => html.includes(`lang="${lang}"`)) ? prepareGreenlandicHtml(html, DANISH_TERMS) : html;
  return new Response(body, { status: response.status, headers: response.headers });
});
