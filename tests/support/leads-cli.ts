/** Runs `npm run leads -- …` as a process on a store folder (not a test file). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The staff CLI on the local store in `dataDir`, never production; `env` adds variables. */
export async function runLeadsCli(
  dataDir: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      ['--import', 'tsx', 'scripts/leads.ts', ...args],
      {
        env: {
          ...process.env,
          LEADS_DATA_DIR: dataDir,
          NETLIFY_SITE_ID: '',
          NETLIFY_AUTH_TOKEN: '',
          LEAD_WEBHOOK_URL: '',
          ...env,
        },
        maxBuffer: 10 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as CliResult;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
