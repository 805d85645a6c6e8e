/**
 * One question per screen: the question as the fieldset's legend and the screen's heading, a hint, large radio or
 * checkbox rows, and an error summary (announced, and focused by the island) when the family continues without
 * answering. Stateless: the island holds the choices.
 */
import {
  errorText,
  hintOf,
  isMultiple,
  legendOf,
  optionHint,
  optionLabel,
  optionsOf,
  screenId,
  NONE,
  type Draft,
  type QuestionnaireData,
  type Screen,
  type ScreenError,
} from '../lib/questionnaire';
import PendingNote from './PendingNote';
import Progress from './Progress';

interface Props {
  data: QuestionnaireData;
  draft: Draft;
  screen: Screen;
  keys: string[]; // the options chosen so far
  error?: ScreenError;
  onChoose: (key: string, on: boolean, multiple: boolean) => void;
  onSubmit: () => void;
  onBack: () => void;
  onRestart: () => void;
}

export default function QuestionScreen({ data, draft, screen, keys, error, onChoose, onSubmit, onBack, onRestart }: Props) {
  const { nav, errorSummary, situations } = data.text;
  const multiple = isMultiple(screen);
  const id = `q-${screenId(screen)}`;
  const options = optionsOf(screen);
  const message = error && errorText(data, screen, error);
  const first = `${id}-${keys[0] ?? options[0]}`;
  const pending = screen.kind === 'detail' ? data.situations[screen.situation as keyof typeof data.situations].pending : undefined;

  return (
    <form
      class="q-screen"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <button type="button" class="q-back" onClick={onBack}>{nav.back}</button>
      <Progress data={data} draft={draft} at={screen} />
      {message && (
        <div class="q-error-summary" role="alert" tabIndex={-1}>
          <h2>{errorSummary.heading}</h2>
          <a
            href={`#${first}`}
            onClick={(event) => {
              event.preventDefault(); // a #fragment would replace the answers' hash
              document.getElementById(first)?.focus();
            }}
          >
            {message}
          </a>
        </div>
      )}
      <fieldset class="q-fieldset" aria-describedby={message ? 'q-hint q-error' : 'q-hint'} data-error={message && ''}>
        <legend>
          <h2 id="q-heading" tabIndex={-1} data-focus>{legendOf(data, screen)}</h2>
        </legend>
        <p id="q-hint" class="q-hint">{hintOf(data, screen)}</p>
        <PendingNote data={data} pending={pending} />
        {message && (
          <p id="q-error" class="q-error">
            <span class="sr-only">{errorSummary.prefix}</span>
            {message}
          </p>
        )}
        <div class="q-options">
          {options.map((key) => {
            const hint = optionHint(data, screen, key);
            return (
              <>
                {key === NONE && <p class="q-or">{situations.or}</p>}
                <div class="q-option">
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    id={`${id}-${key}`}
                    name={id}
                    value={key}
                    checked={keys.includes(key)}
                    onChange={(event) => onChoose(key, event.currentTarget.checked, multiple)}
                  />
                  <label for={`${id}-${key}`}>
                    {optionLabel(data, screen, key)}
                    {hint && <span class="q-option-hint">{hint}</span>}
                  </label>
                </div>
              </>
            );
          })}
        </div>
      </fieldset>
      <div class="q-actions">
        <button type="submit" class="q-button">{nav.continue}</button>
        <button type="button" class="q-link" onClick={onRestart}>{nav.restart}</button>
      </div>
    </form>
  );
}
