// Runs `astro build` in this process and prints, as JSON on the last line, the CPU time and peak memory of the
// whole build, including its child processes: esbuild (the CMS bundle, at the start) and the Pagefind indexer (at the end).
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'astro';

const TICKS = 100; // clock ticks per second on Linux
const stat = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
const rssKb = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
let peakKb = 0;
let childrenPeakKb = 0;

// Memory in use at one moment: this process plus its children. Sampled, since children's
// peaks can only be read while they run.
const sampler = setInterval(() => {
  let children = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (Number(stat(pid)[1]) === process.pid) children += rssKb(pid);
    } catch {
      // the process ended between listing and reading
    }
  }
  childrenPeakKb = Math.max(childrenPeakKb, children);
  peakKb = Math.max(peakKb, rssKb('self') + children);
}, 20);

await build({ logLevel: 'error' });
clearInterval(sampler);
// Fields 14–17 of /proc/self/stat: user and system time of this process and of its finished children.
const [utime, stime, cutime, cstime] = stat('self').slice(11, 15).map(Number);
peakKb = Math.max(peakKb, process.resourceUsage().maxRSS);
console.log(
  JSON.stringify({
    cpu: (utime + stime + cutime + cstime) / TICKS,
    maxRssMb: Math.round(peakKb / 1024),
    childrenRssMb: Math.round(childrenPeakKb / 1024),
  }),
);
