/**
 * The words of the flowchart: the checks of definitionFlow() in the questionnaire's terms (standings, outcomes,
 * rule explanations from content/questionnaire.yaml) and the chart's own templates (content/training.yaml).
 * Gives the boxes of the chart and the same steps as sentences, for the text alternative.
 */
import type { OutcomeRuleKey } from '../../eligibility/keys';
import type { Outcome, Standing } from '../../eligibility/types';
import { fill } from '../../questionnaire/text';
import type { Condition, DefinitionFlow } from './flow';
import { STANDINGS } from '../../eligibility/keys';

/** The chart's templates (content/training.yaml, `flowchart`). */
export interface ChartTemplates {
  ageQuestion: string; // e.g. 孩子已满18周岁？
  classify: string; // e.g. 分别看父亲、母亲属于哪一类
  conditions: { both: string; oneEach: string; either: string; bothWithin: string }; // {a}, {b}, {list}
  question: string; // {condition}？
  otherwise: string; // 其他情况（{condition}）
  yes: string;
  no: string;
  listSeparator: string; // between standings in a list, e.g. 、
  steps: { question: string; classify: string; last: string }; // sentences of the text alternative
}

export interface FlowWording {
  standings: Record<Standing, string>; // 死亡或失踪 …
  outcomes: Record<Outcome, string>; // short outcome names: 符合 …
  overAge: string; // the short outcome for a child of 18 or older: 不符合 (the parents' situations cannot change it)
  rules: Record<OutcomeRuleKey, string>; // why, for each outcome branch
  chart: ChartTemplates;
}

/** One column of the chart: a box; under a question, the outcome its 是 leads to; then the arrow to the next column. */
export interface ChartColumn {
  kind: 'question' | 'process' | 'outcome';
  text: string;
  items?: string[]; // listed under the text (the four standings in the process box)
  yes?: { label: string; outcome: Outcome; text: string }; // question only: the box below
  next?: string; // label on the arrow to the next column ('' = none); absent on the last column
}

export function conditionText(condition: Condition, wording: FlowWording): string {
  const { conditions, listSeparator } = wording.chart;
  const name = (standing: Standing) => wording.standings[standing];
  switch (condition.kind) {
    case 'both':
      return fill(conditions.both, { a: name(condition.standing) });
    case 'one_each':
      return fill(conditions.oneEach, { a: name(condition.standings[0]), b: name(condition.standings[1]) });
    case 'either':
      return fill(conditions.either, { a: name(condition.standing) });
    case 'both_within':
      return fill(conditions.bothWithin, { list: condition.standings.map(name).join(listSeparator) });
  }
}

/** The chart, left to right: the age, the classification of each parent, each check, the last outcome. */
export function chartColumns(flow: DefinitionFlow, wording: FlowWording): ChartColumn[] {
  const { chart, outcomes } = wording;
  const columns: ChartColumn[] = [
    {
      kind: 'question',
      text: chart.ageQuestion,
      yes: { label: chart.yes, outcome: flow.age.outcome, text: wording.overAge },
      next: chart.no,
    },
    { kind: 'process', text: chart.classify, items: STANDINGS.map((s) => wording.standings[s]), next: '' },
  ];
  for (const check of flow.checks) {
    if (check.otherwise) {
      columns.push({ kind: 'outcome', text: outcomes[check.outcome] });
      continue;
    }
    columns.push({
      kind: 'question',
      text: fill(chart.question, { condition: conditionText(check.condition, wording) }),
      yes: { label: chart.yes, outcome: check.outcome, text: outcomes[check.outcome] },
      next: chart.no,
    });
  }
  return columns;
}

/** The same chart as sentences, in order: the text alternative. */
export function chartSteps(flow: DefinitionFlow, wording: FlowWording): string[] {
  const { chart, outcomes, rules } = wording;
  const steps = [
    fill(chart.steps.question, { question: chart.ageQuestion, outcome: wording.overAge, reason: rules[flow.age.rule] }),
    fill(chart.steps.classify, {
      classify: chart.classify,
      standings: STANDINGS.map((s) => `“${wording.standings[s]}”`).join(chart.listSeparator),
    }),
  ];
  for (const check of flow.checks) {
    const condition = conditionText(check.condition, wording);
    const values = { outcome: outcomes[check.outcome], reason: rules[check.rule] };
    steps.push(
      check.otherwise
        ? fill(chart.steps.last, { ...values, otherwise: fill(chart.otherwise, { condition }) })
        : fill(chart.steps.question, { ...values, question: fill(chart.question, { condition }) }),
    );
  }
  return steps;
}
