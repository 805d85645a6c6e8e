/** Vitest global set-up of the e2e tier: builds the release once for the whole run (tests/support/release.ts). */
import type { TestProject } from 'vitest/node';
import { freePort } from './nginx';
import { createRelease, RELEASE_BASE } from './release';

export default async function setup(project: TestProject): Promise<() => void> {
  const portalOrigin = `http://127.0.0.1:${await freePort()}`;
  const made = createRelease({ base: RELEASE_BASE, portalOrigin });
  const { remove, ...info } = made;
  project.provide('release', info);
  return remove;
}
