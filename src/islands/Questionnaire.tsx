/** @jsxRuntime classic */
/** @jsx h */
/**
 * The questionnaire island: one state machine for the whole questionnaire. It holds the answers (a Draft) and the
 * position (start, a question, the review, the result); routes between them (the route itself is
 * src/lib/questionnaire); gives each position its own history entry with the answers in the address's hash, so that
 * back, forward, reload and an interruption never lose an answer; and moves focus to each new screen's heading (or
 * to the error box) while keeping 返回上一步 and the progress line in view.
 * A class component, so the page needs no hooks module, and the screens receive the island itself (`q`) rather than
 * a dozen props each: the page's scripts must stay within 15 KB gzip. No network, no storage.
 */
import { Component, h } from 'preact';
import type { DecodeError } from '../lib/eligibility/codec';
import {
  START,
  applyChoice,
  ask,
  chosenKeys,
  emptyDraft,
  isMultiple,
  nextScreen,
  positionHash,
  positionKey,
  previousPosition,
  readHash,
  settle,
  toggle,
  validateScreen,
  type Draft,
  type Position,
  type QuestionnaireData,
  type ScreenError,
} from '../lib/questionnaire';
import { currentHash, isPageAnchor, ownEntry, pushEntry, replaceEntry } from './hash';
import LinkErrorNotice from './LinkErrorNotice';
import QuestionScreen from './QuestionScreen';
import RestartScreen from './RestartScreen';
import ResultScreen from './ResultScreen';
import ReviewScreen from './ReviewScreen';
import StartScreen from './StartScreen';

export interface State {
  draft: Draft;
  position: Position;
  error?: ScreenError; // why the question shown cannot be accepted yet
  linkError?: DecodeError; // a link that could not be read
  confirming?: boolean; // 重新开始 was pressed: asking before the answers are cleared
  copied?: string; // how the last 复制链接 went, announced
}

const FOCUS = '[data-focus]';
const SCREENS = { start: StartScreen, question: QuestionScreen, review: ReviewScreen, result: ResultScreen };
/** The position while a question is on screen (the only time the family can choose or continue). */
type Asked = Extract<Position, { at: 'question' }>;

export default class Questionnaire extends Component<QuestionnaireData, State> {
  state: State = { draft: emptyDraft(), position: START };
  hash = ''; // the hash of the position shown
  private focus = ''; // selector of the element to focus after the next render

  componentDidMount() {
    this.load();
    addEventListener('popstate', this.navigated); // back, forward, and a link typed or pasted into the address bar
  }

  componentDidUpdate() {
    const root = this.base as HTMLElement;
    const target = this.focus && root.querySelector<HTMLElement>(this.focus);
    this.focus = '';
    if (!target) return;
    target.focus();
    // The heading has the focus; 返回上一步 and the progress line above it must be in view too.
    const top = root.querySelector('.q-screen')!;
    const { top: y } = top.getBoundingClientRect();
    if (y < 0 || y > innerHeight / 2) top.scrollIntoView();
  }

  /** Shows a position and records it in the history: as a new entry (push), or in place of the current one. */
  private show(draft: Draft, position: Position, push: boolean, focus = FOCUS, linkError?: DecodeError) {
    const from = positionKey(this.state.position);
    this.hash = positionHash(draft, position);
    if (push) pushEntry(this.hash, from);
    else replaceEntry(this.hash);
    this.focus = focus;
    this.setState({ draft, position, linkError, error: undefined, confirming: false, copied: undefined });
  }

  /** A page opened, reloaded, or a link typed or pasted over this one: the address says everything. */
  private load() {
    const read = readHash(currentHash());
    if (!read.ok) return this.show(emptyDraft(), START, false, FOCUS, read.error);
    this.show(read.draft, settle(read.draft, read.position), false, read.position.at === 'start' ? '' : FOCUS);
  }

  /** Back or forward to one of the questionnaire's entries: that position, with the answers as last given. */
  private navigated = () => {
    const hash = currentHash();
    if (hash === this.hash) return; // an entry of the same position (or the skip link's entry, put right)
    if (isPageAnchor(hash)) return replaceEntry(this.hash); // the skip link: keep the answers in the address
    const read = readHash(hash);
    if (!read.ok || !ownEntry()) return this.load();
    this.show(this.state.draft, settle(this.state.draft, read.position), false);
  };

  /** Moves on to a position: a new history entry. */
  go = (position: Position) => this.show(this.state.draft, settle(this.state.draft, position), true);

  /** 返回上一步: back in the history when the entry before is that step, else a new entry for it. */
  back = () => {
    const target = previousPosition(this.state.draft, this.state.position);
    const own = ownEntry();
    if (own && own.from === positionKey(target)) history.back();
    else this.go(target);
  };

  /** A choice counts at once (and goes into the address), so that nothing chosen is lost before 继续. */
  choose = (key: string, on: boolean) => {
    const { draft } = this.state;
    const position = this.state.position as Asked;
    const { screen } = position;
    const next = applyChoice(draft, screen, isMultiple(screen) ? toggle(chosenKeys(draft, screen), key, on) : [key]);
    this.hash = positionHash(next, position);
    replaceEntry(this.hash);
    this.setState({ draft: next });
  };

  /** 继续: the next question, or the review; an error box when the question is not answered. */
  submit = () => {
    const { draft } = this.state;
    const position = this.state.position as Asked;
    const error = validateScreen(position.screen, chosenKeys(draft, position.screen));
    if (error) {
      this.focus = '.q-error-summary';
      return this.setState({ error });
    }
    const next = nextScreen(draft, position.screen, position.changing);
    this.go(next ? ask(next, position.changing) : { at: 'review' });
  };

  /** 重新开始 asks first (true), or the family keeps its answers (false). */
  confirm = (confirming: boolean) => {
    this.focus = FOCUS;
    this.setState({ confirming });
  };

  /** 复制链接: the link to the clipboard, or, where the browser refuses, the field selected and a word on copying by hand. */
  copy = (url: string) => {
    const { share } = this.props.text;
    const manual = () => {
      (document.getElementById('q-share-url') as HTMLInputElement).select();
      this.setState({ copied: share.copyFailed });
    };
    if (!navigator.clipboard) return manual();
    navigator.clipboard.writeText(url).then(() => this.setState({ copied: share.copied }), manual);
  };

  /** Every answer cleared: the start, as a new history entry. */
  clear = () => this.show(emptyDraft(), START, true);

  render(data: QuestionnaireData, state: State) {
    const { at } = state.position;
    const Screen = state.confirming ? RestartScreen : SCREENS[at];
    return (
      <div class="q" data-view={state.confirming ? 'restart' : at}>
        {state.linkError && <LinkErrorNotice data={data} error={state.linkError} />}
        <Screen q={this} />
      </div>
    );
  }
}
