// Video providers we can show behind a click-to-play placeholder, in their privacy modes.
// Nothing is asked of a provider until the reader presses play.

export const PROVIDERS = ['youtube', 'vimeo', 'twentythree'] as const;
export type Provider = (typeof PROVIDERS)[number];

interface ProviderInfo {
  /** Who receives the reader's data when the video plays, named to the reader. */
  company: string;
  name: string;
  id: RegExp;
  idHint: string;
  /** The player address in the provider's privacy mode; `host` is the municipality's TwentyThree domain. */
  embed: (id: string, host?: string) => string;
  /** Where the plain link goes when JavaScript is off. */
  watch: (id: string, host?: string) => string;
}

export const PROVIDER_INFO: Record<Provider, ProviderInfo> = {
  youtube: {
    company: 'Google',
    name: 'YouTube',
    id: /^[A-Za-z0-9_-]{11}$/,
    idHint: '11 letters, digits, - or _, as in youtube.com/watch?v=…',
    embed: (id) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`,
    watch: (id) => `https://www.youtube.com/watch?v=${id}`,
  },
  vimeo: {
    company: 'Vimeo',
    name: 'Vimeo',
    id: /^\d{6,12}$/,
    idHint: 'the number in vimeo.com/…',
    embed: (id) => `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1`,
    watch: (id) => `https://vimeo.com/${id}`,
  },
  twentythree: {
    company: 'TwentyThree',
    name: 'TwentyThree',
    id: /^\d{4,12}$/,
    idHint: 'the photo_id number of the video',
    embed: (id, host) => `https://${host}/v.ihtml/player.html?source=embed&photo_id=${id}&autoPlay=1`,
    watch: (id, host) => `https://${host}/videos/${id}`,
  },
};

/**
 * TwentyThree's own domains. A municipality's own video domain (video.<town>.dk) is added here by a developer,
 * not in the CMS: every host becomes part of the pages' security policy.
 */
export const TWENTYTHREE_HOSTS: readonly (string | RegExp)[] = [/^[a-z0-9-]+\.23video\.com$/, /^[a-z0-9-]+\.twentythree\.net$/];

/** Why a TwentyThree host cannot be used, or undefined when it is one of TWENTYTHREE_HOSTS. */
export function twentyThreeHostProblem(host: string): string | undefined {
  if (TWENTYTHREE_HOSTS.some((allowed) => (typeof allowed === 'string' ? allowed === host : allowed.test(host)))) return undefined;
  return `"${host}" is not a TwentyThree address the site knows: use the municipality's address at TwentyThree, like aalborg.23video.com; a developer can add another in src/lib/video.ts`;
}

/** The origin a provider's player is framed from, for the page's security policy. */
export const frameOrigin = (provider: Provider, host?: string) => new URL(PROVIDER_INFO[provider].embed('0', host)).origin;
