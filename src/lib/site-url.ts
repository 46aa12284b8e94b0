// The site's own address. The real domain is the municipality's choice; until then links in feeds, canonicals and
// posters use this example. Read by astro.config.mjs and the site check (a module of its own: it reads the environment).
export const SITE_URL = process.env.SITE_URL ?? 'https://ny-i-aalborg.example';
