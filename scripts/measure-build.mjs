// Runs `npm run build` (the BUILD steps of scripts/steps.mjs) in child processes and prints, as JSON on the
// last line, its CPU time and peak memory: the most that all of its processes held at one moment.
import { BUILD, runSteps } from './steps.mjs';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

const TICKS = 100; // clock ticks per second on Linux
const stat = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');

// The sampler runs in a worker, because spawnSync blocks this thread until each step ends. Every 20 ms it sums
// the memory of every process descended from this one; the search indexer's share is the part named pagefind.
const sampler = new Worker(
  `
  const { readdirSync, readFileSync } = require('node:fs');
  const { parentPort, workerData: root } = require('node:worker_threads');
  const read = (pid, file) => { try { return readFileSync('/proc/' + pid + '/' + file, 'utf8'); } catch { return ''; } };
  let peak = 0, indexer = 0;
  setInterval(() => {
    const parent = new Map(), rss = new Map(), name = new Map();
    for (const pid of readdirSync('/proc').filter((entry) => /^\\d+$/.test(entry))) {
      const stat = read(pid, 'stat');
      if (!stat) continue;
      parent.set(pid, stat.split(') ')[1].split(' ')[1]);
      rss.set(pid, Number(/VmRSS:\\s+(\\d+) kB/.exec(read(pid, 'status'))?.[1] ?? 0));
      name.set(pid, read(pid, 'cmdline'));
    }
    const inBuild = (pid) => { for (let p = parent.get(pid); p; p = parent.get(p)) if (p === String(root)) return true; return false; };
    let total = 0, search = 0;
    for (const [pid, kb] of rss) if (inBuild(pid)) { total += kb; if (name.get(pid).includes('pagefind')) search += kb; }
    peak = Math.max(peak, total);
    indexer = Math.max(indexer, search);
  }, 20);
  parentPort.on('message', () => parentPort.postMessage({ peak, indexer }));
  `,
  { eval: true, workerData: process.pid },
);

runSteps(BUILD, { announce: false, stdio: ['ignore', 'ignore', 'inherit'] });
sampler.postMessage('done');
const { peak, indexer } = await new Promise((resolve) => sampler.once('message', resolve));
await sampler.terminate();
// Fields 16–17 of /proc/self/stat: user and system time of this process's finished children (and theirs).
const [cutime, cstime] = stat('self').slice(13, 15).map(Number);
console.log(
  JSON.stringify({ cpu: (cutime + cstime) / TICKS, maxRssMb: Math.round(peak / 1024), indexerRssMb: Math.round(indexer / 1024) }),
);
