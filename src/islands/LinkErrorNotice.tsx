/** @jsxRuntime classic */
/** @jsx h */
/** A link that cannot be read: which kind of problem, in plain words, above a fresh start. */
import { h } from 'preact';
import type { DecodeError } from '../lib/eligibility/codec';
import type { QuestionnaireData } from '../lib/questionnaire';

interface Props {
  data: QuestionnaireData;
  error: DecodeError;
}

export default function LinkErrorNotice({ data, error }: Props) {
  const text = data.text.linkError;
  return (
    <div class="q-alert" role="alert" data-link-error={error}>
      <h2 tabIndex={-1} data-focus>{text.heading}</h2>
      <p>{text[error]}</p>
      <p>{text.fresh}</p>
    </div>
  );
}
