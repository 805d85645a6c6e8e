/** @jsxRuntime classic */
/** @jsx h */
/**
 * One question per screen: the question as the fieldset's legend and the screen's heading, a hint, large radio or
 * checkbox rows (in named groups on a parent's situations screen, each with 说明 beside it, a <details> that opens
 * what it means), and an error summary (announced, and focused by the island) when the family continues without
 * answering. The island holds the answers.
 */
import { h } from 'preact';
import {
  chosenKeys,
  errorText,
  hintOf,
  isMultiple,
  legendOf,
  optionGroups,
  optionHint,
  optionLabel,
  screenId,
  type Screen,
} from '../lib/questionnaire';
import PendingNote from './PendingNote';
import Progress from './Progress';
import type Questionnaire from './Questionnaire';
import ScreenNav from './ScreenNav';

export default function QuestionScreen({ q }: { q: Questionnaire }) {
  const data = q.props;
  const { draft, error } = q.state;
  const { screen } = q.state.position as { screen: Screen };
  const keys = chosenKeys(draft, screen);
  const { nav, errorSummary } = data.text;
  const multiple = isMultiple(screen);
  const id = `q-${screenId(screen)}`;
  const groups = optionGroups(data, screen);
  const message = error && errorText(data, screen, error);
  const first = `${id}-${keys[0] || groups[0].keys[0]}`;
  const pending = screen.kind === 'detail' ? data.situations[screen.situation as keyof typeof data.situations].pending : undefined;

  return (
    <form
      class="q-screen"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        q.submit();
      }}
    >
      <ScreenNav q={q} />
      <Progress data={data} draft={draft} at={screen} />
      {message && (
        <div class="q-error-summary" role="alert" tabIndex={-1}>
          <h2>{errorSummary.heading}</h2>
          <a
            href={`#${first}`}
            onClick={(event) => {
              event.preventDefault(); // a #fragment would replace the answers' hash
              (document.getElementById(first) as HTMLElement).focus();
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
        {groups.map((group, g) => (
          <div class="q-options" role={group.label ? 'group' : undefined} aria-labelledby={group.label && `${id}-g${g}`}>
            {group.label && <p id={`${id}-g${g}`} class="q-group">{group.label}</p>}
            {group.keys.map((key) => {
              const option = `${id}-${key}`;
              const hint = optionHint(data, screen, key);
              const label = optionLabel(data, screen, key);
              return (
                <div class="q-option">
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    id={option}
                    name={id}
                    value={key}
                    checked={keys.includes(key)}
                    aria-describedby={hint && `${option}-hint`}
                    onChange={(event) => q.choose(key, event.currentTarget.checked)}
                  />
                  <label for={option} class={hint && 'q-has-more'}>{label}</label>
                  {hint && (
                    <details class="q-more">
                      <summary>
                        {data.text.situations.more}
                        <span class="sr-only">{label}</span>
                      </summary>
                      <p id={`${option}-hint`}>{hint}</p>
                    </details>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </fieldset>
      <div class="q-continue">
        <button type="submit" class="q-button">{nav.continue}</button>
      </div>
    </form>
  );
}
