/**
 * Runs a command and measures wall time and peak memory of its whole process tree.
 * Memory is sampled from /proc every 50 ms (summing VmRSS over the tree, so build
 * workers count); where GNU time exists its max RSS (largest single process) is
 * reported too, as a cross-check that does not depend on sampling.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  exitCode: number;
  wallMs: number;
  /** Peak of the sampled sum of VmRSS over the process tree, in bytes (0 without /proc). */
  peakTreeRssBytes: number;
  /** GNU time's "Maximum resident set size" of the largest process, in bytes, when available. */
  maxRssTimeBytes: number | null;
  /** Last lines of stdout+stderr, to explain a failure. */
  outputTail: string;
  /** All of stdout+stderr (at most the last 8 MB), for callers that parse a tool's log. */
  output: string;
}

const MAX_OUTPUT_CHARS = 8 * 1024 * 1024;

const TIME = '/usr/bin/time';

function childrenOf(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the name field may contain spaces, so split after ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = tree.get(ppid) ?? [];
      list.push(Number(name));
      tree.set(ppid, list);
    } catch {
      // The process exited between readdir and read.
    }
  }
  return tree;
}

/** Sum of VmRSS (bytes) of `root` and all its descendants right now. */
function treeRssBytes(root: number): number {
  if (!existsSync('/proc/self/status')) return 0;
  const tree = childrenOf();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // Gone already.
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` with `env`, sampling memory until it exits. */
export function runMeasured(
  command: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Measured> {
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime ? [TIME, ['-v', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, argv, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (b: Buffer) => {
      output += b.toString();
      if (output.length > MAX_OUTPUT_CHARS) output = output.slice(-MAX_OUTPUT_CHARS);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssBytes(child.pid));
    }, 50);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - start;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      resolve({
        exitCode: code ?? 1,
        wallMs,
        peakTreeRssBytes: peak,
        maxRssTimeBytes: m ? Number(m[1]) * 1024 : null,
        output,
        // GNU time appends its report; keep the tool's own last lines for error messages.
        outputTail: output
          .split(/\n\s*Command being timed/)[0]!
          .split('\n')
          .slice(-40)
          .join('\n'),
      });
    });
  });
}
