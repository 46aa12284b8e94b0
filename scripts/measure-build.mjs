// Runs `npm run build` (the BUILD steps of scripts/steps.mjs) in child processes and prints, as JSON on the
// last line, its CPU time and peak memory: the most that all of its processes held at one moment.
import { BUILD, runSteps } from './steps.mjs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

const TICKS = 100; // clock ticks per second on Linux
const stat = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');

// The sampler runs in a worker, because spawnSync blocks this thread until each step ends. Every 20 ms it sums
// the memory of every process descended from this one; the search indexer's share is the part named pagefind.
// A process whose parent ended before it (Pagefind's binary did, under scripts/search-index.mjs) is not counted
// in this process's children's CPU time: the sampler keeps its CPU time as last seen, and waits for it to end.
const sampler = new Worker(
  `
  const { readdirSync, readFileSync } = require('node:fs');
  const { parentPort, workerData: { root, PAGE } } = require('node:worker_threads');
  const read = (pid, file) => { try { return readFileSync('/proc/' + pid + '/' + file, 'utf8'); } catch { return ''; } };
  let peak = 0, indexer = 0;
  // Every process seen in the build, by pid and start time: its CPU ticks so far, and whether it was orphaned.
  const seen = new Map();
  // Only /proc/<pid>/stat is read (its name, and its resident size in pages): the sampler shares the machine
  // with the build it measures, so it reads as little as it can.
  const sample = () => {
    const parent = new Map(), rss = new Map(), fields = new Map(), names = new Map();
    for (const pid of readdirSync('/proc').filter((entry) => /^\\d+$/.test(entry))) {
      const stat = read(pid, 'stat');
      if (!stat) continue;
      const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      names.set(pid, stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
      parent.set(pid, f[1]);
      fields.set(pid, f);
      rss.set(pid, (Number(f[21]) * PAGE) / 1024);
    }
    const inBuild = (pid) => { for (let p = parent.get(pid); p; p = parent.get(p)) if (p === String(root)) return true; return false; };
    let total = 0, search = 0;
    for (const [pid, kb] of rss) {
      const f = fields.get(pid), key = pid + ':' + f[19], cpu = Number(f[11]) + Number(f[12]);
      const known = seen.get(key);
      if (inBuild(pid)) {
        seen.set(key, { cpu, orphan: false });
        total += kb;
        if (names.get(pid).includes('pagefind')) search += kb;
      }
      else if (known) { seen.set(key, { cpu, orphan: true }); total += kb; }
    }
    peak = Math.max(peak, total);
    indexer = Math.max(indexer, search);
  };
  const timer = setInterval(sample, 20);
  parentPort.on('message', async () => {
    // Orphans still running are waited for; their CPU time is then as last seen (at most 20 ms short).
    const alive = () => [...seen.entries()].some(([key, p]) => p.orphan && read(key.split(':')[0], 'stat').split(') ')[1]?.split(' ')[19] === key.split(':')[1]);
    for (let i = 0; i < 1500 && alive(); i++) await new Promise((r) => setTimeout(r, 20));
    clearInterval(timer);
    const orphanTicks = [...seen.values()].filter((p) => p.orphan).reduce((sum, p) => sum + p.cpu, 0);
    parentPort.postMessage({ peak, indexer, orphanTicks });
  });
  `,
  { eval: true, workerData: { root: process.pid, PAGE: Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' })) } },
);

runSteps(BUILD, { announce: false, stdio: ['ignore', 'ignore', 'inherit'] });
sampler.postMessage('done');
const { peak, indexer, orphanTicks } = await new Promise((resolve) => sampler.once('message', resolve));
await sampler.terminate();
// Fields 16–17 of /proc/self/stat: user and system time of this process's finished children (and theirs).
const [cutime, cstime] = stat('self').slice(13, 15).map(Number);
console.log(
  JSON.stringify({
    cpu: (cutime + cstime + orphanTicks) / TICKS,
    maxRssMb: Math.round(peak / 1024),
    indexerRssMb: Math.round(indexer / 1024),
  }),
);
