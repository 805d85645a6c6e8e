/**
 * Loads what the training pages share: the cases in library order, each with the engine's Assessment of its
 * answers; the questionnaire's wording (outcomes, standings, the reason for every rule); the kit's own wording;
 * the situations' names and proofs; and the 培训资料 page, whose date and sources the kit's pages show.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { assess, type Assessment, type ProofKind } from '../eligibility';

export type CaseEntry = CollectionEntry<'cases'>;

export interface TrainingCase {
  entry: CaseEntry;
  number: number; // 1-based position in the library: 案例1 …
  assessment: Assessment; // the engine's verdict on the case's answers
}

export async function loadCases(): Promise<TrainingCase[]> {
  const entries = (await getCollection('cases')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  return entries.map((entry, i) => ({ entry, number: i + 1, assessment: assess(entry.data.answers) }));
}

export async function questionnaireText() {
  const entry = await getEntry('questionnaire', 'questionnaire');
  if (!entry) throw new Error('content/questionnaire.yaml 缺失：培训资料使用它的结论和理由');
  return entry.data;
}

export async function trainingText() {
  const entry = await getEntry('training', 'training');
  if (!entry) throw new Error('content/training.yaml 缺失：培训资料需要它的文字');
  return entry.data;
}

export type SituationData = CollectionEntry<'situations'>['data'];

/** content/situations by the engine's situation kind. */
export async function situationsByKind(): Promise<Record<ProofKind, SituationData>> {
  return Object.fromEntries((await getCollection('situations')).map(({ id, data }) => [id, data])) as Record<ProofKind, SituationData>;
}

/** The 培训资料 page (content/pages/peixun.mdx): its date and sources stand for the whole kit. */
export async function trainingPage() {
  const page = await getEntry('pages', 'peixun');
  if (!page) throw new Error('content/pages/peixun.mdx 缺失：培训资料的各页使用它的更新日期和政策依据');
  return page;
}
