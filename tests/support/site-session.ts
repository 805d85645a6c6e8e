/**
 * One static server over the built site and one Chromium for a test file. They start on first use, inside a
 * test, so that a missing Chromium fails every test with its message instead of leaving them skipped, and both
 * close after the file.
 */
import { afterAll } from 'vitest';
import { launchBrowser, type Browser } from '../../tools/site/browser';
import { startStaticServer, type StaticServer } from '../../tools/site/serve';
import { assertBuilt, basePath, distDir } from './dist';

export interface SiteSession {
  server: StaticServer;
  browser: Browser;
}

/** Registers the clean-up and returns the function that starts (once) and hands out the session. */
export function siteSession(): () => Promise<SiteSession> {
  let started: Promise<SiteSession> | undefined;
  afterAll(async () => {
    const session = await started?.catch(() => undefined);
    await session?.browser.close();
    await session?.server.close();
  });
  return () =>
    (started ??= (async () => {
      assertBuilt();
      const server = await startStaticServer({ root: distDir, base: basePath });
      try {
        return { server, browser: await launchBrowser() };
      } catch (error) {
        await server.close();
        throw error;
      }
    })());
}
