// Runs `astro build` in this process and prints its CPU time and peak memory as JSON on the last line.
import { build } from 'astro';

await build({ logLevel: 'error' });
const usage = process.resourceUsage();
console.log(JSON.stringify({ cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssMb: Math.round(usage.maxRSS / 1024) }));
