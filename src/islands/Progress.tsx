/** @jsxRuntime classic */
/** @jsx h */
/** Which part of the questionnaire this is: 第2部分，共4部分：父亲的情况. */
import { h } from 'preact';
import { progressOf, progressText, type Draft, type QuestionnaireData, type Screen } from '../lib/questionnaire';

interface Props {
  data: QuestionnaireData;
  draft: Draft;
  at: Screen | 'review';
}

export default function Progress({ data, draft, at }: Props) {
  return (
    <p class="q-progress">{progressText(data, progressOf(draft, at))}</p>
  );
}
