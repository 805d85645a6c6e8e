/** content/search.yaml, parsed and checked with its schema, for tests that expect its wording and links. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { searchSchema } from '../../src/lib/schemas/search';
import { repoRoot } from './dist';

export const searchContent = searchSchema.parse(parse(readFileSync(join(repoRoot, 'content', 'search.yaml'), 'utf8')));
