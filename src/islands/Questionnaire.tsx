/**
 * The questionnaire island: one state machine for the whole questionnaire. It holds the answers, the screen shown
 * and that screen's choices; routes between screens (the route itself is src/lib/questionnaire); keeps the answers
 * in the address's hash once the result shows; and moves focus to each new screen's heading (or to the error box).
 * A class component, so the page needs no hooks module (the script budget is 15 KB gzip). No network, no storage.
 */
import { Component } from 'preact';
import { decodeAnswers, encodeAnswers, type DecodeError } from '../lib/eligibility/codec';
import {
  answersOf,
  applyScreen,
  chosenKeys,
  draftOf,
  emptyDraft,
  lastScreen,
  nextScreen,
  previousScreen,
  toggle,
  validateScreen,
  type Draft,
  type QuestionnaireData,
  type Screen,
  type ScreenError,
} from '../lib/questionnaire';
import { currentHash, isPageAnchor, shareUrl, writeHash } from './hash';
import LinkErrorNotice from './LinkErrorNotice';
import QuestionScreen from './QuestionScreen';
import ResultScreen from './ResultScreen';
import ReviewScreen from './ReviewScreen';
import StartScreen from './StartScreen';

type View = 'start' | 'question' | 'review' | 'result';
export type LinkError = Exclude<DecodeError, 'empty'>;

interface State {
  draft: Draft;
  view: View;
  screen: Screen; // the question shown when view is 'question'
  changing: boolean; // the question was opened with 修改 from the review
  keys: string[]; // the options chosen on the question shown
  error?: ScreenError; // why the question shown cannot be accepted yet
  linkError?: LinkError; // a share link that could not be read
  copied?: string; // the outcome of 复制链接, announced
  ready: boolean; // hydrated: only then are the buttons shown
}

const AGE: Screen = { kind: 'age' };

export default class Questionnaire extends Component<QuestionnaireData, State> {
  state: State = { draft: emptyDraft(), view: 'start', screen: AGE, changing: false, keys: [], ready: false };
  private focus = ''; // selector of the element to focus after the next render
  private root?: HTMLDivElement | null;

  componentDidMount() {
    this.setState({ ready: true });
    this.open();
    addEventListener('hashchange', this.open);
  }

  componentWillUnmount() {
    removeEventListener('hashchange', this.open);
  }

  componentDidUpdate() {
    const code = this.code();
    if (code) writeHash(code);
    const target = this.focus && this.root?.querySelector<HTMLElement>(this.focus);
    this.focus = '';
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'start' });
    }
  }

  /** The answers as a share link's hash, while the result shows. */
  private code(): string | undefined {
    const answers = this.state.view === 'result' ? answersOf(this.state.draft) : undefined;
    return answers && encodeAnswers(answers);
  }

  private go(state: Partial<State>, focus = '[data-focus]') {
    this.focus = focus;
    this.setState(state as State);
  }

  /** Opens the share link in the hash: the result, or a clear message and a fresh start. */
  private open = () => {
    const hash = currentHash();
    if (hash === '') return;
    if (isPageAnchor(hash)) {
      const code = this.code(); // a skip link jumped within the page: keep the answers in the address
      if (code) writeHash(code);
      return;
    }
    const decoded = decodeAnswers(hash);
    const draft = decoded.ok ? draftOf(decoded.answers) : undefined;
    if (draft) return this.go({ draft, view: 'result', linkError: undefined, copied: undefined });
    writeHash('');
    this.go({ draft: emptyDraft(), view: 'start', linkError: decoded.ok ? 'invalid' : (decoded.error as LinkError) });
  };

  private ask(screen: Screen, changing: boolean, draft = this.state.draft) {
    this.go({ draft, view: 'question', screen, changing, keys: chosenKeys(draft, screen), error: undefined, linkError: undefined });
  }

  private restart = () => {
    writeHash('');
    this.go({ draft: emptyDraft(), view: 'start', linkError: undefined });
  };

  private submit = () => {
    const { draft, screen, changing, keys } = this.state;
    const error = validateScreen(screen, keys);
    if (error) return this.go({ error }, '.q-error-summary');
    const next = applyScreen(draft, screen, keys);
    const following = nextScreen(next, screen, changing);
    if (following) this.ask(following, changing, next);
    else this.go({ draft: next, view: 'review' });
  };

  private back = () => {
    const { draft, screen, changing } = this.state;
    const previous = changing ? undefined : previousScreen(draft, screen);
    if (previous) this.ask(previous, false);
    else this.go({ view: changing ? 'review' : 'start' });
  };

  private choose = (key: string, on: boolean, multiple: boolean) =>
    this.setState({ keys: multiple ? toggle(this.state.keys, key, on) : [key] });

  private copy = () => {
    const { share } = this.props.text;
    const done = (copied: string) => this.setState({ copied });
    const manual = () => {
      (document.getElementById('q-share-url') as HTMLInputElement | null)?.select();
      done(share.copyFailed);
    };
    const code = this.code();
    if (!code || !navigator.clipboard) return manual();
    navigator.clipboard.writeText(shareUrl(code, this.props.sharePage)).then(() => done(share.copied), manual);
  };

  render(data: QuestionnaireData, state: State) {
    const { draft, view } = state;
    const answers = view === 'result' ? answersOf(draft) : undefined;
    let screen;
    if (view === 'question') {
      screen = (
        <QuestionScreen
          data={data}
          draft={draft}
          screen={state.screen}
          keys={state.keys}
          error={state.error}
          onChoose={this.choose}
          onSubmit={this.submit}
          onBack={this.back}
          onRestart={this.restart}
        />
      );
    } else if (view === 'review') {
      screen = (
        <ReviewScreen
          data={data}
          draft={draft}
          onChange={(changed) => this.ask(changed, true)}
          onBack={() => this.ask(lastScreen(draft), false)}
          onSubmit={() => this.go({ view: 'result', copied: undefined })}
          onRestart={this.restart}
        />
      );
    } else if (answers) {
      screen = (
        <ResultScreen
          data={data}
          answers={answers}
          url={shareUrl(encodeAnswers(answers), data.sharePage)}
          copied={state.copied}
          onCopy={this.copy}
          onChange={() => this.go({ view: 'review' })}
          onRestart={this.restart}
        />
      );
    } else {
      screen = <StartScreen data={data} ready={state.ready} onStart={() => this.ask(AGE, false, draft)} />;
    }
    return (
      <div ref={(element) => void (this.root = element)} class="q" data-view={answers ? 'result' : view}>
        {state.linkError && view === 'start' && <LinkErrorNotice data={data} error={state.linkError} />}
        {screen}
      </div>
    );
  }
}
