/**
 * The flowchart of the definition, ready to show: the SVG markup and its text alternative (the same steps as
 * sentences), from the engine's rules and the content's wording. Used by the page and the downloadable .svg file.
 */
import type { QuestionnaireContent, TrainingContent } from '../../schemas';
import type { OutcomeRuleKey } from '../../eligibility/keys';
import type { Outcome } from '../../eligibility/types';
import { definitionFlow } from './flow';
import { chartColumns, chartSteps, type FlowWording } from './text';
import { layoutChart, renderChartSvg } from './svg';
import { OUTCOMES } from '../../eligibility/keys';

export function flowWording(text: QuestionnaireContent, training: TrainingContent): FlowWording {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, text.result.outcomes[o].short])) as Record<Outcome, string>;
  return {
    standings: text.result.standings,
    outcomes,
    overAge: text.result.overAge.short,
    rules: text.result.rules as Record<OutcomeRuleKey, string>,
    chart: training.flowchart,
  };
}

export interface DefinitionChart {
  title: string;
  svg: string; // markup of the <svg> element
  steps: string[]; // the text alternative, in order
}

export function definitionChart(
  text: QuestionnaireContent,
  training: TrainingContent,
  options: { idPrefix: string; standalone?: boolean },
): DefinitionChart {
  const wording = flowWording(text, training);
  const flow = definitionFlow();
  const steps = chartSteps(flow, wording);
  const title = training.flowchart.title;
  const svg = renderChartSvg(layoutChart(chartColumns(flow, wording)), {
    ...options,
    title,
    description: steps.join(' '),
  });
  return { title, svg, steps };
}
