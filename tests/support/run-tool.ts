/**
 * Runs a staff tool (`scripts/<name>.ts`) as `npm run` does — a process of its own, with
 * stdin not a terminal — on a content folder of the test's choosing.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `scripts/<script>.ts …args` with CONTENT_DIR set to `contentDir`. */
export async function runTool(
  script: string,
  contentDir: string,
  args: string[],
): Promise<ToolRun> {
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      ['--import', 'tsx', `scripts/${script}.ts`, ...args],
      { env: { ...process.env, CONTENT_DIR: contentDir, LANG: 'C' }, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
