import { readdirSync, readFileSync } from 'node:fs';

/**
 * How much CPU the rest of the machine used while the benchmark measured: busy time from
 * /proc/stat minus the time of this process and its descendants (servers, embedded PostgreSQL and
 * its backends). On a shared 2-core machine a compiler or a test run in another shell skews a
 * measurement badly; the benchmark repeats a round when this is too high. Linux only (elsewhere: 0).
 */
const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux the project runs on

export interface CpuSample {
  at: bigint;
  busyTicks: number;
  /** CPU ticks of each of our processes. */
  own: Map<number, number>;
}

function busyTicks(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already inside user)
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return user + nice + system + irq + softirq + (steal ?? 0);
}

function ownTicks(root: number): Map<number, number> {
  const parentOf = new Map<number, number>();
  const ticksOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // rest[0] is field 3 (state): ppid is field 4, utime 14, stime 15
      parentOf.set(Number(entry), Number(rest[1]));
      ticksOf.set(Number(entry), Number(rest[11]) + Number(rest[12]));
    } catch {
      // the process ended while we read
    }
  }
  const own = new Map<number, number>();
  for (const [pid, ticks] of ticksOf) {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parentOf.get(p), hops++) {
      if (p === root) {
        own.set(pid, ticks);
        break;
      }
    }
  }
  return own;
}

export function sampleCpu(): CpuSample {
  try {
    return { at: process.hrtime.bigint(), busyTicks: busyTicks(), own: ownTicks(process.pid) };
  } catch {
    return { at: process.hrtime.bigint(), busyTicks: 0, own: new Map() };
  }
}

/**
 * Cores' worth of CPU used by processes outside this benchmark between two samples. Our share is
 * counted per process still alive at the end (one of ours that ended in between is missed: its
 * last ticks count as foreign, which errs on the side of measuring again).
 */
export function foreignCores(from: CpuSample, to: CpuSample): number {
  const seconds = Number(to.at - from.at) / 1e9;
  let own = 0;
  for (const [pid, ticks] of to.own) own += ticks - (from.own.get(pid) ?? 0);
  const foreign = to.busyTicks - from.busyTicks - own;
  return seconds > 0 ? Math.max(0, foreign / TICKS_PER_SECOND / seconds) : 0;
}
