/** @jsxRuntime classic */
/** @jsx h */
/**
 * The initial judgement, in the order that matters to a family: the headline; what the child could get and the one
 * thing to do now; what must be found out first; why (each parent, each clause, the document); what to prepare;
 * where to apply; who helps; what would change the result; who decides. Then sharing and actions.
 * Printed, it is this screen alone on one A4 page, under the site's name, the date and the answers (questionnaire.css).
 */
import { h } from 'preact';
// explain() rather than assess(): the questionnaire builds only valid answers, and assess() would check them again
// with the validator's code and messages, 0.5 KB gzip the page does not need.
import { explain } from '../lib/eligibility/explain';
import { answersOf, findOuts, resultKind, resultWording } from '../lib/questionnaire';
import { shareUrl } from './hash';
import PrintHead from './PrintHead';
import type Questionnaire from './Questionnaire';
import ResultChanges from './ResultChanges';
import ResultChecklist from './ResultChecklist';
import ResultLead from './ResultLead';
import ResultNextSteps from './ResultNextSteps';
import ResultReasons from './ResultReasons';
import ResultWhere from './ResultWhere';
import ScreenNav from './ScreenNav';
import ShareLink from './ShareLink';

export default function ResultScreen({ q }: { q: Questionnaire }) {
  const data = q.props;
  const { draft } = q.state;
  const answers = answersOf(draft)!; // complete: the island settles on the result only then
  const assessment = explain(answers);
  const kind = resultKind(assessment);
  const { result, nav } = data.text;
  const wording = resultWording(data.text, kind);
  return (
    <section class="q-screen q-result" aria-labelledby="q-heading" data-outcome={assessment.outcome} data-kind={kind}>
      <ScreenNav q={q} />
      <PrintHead data={data} draft={draft} />
      <div class="q-headline">
        <h2 id="q-heading" tabIndex={-1} data-focus>{wording.headline}</h2>
        <p>{wording.summary}</p>
      </div>
      <ResultLead data={data} kind={kind} open={findOuts(assessment)} />
      <ResultReasons data={data} answers={answers} assessment={assessment} />
      <ResultChecklist data={data} materials={assessment.materials} />
      <ResultWhere data={data} />
      <ResultNextSteps data={data} steps={assessment.nextSteps.filter((step) => step !== 'district_decides')} />
      <ResultChanges data={data} changes={assessment.changes} />
      <p class="q-decides">{result.decides}</p>
      <ShareLink q={q} url={shareUrl(q.hash, data.sharePage)} />
      <div class="q-actions q-no-print">
        <button type="button" class="q-button" onClick={() => print()}>{nav.print}</button>
        <button type="button" class="q-button q-secondary" onClick={() => q.go({ at: 'review' })}>{nav.changeAnswers}</button>
      </div>
    </section>
  );
}
