/** Chromium's processes for src/bench/browser/integrity.bench.ts, read from /proc and ps (Linux). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) used so far by this run's Chromium processes, from /proc: on a shared machine
 * wall time measures the neighbours too, CPU time much less so.
 */
export function chromiumCpuSeconds(): number {
  const ours = ourPids();
  let ticks = 0;
  for (const pid of ours) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of the line)
    } catch {
      // the process ended
    }
  }
  return ticks / 100;
}

function ourPids(): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number))
    .filter((r) => r.length === 2);
  const ours = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of rows)
      if (ours.has(ppid!) && !ours.has(pid!)) {
        ours.add(pid!);
        grew = true;
      }
  }
  ours.delete(process.pid);
  return [...ours];
}

/** Sum of RSS of this run's Chromium renderer processes (workers live in the renderer). */
export function rendererRssBytes(): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rss: Number(m[3]) * 1024, args: m[4] ?? '' }));
  const ours = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of rows)
      if (ours.has(r.ppid) && !ours.has(r.pid)) {
        ours.add(r.pid);
        grew = true;
      }
  }
  return rows
    .filter((r) => ours.has(r.pid) && r.args.includes('--type=renderer'))
    .reduce((n, r) => n + r.rss, 0);
}
