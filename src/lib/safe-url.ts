// The one allowlist for every address that comes from content: body links, sources, organisations, settings.
// A javascript:, data: or vbscript: link would run code or show a forged page on the site's own address.

/** Schemes content may link to; anything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const SAFE_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** What a browser does to an address before it reads the scheme: drops tabs and line breaks, trims controls and spaces. */
const asBrowserReadsIt = (url: string) => url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');

/**
 * Why an address from content is refused, in words for staff, or undefined when it is allowed:
 * https:, http:, mailto:, tel:, or an address on this site (/da/mitid/, #section, ../images/x.png).
 */
export function unsafeUrlReason(url: string): string | undefined {
  const address = asBrowserReadsIt(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if ((SAFE_SCHEMES as readonly string[]).includes(`${scheme}:`)) return undefined;
    return `"${scheme}:" addresses are not allowed; link to a web page (https://…), an e-mail (mailto:…), a phone number (tel:…) or a page on this site (/da/…)`;
  }
  // "//host" and "/\host" leave the site although they look like site addresses.
  if (/^[/\\]{2}/.test(address)) return 'write the full address of another site, starting with https://';
  return undefined;
}

/** True when an address from content may be used as a link. */
export const isSafeUrl = (url: string) => unsafeUrlReason(url) === undefined;
