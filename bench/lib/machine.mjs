/** A description of the machine the bench ran on. */
import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';

export function machine(browserVersion) {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch { /* not Linux */ }
  return {
    cpu, cores: cpus().length, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), browser: browserVersion,
    node: process.version, platform: `${process.platform} ${process.arch}`, date: new Date().toISOString(),
  };
}
