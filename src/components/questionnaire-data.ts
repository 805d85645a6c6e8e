/**
 * Everything the questionnaire's screens show, read from content/ for the pages that render them (the questionnaire
 * and the training cases): its wording, the situations' names and proofs, the documents the rules cite, the links of
 * the next steps (under the base path), the basic living allowance, the 街道办事处 and the site's name.
 */
import { getCollection, getEntry } from 'astro:content';
import { DOCUMENT_IDS, type SituationKind } from '../lib/eligibility';
import { formatAmount } from '../lib/format';
import { entryForSituation } from '../lib/glossary';
import { documentPath, href } from '../lib/paths';
import type { QuestionnaireData, SituationText } from '../lib/questionnaire';

/** The allowance the result names: what the child could get. */
const STANDARD_ID = 'basic-living';

export async function loadQuestionnaireData(sharePage?: string): Promise<QuestionnaireData> {
  const entry = await getEntry('questionnaire', 'questionnaire');
  if (!entry) throw new Error('content/questionnaire.yaml 缺失：自助判断需要它的文字');
  const text = entry.data;

  const glossary = (await getCollection('glossary')).map((term) => term.data);
  const situations = Object.fromEntries(
    (await getCollection('situations')).map(({ id, data }) => [
      id,
      {
        name: data.name,
        proof: data.proof,
        pending: data.pending,
        everyday: entryForSituation(glossary, id as SituationKind)?.everyday ?? [],
      } satisfies SituationText,
    ]),
  ) as QuestionnaireData['situations'];

  // Only the documents the rules cite, so the page does not grow with the document library.
  const cited = new Set<string>(DOCUMENT_IDS);
  const documents = Object.fromEntries(
    (await getCollection('documents', ({ id }) => cited.has(id))).map(({ id, data }) => [
      id,
      { label: data.number || data.shortTitle, href: href(documentPath(id)) },
    ]),
  );

  const paths = Object.values(text.result.nextSteps).flatMap((step) => (step.link ? [step.link.path] : []));
  const links = Object.fromEntries(paths.map((path) => [path, href(path)]));

  const standard = (await getEntry('standards', STANDARD_ID))?.data;
  if (!standard || standard.kind !== 'amount') throw new Error(`content/standards.yaml 中没有金额 ${STANDARD_ID}：自助判断的结果要说明孩子可以得到什么`);
  const { streetOffices } = (await getEntry('offices', 'offices'))!.data;
  const site = (await getEntry('site', 'site'))!.data;

  return {
    text,
    situations,
    documents,
    links,
    ...(sharePage ? { sharePage } : {}),
    standard: { name: standard.name, amount: formatAmount(standard.amount, standard.unit), ...(standard.pending ? { pending: standard.pending } : {}) },
    offices: streetOffices.filter((office) => Object.values(office).some(Boolean)),
    site: { name: site.name, home: href('/') },
  };
}
