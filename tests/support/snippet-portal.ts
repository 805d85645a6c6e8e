/**
 * A stand-in for the portal page that embeds the questionnaire with exactly the code 发布说明.txt gives (the lines
 * from its <iframe> to its </script>), for nginx to serve from the site's own origin, as the portal does. Beside the
 * real frame it holds a decoy: a second sandboxed frame (origin "null" as well) that keeps posting a height message
 * of DECOY_HEIGHT, which the snippet must ignore.
 */

export const DECOY_HEIGHT = 77;

/** The snippet's lines in the publishing note: from the line with `<iframe id="<frameId>"` to the next `</script>`. */
export function snippetFromNote(note: string, frameId: string): string {
  const lines = note.split(/\r?\n/);
  const start = lines.findIndex((line) => line.includes(`<iframe id="${frameId}"`));
  const end = lines.findIndex((line, index) => index > start && line.trim() === '</script>');
  if (start < 0 || end < 0) throw new Error(`发布说明.txt has no embed snippet (<iframe id="${frameId}" … </script>)`);
  return lines.slice(start, end + 1).join('\n');
}

/** The snippet as the note says to change it when the portal does without the sandbox (not recommended). */
export function withoutSandbox(snippet: string, siteOrigin: string): string {
  const changed = snippet.replace(/\s+sandbox="[^"]*"/, '').replace(/\s+allow="[^"]*"/, '').replace("event.origin !== 'null'", `event.origin !== '${siteOrigin}'`);
  if (changed === snippet || /sandbox=|'null'/.test(changed)) throw new Error('the snippet no longer has the sandbox the note describes');
  return changed;
}

const decoy = `<iframe id="decoy" title="另一个框" sandbox="allow-scripts" height="40" srcdoc="&lt;script&gt;
setInterval(function () { parent.postMessage({ type: 'xs-etbz:height', height: ${DECOY_HEIGHT} }, '*'); }, 50);
&lt;/script&gt;"></iframe>`;

/** A portal page with the snippet and the decoy. */
export function portalPage(snippet: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>门户页面（测试）</title></head>
<body>
<h1>门户页面（测试）</h1>
${decoy}
${snippet}
</body>
</html>
`;
}
