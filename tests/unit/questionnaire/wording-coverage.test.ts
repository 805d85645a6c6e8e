/**
 * content/questionnaire.yaml has text for every key the engine can return and every question the flow can ask,
 * read straight from the YAML (not through the schema), so a new rule key, next step or field without wording fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  FIELD_VALUES,
  GENERAL_MATERIALS,
  NEXT_STEPS,
  OUTCOME_RULE_KEYS,
  PARENT_RULE_KEYS,
  SITUATION_FIELDS,
  SITUATION_RULE_KEYS,
} from '../../../src/lib/eligibility';
import type { DecodeError } from '../../../src/lib/eligibility/codec';
import type { QualifierValue } from '../../../src/lib/eligibility/types';
import { FIND_OUT_RULES, PICKABLE_KINDS, RESULT_KINDS, keyOf } from '../../../src/lib/questionnaire';
import { contentRoot, readAmounts } from '../../support/content';

type Tree = Record<string, unknown>;
const yaml = parse(readFileSync(join(contentRoot, 'questionnaire.yaml'), 'utf8')) as Tree;

/** The text at a dotted path of keys (keys may contain dots themselves, so the path is a list). */
function at(...path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Tree)[key] : undefined), yaml);
}
const isText = (value: unknown) => typeof value === 'string' && value.trim().length >= 2;
const missing = (paths: string[][]) => paths.filter((path) => !isText(at(...path))).map((path) => path.join(' → '));

describe('every engine key has its wording', () => {
  it.each([
    ['SITUATION_RULE_KEYS', SITUATION_RULE_KEYS],
    ['PARENT_RULE_KEYS', PARENT_RULE_KEYS],
    ['OUTCOME_RULE_KEYS', OUTCOME_RULE_KEYS],
  ])('result.rules has an explanation for each of %s', (_, keys) =>
    expect(missing(keys.map((key) => ['result', 'rules', key]))).toEqual([]));

  it('result.nextSteps has text for each of NEXT_STEPS', () =>
    expect(missing(NEXT_STEPS.map((key) => ['result', 'nextSteps', key, 'text']))).toEqual([]));

  it('result.materials has text for each of GENERAL_MATERIALS', () =>
    expect(missing(GENERAL_MATERIALS.map((key) => ['result', 'materials', key]))).toEqual([]));

  it('a headline, a short name and a summary for each outcome; a label for each standing', () => {
    const outcomes = ['orphan', 'eligible', 'possibly_eligible', 'not_eligible'];
    const paths = outcomes.flatMap((o) => ['headline', 'short', 'summary'].map((f) => ['result', 'outcomes', o, f]));
    const standings = ['absent', 'qualifying', 'not_qualifying', 'unknown'].map((s) => ['result', 'standings', s]);
    expect(missing([...paths, ...standings])).toEqual([]);
  });

  it('the headlines say 初步判断 with the outcome they name', () => {
    expect(['orphan', 'eligible', 'possibly_eligible', 'not_eligible'].map((o) => at('result', 'outcomes', o, 'headline'))).toEqual([
      '初步判断：属于孤儿情形',
      '初步判断：符合',
      '初步判断：可能符合',
      '初步判断：暂不符合',
    ]);
  });

  it('a message for each way a link can fail to be read, the empty link (##) included', () => {
    const errors: DecodeError[] = ['empty', 'version', 'malformed', 'invalid'];
    expect(missing(errors.map((error) => ['linkError', error]))).toEqual([]);
  });

  it('for each kind of result: what the child could get, and the one thing to do first', () => {
    const paths = RESULT_KINDS.flatMap((kind) => [['result', 'benefit', 'lines', kind], ['result', 'action', kind, 'text']]);
    expect(missing([...paths, ['result', 'undecided', 'headline'], ['result', 'undecided', 'summary']])).toEqual([]);
  });

  it('a way to find out for each rule that leaves a situation open', () =>
    expect(missing(FIND_OUT_RULES.map((rule) => ['result', 'findOut', 'ways', rule]))).toEqual([]));
});

describe('every question the flow can ask has its wording', () => {
  it('a short label and an explanation for each situation a family can tick', () =>
    expect(missing(PICKABLE_KINDS.flatMap((kind) => [['situations', 'labels', kind], ['situations', 'optionHints', kind]]))).toEqual([]));

  it('every situation in exactly one named group', () => {
    const groups = at('situations', 'groups') as { label: string; kinds: string[] }[];
    expect(groups.every((group) => isText(group.label))).toBe(true);
    expect(groups.flatMap((group) => group.kinds).sort()).toEqual([...PICKABLE_KINDS].sort());
  });

  it('each follow-up field: legend, hint, review label, a label per answer, a change sentence per answer but 不清楚', () => {
    const paths = Object.entries(SITUATION_FIELDS).flatMap(([kind, fields]) =>
      fields.flatMap((field) => {
        const keys = (FIELD_VALUES[field] as readonly QualifierValue[]).map(keyOf);
        return [
          ...['legend', 'hint', 'review'].map((part) => ['details', kind, field, part]),
          ...keys.map((key) => ['details', kind, field, 'options', key]),
          ...keys.filter((key) => key !== 'unknown').map((key) => ['details', kind, field, 'changes', key]),
        ];
      }),
    );
    expect(paths.length).toBeGreaterThan(60);
    expect(missing(paths)).toEqual([]);
  });

  it('the age question and both parents’ situations questions', () =>
    expect(
      missing([
        ['age', 'legend'], ['age', 'hint'], ['age', 'options', 'yes'], ['age', 'options', 'no'], ['age', 'error'],
        ['situations', 'legend'], ['situations', 'none'], ['situations', 'unknown'], ['situations', 'error'],
        ['situations', 'exclusiveError'], ['followUpError'], ['result', 'ageChanges', 'yes'], ['result', 'ageChanges', 'no'],
      ]),
    ).toEqual([]));
});

describe('the wording is well formed', () => {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') texts.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(yaml);

  it('uses only the placeholders the island fills in', () => {
    const known = new Set(['parent', 'parents', 'words', 'situation', 'current', 'total', 'section', 'condition', 'outcome', 'name', 'amount', 'date', 'year', 'month', 'day', 'url']);
    const unknown = texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])).filter((name) => !known.has(name));
    expect(unknown).toEqual([]);
  });

  it('types no amount: what the child could get comes from content/standards.yaml ({amount})', () => {
    const typed = readAmounts().flatMap((entry) => texts.filter((text) => text.includes(String(entry.amount))));
    expect(typed).toEqual([]);
    const lines = at('result', 'benefit', 'lines') as Record<string, string>;
    expect(Object.values(lines).filter((line) => line.includes('{amount}')).length).toBeGreaterThanOrEqual(3);
  });

  it('never asks for a name, an ID number, an address or a phone number', () => {
    const asks = texts.filter((text) => /请(输入|填写|提供).{0,6}(姓名|身份证|住址|地址|电话)/.test(text));
    expect(asks).toEqual([]);
  });

  it('every link points to a page of this site', () => {
    const steps = at('result', 'nextSteps') as Record<string, { link?: { path: string } }>;
    const broken = Object.values(steps)
      .flatMap((step) => (step.link ? [step.link.path] : []))
      .filter((path) => {
        const id = path.split('#')[0].replace(/^\/|\/$/g, '') || 'index';
        return !existsSync(join(contentRoot, 'pages', `${id}.mdx`));
      });
    expect(broken).toEqual([]);
  });
});
