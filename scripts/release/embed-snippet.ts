/**
 * The code the portal puts on its page to show the questionnaire (/ziping/embed/), as 发布说明.txt gives it: a
 * sandboxed iframe and a few lines that fit its height to the questionnaire. The browser tests serve exactly these
 * lines on a stand-in portal page (tests/support/snippet-portal.ts).
 *
 * Why the sandbox: without it the embed page has the portal's origin (the same host), so any script on the portal
 * page, analytics included, could read the family's answers from the frame's address and page. Sandboxed without
 * allow-same-origin, the frame has an opaque origin: neither side can read the other. What it needs and costs:
 * - allow-scripts: the questionnaire is a script; allow-forms: its 继续 buttons submit forms (handled in the page,
 *   nothing is sent), which a sandbox without it silently blocks;
 * - allow-popups and allow-popups-to-escape-sandbox: links open in a new tab (the embed page does that for every
 *   link), as an ordinary page;
 * - allow="clipboard-write": the 复制链接 button; without it the page asks the visitor to copy the link by hand;
 * - no storage: the frame cannot read the 长辈版 / 高对比度 choice a visitor made on the site's pages;
 * - the height message comes from origin "null", so the code checks that it comes from this frame (event.source).
 */

/** The id the snippet gives its iframe. */
export const FRAME_ID = 'xs-etbz-ziping';

/** The sandbox tokens: scripts, forms, and links that open in a new tab as ordinary pages. No allow-same-origin. */
export const SANDBOX = 'allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox';

/** The snippet's lines, for an embed page at `embedUrl` (no indentation; the note indents them). */
export function embedSnippet(embedUrl: string): string[] {
  return [
    `<iframe id="${FRAME_ID}" src="${embedUrl}" title="事实无人抚养儿童自助判断" width="100%" height="900" loading="lazy"`,
    `  sandbox="${SANDBOX}" allow="clipboard-write"></iframe>`,
    '<script>',
    '  (function () {',
    `    var frame = document.getElementById('${FRAME_ID}');`,
    "    frame.style.border = '0';",
    "    window.addEventListener('message', function (event) {",
    "      // The sandboxed frame has no origin of its own (\"null\"): check that the message comes from this frame.",
    "      if (event.source !== frame.contentWindow || event.origin !== 'null') return;",
    '      var data = event.data;',
    "      if (data && data.type === 'xs-etbz:height' && typeof data.height === 'number' && data.height > 0) {",
    "        frame.style.height = Math.ceil(data.height) + 'px';",
    '      }',
    '    });',
    '  })();',
    '</script>',
  ];
}
