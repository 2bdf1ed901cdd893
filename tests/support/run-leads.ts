/** Runs `npm run leads -- …` as staff do (a process of its own) against a store folder. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface LeadsRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runLeads(
  dataDir: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<LeadsRun> {
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
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
