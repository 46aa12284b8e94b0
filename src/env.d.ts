/// <reference types="astro/client" />

/** The CMS backend, chosen when the site is built (see README, "Production backends"). */
interface ImportMetaEnv {
  readonly PUBLIC_CMS_BACKEND?: string;
  readonly PUBLIC_CMS_REPO?: string;
  readonly PUBLIC_CMS_BRANCH?: string;
  readonly PUBLIC_CMS_BASE_URL?: string;
  readonly PUBLIC_CMS_API_ROOT?: string;
}
