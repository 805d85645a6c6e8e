/**
 * Sets the build targets (./targets.ts): the scripts' in Vite's client environment only (the server build runs in
 * Node and keeps its own), the stylesheets' where Vite's CSS minifier (Lightning CSS) reads it, the top-level build.
 * Set in hooks rather than in the config object, because merged configs join arrays and Rolldown then refuses a
 * target given twice.
 */
import type { Plugin } from 'vite';
import { CSS_TARGET, SCRIPT_TARGET } from './targets.ts';

export default function legacyTargets(): Plugin {
  return {
    name: 'xs-legacy-targets',
    config(config) {
      config.build ??= {};
      config.build.cssTarget = [...CSS_TARGET];
    },
    configEnvironment(name, config) {
      if (name !== 'client') return;
      config.build ??= {};
      config.build.target = [...SCRIPT_TARGET];
    },
  };
}
