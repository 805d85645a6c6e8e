#!/usr/bin/env bash
# Usage: bash scripts/check-confirmed-copy.sh [vitest args...]        (from the project folder; about 10 minutes)
#
# The editors' promise, checked on the whole suite: once the bureau has answered everything, an editor removes every
# pending marker and changes an amount, and `npm test` stays green. This clones the committed HEAD into a temporary
# folder, runs `npm ci`, raises the basic-living amount of content/standards.yaml by 46 and removes every pending
# marker (tests/support/confirm-all.ts, as the build tier's editor test does), then runs `npm test` there — or, with
# arguments, `npm run build` and `npx vitest run <arguments>`. The copy is kept and named at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copy="$(mktemp -d "${TMPDIR:-/tmp}/confirmed-copy-XXXX")"
git clone -q "$here" "$copy"
cd "$copy"
npm ci --no-audit --no-fund >/dev/null
# The edit runs under Vitest, which resolves the test helpers' imports as the tests do.
cat > tests/unit/zz-confirmed-copy-edit.test.ts <<'TS'
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { confirmAll } from '../support/confirm-all';

it('confirms everything and changes an amount', () => {
  const path = 'content/standards.yaml';
  const document = parseDocument(readFileSync(path, 'utf8'));
  const entry = (document.contents as { items: { get: (key: string) => unknown; set: (key: string, value: unknown) => void }[] }).items.find((item) => item.get('id') === 'basic-living');
  expect(entry, 'content/standards.yaml has no basic-living entry').toBeDefined();
  entry!.set('amount', Number(entry!.get('amount')) + 46);
  writeFileSync(path, document.toString());
  console.log(`confirmed in ${confirmAll('content')} files; basic-living is now ${String(entry!.get('amount'))}`);
});
TS
npx vitest run --project unit tests/unit/zz-confirmed-copy-edit.test.ts | grep -E "confirmed in|passed|failed"
rm tests/unit/zz-confirmed-copy-edit.test.ts
export ASTRO_TELEMETRY_DISABLED=1
status=0
if [ $# -gt 0 ]; then npm run build >/dev/null && npx vitest run "$@" || status=$?; else npm test || status=$?; fi
echo "the edited copy: $copy"
exit $status
