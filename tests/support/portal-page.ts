/**
 * Stands in for a page of the district portal that frames the embed page: a tiny server on 127.0.0.1 and its own
 * port (so its origin is another than the site's), serving /portal.html?src=<embed URL>&site=<site origin>. The page
 * records every height message from the frame, checked as the publishing note's snippet checks it, in
 * window.heights, and resizes the frame to it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PortalPage {
  origin: string;
  /** The address of the framing page for an embed URL whose messages come from siteOrigin. */
  url: (embedUrl: string, siteOrigin: string) => string;
  close: () => Promise<void>;
}

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>门户页面（测试）</title></head>
<body>
<h1>门户页面（测试）</h1>
<iframe id="xs-etbz-ziping" title="事实无人抚养儿童自助判断" width="100%" height="300"></iframe>
<script>
  var params = new URLSearchParams(location.search);
  var frame = document.getElementById('xs-etbz-ziping');
  frame.style.border = '0';
  window.heights = [];
  window.others = [];
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== params.get('site') || event.source !== frame.contentWindow) return void window.others.push(event.origin);
    if (data && data.type === 'xs-etbz:height' && data.height > 0) {
      window.heights.push(data.height);
      frame.style.height = data.height + 'px';
    }
  });
  frame.src = params.get('src');
</script>
</body>
</html>`;

export async function startPortalPage(port = 0): Promise<PortalPage> {
  const server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/portal.html') return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(PAGE);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (embedUrl, siteOrigin) =>
      `${origin}/portal.html?${new URLSearchParams({ src: embedUrl, site: siteOrigin }).toString()}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
