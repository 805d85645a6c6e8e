/**
 * Resolves the wording of content/questionnaire.yaml (and the situations' names) for a screen, an answer or a
 * change. Pure: the island and the tests both call it, so the tests read in the families' words.
 */
import type { QuestionnaireContent } from '../schemas';
import type { PendingMarker } from '../pending';
import type { OutcomeRuleKey, RuleKey } from '../eligibility/keys';
import type { Change, Outcome, Parent, ProofKind } from '../eligibility/types';
import type { ScreenError } from './form';
import type { Progress } from './progress';
import type { ResultKind } from './result';
import type { Screen } from './screens';
import { NONE, UNKNOWN, keyOf } from './values';
import { optionsOf } from './form';

/** What content/situations/<kind>.yaml says about a situation, as far as the questionnaire needs it. */
export interface SituationText {
  name: string; // e.g. 服刑在押
  proof: string[]; // documents usually asked for
  pending?: PendingMarker; // what about the situation awaits confirmation
  everyday: string[]; // words families use for it (content/glossary.yaml), e.g. 坐牢
}

/** A 街道办事处 from content/offices.yaml; an empty field has not been supplied by the bureau. */
export interface OfficeText {
  name: string;
  address: string;
  window: string;
  hours: string;
  phone: string;
}

/** All the text the questionnaire shows, passed to the island as props (never bundled into its script). */
export interface QuestionnaireData {
  text: QuestionnaireContent;
  situations: Record<ProofKind, SituationText>;
  documents: Record<string, { label: string; href: string }>; // by document id: 文号 (or short title) and page link
  links: Record<string, string>; // site path in the wording → link under the base path
  sharePage?: string; // the page a share link opens, e.g. /ziping/ from the embed page; default: the page itself
  standard: { name: string; amount: string; pending?: PendingMarker }; // basic-living in content/standards.yaml, e.g. 1374 元/人/月
  offices: OfficeText[]; // the 街道办事处 supplied so far (placeholders left out)
  site: { name: string; home: string }; // the site's name and its home page's path (printed with the result)
}

/** Replaces {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A template about one parent: {parent} becomes 父亲 or 母亲. */
export const forParent = (data: QuestionnaireData, template: string, parent: Parent): string =>
  fill(template, { parent: data.text.parents[parent] });

function questionText(data: QuestionnaireData, screen: Screen) {
  const { text } = data;
  if (screen.kind === 'age') return text.age;
  if (screen.kind === 'situations') return text.situations;
  return text.details[screen.situation][screen.field];
}

/** A template of a screen: {parent} becomes the screen's parent (the age question names none). */
const withParent = (data: QuestionnaireData, screen: Screen, template: string): string =>
  screen.kind === 'age' ? template : forParent(data, template, screen.parent);

export const legendOf = (data: QuestionnaireData, screen: Screen) => withParent(data, screen, questionText(data, screen).legend);
export const hintOf = (data: QuestionnaireData, screen: Screen) => withParent(data, screen, questionText(data, screen).hint);
export const reviewLabelOf = (data: QuestionnaireData, screen: Screen) =>
  withParent(data, screen, questionText(data, screen).review);

/** The label of one option. */
export function optionLabel(data: QuestionnaireData, screen: Screen, key: string): string {
  if (screen.kind !== 'situations') return (questionText(data, screen) as { options: Record<string, string> }).options[key];
  if (key === NONE) return data.text.situations.none;
  if (key === UNKNOWN) return withParent(data, screen, data.text.situations.unknown);
  return data.text.situations.labels[key as ProofKind];
}

/** The options of a screen as the family sees them: in groups with a name (situations), or in one group without. */
export function optionGroups(data: QuestionnaireData, screen: Screen): { label?: string; keys: string[] }[] {
  if (screen.kind !== 'situations') return [{ keys: optionsOf(screen) }];
  const { groups, or } = data.text.situations;
  return [...groups.map((group) => ({ label: group.label, keys: group.kinds })), { label: or, keys: [NONE, UNKNOWN] }];
}

/** What an option means, shown with its 说明 button (situations screens only). */
export function optionHint(data: QuestionnaireData, screen: Screen, key: string): string | undefined {
  if (screen.kind !== 'situations') return undefined;
  if (key === UNKNOWN) return withParent(data, screen, data.text.situations.unknownHint);
  if (key === NONE) return withParent(data, screen, data.text.situations.noneHint);
  const hint = data.text.situations.optionHints[key as ProofKind];
  const { everyday } = data.situations[key as ProofKind];
  if (everyday.length === 0) return hint;
  return `${hint}${fill(data.text.situations.everydayWords, { words: everyday.join('、') })}`;
}

/** The answer as the review shows it, e.g. 服刑在押、重残. */
export const answerText = (data: QuestionnaireData, screen: Screen, keys: readonly string[]): string =>
  keys.map((key) => optionLabel(data, screen, key)).join('、');

/** The message for an unanswered or contradictory screen. */
export function errorText(data: QuestionnaireData, screen: Screen, error: ScreenError): string {
  if (screen.kind === 'age') return data.text.age.error;
  if (screen.kind === 'detail') return data.text.followUpError;
  return error === 'exclusive' ? data.text.situations.exclusiveError : withParent(data, screen, data.text.situations.error);
}

/** 第2部分，共4部分：父亲的情况 */
export const progressText = (data: QuestionnaireData, progress: Progress): string =>
  fill(data.text.progress.template, { ...progress, section: data.text.progress.sections[progress.section] });

/**
 * One answer that would change the result, as a sentence: 如果父亲的刑期或羁押期在6个月以上，初步判断会是“符合”。
 * Undefined for a change to 不清楚, which is never advice.
 */
export function changeText(data: QuestionnaireData, change: Change): string | undefined {
  if (change.to === null) return undefined;
  const { result } = data.text;
  const age = change.field === 'childUnder18';
  const condition = age
    ? result.ageChanges[keyOf(change.to)]
    : forParent(data, data.text.details[change.situation][change.field].changes[keyOf(change.to)], change.parent);
  // 18 or older is 不符合, whatever else: not the 暂不符合 of a parent's situation.
  const outcome = age && !change.to ? result.overAge : result.outcomes[change.outcomeWould];
  return fill(result.changeTemplate, { condition, outcome: outcome.short });
}

/** The headline, short name and summary of a kind of result (src/lib/questionnaire/result.ts). */
export function resultWording(text: QuestionnaireContent, kind: ResultKind) {
  const { result } = text;
  return kind === 'over_18' ? result.overAge : kind === 'undecided' ? result.undecided : result.outcomes[kind];
}

/** The headline, short name and summary of an outcome. 18 or older has its own wording: 不符合, not 暂不符合. */
export function outcomeWording(text: QuestionnaireContent, outcome: Outcome, rule: OutcomeRuleKey) {
  return rule === 'outcome.not_under_18' ? text.result.overAge : text.result.outcomes[outcome];
}

/** The note awaiting confirmation beside a rule's reason, when the reading behind that rule is not confirmed. */
export function rulePendingOf(text: QuestionnaireContent, rule: RuleKey): PendingMarker | undefined {
  const entry = text.result.rulePending.find((candidate) => candidate.rule === rule);
  return entry && entry.pending;
}
