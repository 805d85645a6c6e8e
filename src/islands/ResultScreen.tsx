/**
 * The initial judgement: headline, what it means, why (each parent, each clause, the document), what to prepare,
 * where to go and who helps, what would change it, that the 区民政局 decides; then sharing and actions.
 * Printed, it is this screen alone on one A4 page (src/islands/questionnaire.css).
 */
import { assess, type Answers } from '../lib/eligibility';
import { outcomeWording, type QuestionnaireData } from '../lib/questionnaire';
import ResultChanges from './ResultChanges';
import ResultChecklist from './ResultChecklist';
import ResultNextSteps from './ResultNextSteps';
import ResultReasons from './ResultReasons';
import ShareLink from './ShareLink';

interface Props {
  data: QuestionnaireData;
  answers: Answers;
  url: string; // the share link
  copied?: string; // the outcome of 复制链接
  onCopy: () => void;
  onChange: () => void;
  onRestart: () => void;
}

export default function ResultScreen({ data, answers, url, copied, onCopy, onChange, onRestart }: Props) {
  const assessment = assess(answers);
  const { result, nav } = data.text;
  const outcome = outcomeWording(data.text, assessment.outcome, assessment.basis.rule);
  return (
    <section class="q-screen q-result" aria-labelledby="q-heading" data-outcome={assessment.outcome}>
      <div class="q-headline">
        <h2 id="q-heading" tabIndex={-1} data-focus>{outcome.headline}</h2>
        <p>{outcome.summary}</p>
        <p class="q-decides">{result.decides}</p>
      </div>
      <ResultReasons data={data} answers={answers} assessment={assessment} />
      <ResultChecklist data={data} materials={assessment.materials} />
      <ResultNextSteps data={data} steps={assessment.nextSteps} />
      <ResultChanges data={data} changes={assessment.changes} />
      <ShareLink data={data} url={url} copied={copied} onCopy={onCopy} />
      <div class="q-actions q-no-print">
        <button type="button" class="q-button" onClick={() => print()}>{nav.print}</button>
        <button type="button" class="q-button q-secondary" onClick={onChange}>{nav.changeAnswers}</button>
        <button type="button" class="q-link" onClick={onRestart}>{nav.restart}</button>
      </div>
    </section>
  );
}
