/**
 * The questionnaire's data (QuestionnaireData) read from the real content files the way the pages read them
 * (src/components/questionnaire-data.ts), for the unit and browser tests: they name questions and answers by their
 * keys and take every word from here, so an editor's change of wording keeps them green.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pendingMarker, questionnaireSchema } from '../../src/lib/schemas';
import type { SituationKind } from '../../src/lib/eligibility';
import type { QuestionnaireData } from '../../src/lib/questionnaire';
import { entryForSituation, type GlossaryEntry } from '../../src/lib/glossary';
import { formatAmount } from '../../src/lib/format';
import { contentRoot, readAmounts, readContent } from './content';

export function questionnaireData(): QuestionnaireData {
  const text = questionnaireSchema.parse(parse(readFileSync(join(contentRoot, 'questionnaire.yaml'), 'utf8')));
  const dir = join(contentRoot, 'situations');
  const glossary = parse(readFileSync(join(contentRoot, 'glossary.yaml'), 'utf8')) as GlossaryEntry[];
  const situations = Object.fromEntries(
    readdirSync(dir).map((file) => {
      const kind = file.replace('.yaml', '') as SituationKind;
      const everyday = entryForSituation(glossary, kind)?.everyday ?? [];
      return [kind, { ...parse(readFileSync(join(dir, file), 'utf8')), everyday }];
    }),
  ) as QuestionnaireData['situations'];
  const standard = readAmounts().find((entry) => entry.id === 'basic-living')!;
  const pending = standard.pending ? { pending: pendingMarker.parse(standard.pending) } : {};
  const { streetOffices } = readContent<{ streetOffices: QuestionnaireData['offices'] }>('offices.yaml');
  const site = readContent<{ name: string }>('site.yaml');
  return {
    text,
    situations,
    documents: {},
    links: {},
    standard: { name: standard.name, amount: formatAmount(standard.amount, standard.unit), ...pending },
    offices: streetOffices.filter((office) => Object.values(office).some(Boolean)),
    site: { name: site.name, home: '/' },
  };
}

