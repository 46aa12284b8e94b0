// The stored Danish versions translations follow, for the CMS: the Greenlandic entry shows what changed in the
// Danish since (cms/danish-version.ts). Under /admin/, so not indexed and disallowed in robots.txt.
import type { APIRoute, GetStaticPaths } from 'astro';
import { storedDanish, storedHashes } from '../../../data/danish-versions';

export const getStaticPaths: GetStaticPaths = () => storedHashes().map((hash) => ({ params: { hash } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(storedDanish(String(params.hash))), { headers: { 'content-type': 'application/json; charset=utf-8' } });
