/**
 * The presenter on /peixun/yanshi/: shows one case at a time and drives it from the keyboard or the buttons.
 * ←/PageUp previous, →/PageDown next, Home first, End last, Space/Enter toggle the answer (unless a button or link
 * has focus), ↓ show it, ↑ hide it. The case number is announced in a live region; the address keeps #<slide id>
 * so a reload (or a link from a case page) opens the same case. All cases are in the page: no request after load.
 * Every word shown comes from the page's data-* attributes.
 */

const root = document.querySelector<HTMLElement>('[data-presenter]');
if (root) start(root);

function start(stage: HTMLElement): void {
  const slides = [...stage.querySelectorAll<HTMLElement>('[data-slide]')];
  const bar = stage.querySelector<HTMLElement>('[data-controls]');
  const statusElement = stage.querySelector<HTMLElement>('[data-status]');
  if (slides.length === 0 || !bar || !statusElement) return;
  const status = statusElement;
  const button = (action: string) => bar.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  const [previous, reveal, next, fullscreen] = ['previous', 'reveal', 'next', 'fullscreen'].map(button);
  const template = stage.dataset.statusTemplate ?? '{n} / {total}';
  let current = Math.max(0, slides.findIndex((slide) => `#${slide.id}` === location.hash));

  const answerOf = (i: number) => slides[i].querySelector<HTMLDetailsElement>('details[data-reveal]');
  const headingOf = (i: number) => slides[i].querySelector<HTMLElement>('h2');

  function syncReveal(): void {
    const open = answerOf(current)?.open ?? false;
    reveal.textContent = (open ? reveal.dataset.hideLabel : reveal.dataset.showLabel) ?? '';
    reveal.setAttribute('aria-expanded', String(open));
  }

  function show(index: number, initial = false): void {
    const before = current;
    current = Math.min(slides.length - 1, Math.max(0, index));
    const focus = document.activeElement;
    const focusWasOnHiddenSlide = focus instanceof HTMLElement && slides[before].contains(focus) && before !== current;
    slides.forEach((slide, i) => (slide.hidden = i !== current));
    previous.disabled = current === 0;
    next.disabled = current === slides.length - 1;
    syncReveal();
    const title = headingOf(current)?.textContent ?? '';
    status.textContent = template
      .replace('{n}', String(current + 1))
      .replace('{total}', String(slides.length))
      .replace('{title}', title.replace(/^[^：]*：/, ''));
    if (initial) return; // the address is left alone until the first move (Chrome scrolls to a #fragment at load)
    history.replaceState(history.state, '', `#${slides[current].id}`);
    if (slides[current].getBoundingClientRect().top < 0) slides[current].scrollIntoView({ block: 'start' });
    const lostFocus = focus instanceof HTMLButtonElement && focus.disabled;
    if (focusWasOnHiddenSlide || lostFocus) headingOf(current)?.focus();
  }

  function setAnswer(open: boolean): void {
    const answer = answerOf(current);
    if (answer) answer.open = open;
    syncReveal();
  }

  function onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof Element ? event.target : document.body;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    const open = answerOf(current)?.open ?? false;
    switch (event.key) {
      case 'ArrowRight':
      case 'PageDown':
        show(current + 1);
        break;
      case 'ArrowLeft':
      case 'PageUp':
        show(current - 1);
        break;
      case 'Home':
        show(0);
        break;
      case 'End':
        show(slides.length - 1);
        break;
      case 'ArrowDown':
        if (open) return; // already shown: let the page scroll
        setAnswer(true);
        break;
      case 'ArrowUp':
        if (!open) return;
        setAnswer(false);
        break;
      case ' ':
      case 'Enter':
        if (target.closest('button, a, summary')) return; // the focused control does its own job
        setAnswer(!open);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  previous.addEventListener('click', () => show(current - 1));
  next.addEventListener('click', () => show(current + 1));
  reveal.addEventListener('click', () => setAnswer(!(answerOf(current)?.open ?? false)));
  slides.forEach((slide) => slide.querySelector('details')?.addEventListener('toggle', syncReveal));
  document.addEventListener('keydown', onKey);

  if (document.fullscreenEnabled) {
    const syncFullscreen = () => {
      fullscreen.textContent = (document.fullscreenElement ? fullscreen.dataset.exitLabel : fullscreen.dataset.enterLabel) ?? '';
    };
    fullscreen.addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void stage.requestFullscreen();
    });
    document.addEventListener('fullscreenchange', syncFullscreen);
  } else {
    fullscreen.hidden = true;
  }

  stage.classList.add('presenter-on');
  bar.hidden = false;
  show(current, true);
}
