import { defineMiddleware } from 'astro:middleware';
import { DANISH_TERMS } from './i18n/danish-terms';
import { prepareGreenlandicHtml } from './lib/kl-text';

// Runs as each page is built: every page with Greenlandic text gets soft hyphens and marked Danish terms.
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const body = html.includes('lang="kl"') ? prepareGreenlandicHtml(html, DANISH_TERMS) : html;
  return new Response(body, { status: response.status, headers: response.headers });
});
