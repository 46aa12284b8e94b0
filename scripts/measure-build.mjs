// Runs `astro build` in this process and prints, as JSON on the last line, the CPU time and peak memory of the
// whole build, including the Pagefind indexer that runs as a child process.
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'astro';

const TICKS = 100; // clock ticks per second on Linux
const stat = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
const peakOfChildren = new Map();

// Child processes' peak memory (VmHWM) can only be read while they run, so sample them.
const sampler = setInterval(() => {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (Number(stat(pid)[1]) !== process.pid) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peakOfChildren.set(pid, Math.max(peakOfChildren.get(pid) ?? 0, Number(hwm[1])));
    } catch {
      // the process ended between listing and reading
    }
  }
}, 20);

await build({ logLevel: 'error' });
clearInterval(sampler);
// Fields 14–17 of /proc/self/stat: user and system time of this process and of its finished children.
const [utime, stime, cutime, cstime] = stat('self').slice(11, 15).map(Number);
const ownPeakKb = process.resourceUsage().maxRSS;
const childPeakKb = Math.max(0, ...peakOfChildren.values());
console.log(
  JSON.stringify({
    cpu: (utime + stime + cutime + cstime) / TICKS,
    maxRssMb: Math.round((ownPeakKb + childPeakKb) / 1024),
    indexerRssMb: Math.round(childPeakKb / 1024),
  }),
);
