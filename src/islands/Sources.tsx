/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
/** 依据：民发〔2019〕62号、云民发〔2021〕51号 — each a link to the document's page. */
import { Fragment, h } from 'preact';
import type { QuestionnaireData } from '../lib/questionnaire';

export default function Sources({ data, ids }: { data: QuestionnaireData; ids: readonly string[] }) {
  return (
    <span class="q-sources">
      {data.text.result.basisLabel}：
      {ids.map((id, i) => (
        <>
          {i > 0 && '、'}
          <a href={data.documents[id].href}>{data.documents[id].label}</a>
        </>
      ))}
    </span>
  );
}
