/** Runs the Astro CLI in a copy of the project (tools/site/copy-project.ts), with an environment that steers nothing but what is given. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function astroIn(dir: string, args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const clean: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_PATH', 'PUBLISH']) if (!(name in env)) delete clean[name];
  const result = spawnSync(join(dir, 'node_modules', '.bin', 'astro'), args, { cwd: dir, encoding: 'utf8', env: clean, timeout: 170_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
