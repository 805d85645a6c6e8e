/**
 * 发布说明.txt: a short note in Chinese for the portal's technical team: what is in the package, where to upload it,
 * the server configuration and headers (from headers.ts, the same the nginx file sends), the embed snippet, checks.
 * Written with a UTF-8 byte order mark and CRLF line ends, so Windows editors show the Chinese correctly.
 */
import { ROUTES } from '../../src/lib/paths.ts';
import { embedSnippet } from './embed-snippet.ts';
import { HSTS, type ResponseHeaders } from './headers.ts';

export interface NoteSettings {
  siteName: string;
  organizer: string;
  created: Date;
  url: string; // the site's address, e.g. https://www.kmxs.gov.cn/zt/etbz/
  base: string; // /zt/etbz/
  portalOrigin: string; // the origin that frames the embed page
  files: number; // files under site/
  zipName: string;
  headers: ResponseHeaders;
  pending: { markers: number; questions: number; pages: number }; // awaiting the district's confirmation (pending.ts)
}

function pendingParagraph({ markers, questions, pages }: NoteSettings['pending']): string[] {
  if (markers === 0) return ['待确认事项：无。本次打包的网站中没有标注为“待确认”的内容。'];
  return [
    `待确认事项：本次打包的网站中还有 ${questions} 个问题、${markers} 处内容标注为“待确认”（涉及 ${pages} 个页面），`,
    '页面上注明“以街道办事处、区民政局答复为准”。区民政局确认、内容修改后，请重新打包发布。',
  ];
}

const HEADER_NAMES: Record<string, string> = {
  'content-security-policy': 'Content-Security-Policy',
  'x-content-type-options': 'X-Content-Type-Options',
  'referrer-policy': 'Referrer-Policy',
  'permissions-policy': 'Permissions-Policy',
  'x-frame-options': 'X-Frame-Options',
  'cache-control': 'Cache-Control',
  'cross-origin-opener-policy': 'Cross-Origin-Opener-Policy',
  'cross-origin-resource-policy': 'Cross-Origin-Resource-Policy',
  'access-control-allow-origin': 'Access-Control-Allow-Origin',
  'strict-transport-security': 'Strict-Transport-Security',
};

const listHeaders = (set: Record<string, string>) => Object.entries(set).map(([name, value]) => `    ${HEADER_NAMES[name] ?? name}: ${value}`);

export function publishingNote(s: NoteSettings): string {
  const siteOrigin = new URL(s.url).origin;
  const embedUrl = new URL(ROUTES.embed.slice(1), s.url).href;
  const sitemapUrl = new URL('sitemap.xml', s.url).href;
  const folder = s.base.replace(/^\/|\/$/g, '');
  const date = s.created.toISOString().slice(0, 10);
  const lines = [
    `${s.siteName} 专题网站 发布说明`,
    `主办单位：${s.organizer}　打包日期：${date}　发布地址：${s.url}`,
    ...pendingParagraph(s.pending),
    '',
    '一、压缩包内容',
    `  ${s.zipName} 中有：`,
    `  site/           网站文件（${s.files} 个），全部是静态文件，不需要数据库和后台程序`,
    '  nginx.conf      nginx 配置片段（已按本次打包的路径和门户地址填好）',
    '  manifest.json   每个文件的大小和 SHA-256，用于核对上传是否完整；SHA256SUMS 是同样的内容，供 sha256sum 使用',
    '  发布说明.txt    本说明',
    '',
    '二、上传到哪里',
    `  把 site/ 里的全部内容（不含 site 这一层目录）上传到网站根目录下的 ${folder}/ 目录，`,
    `  使 ${s.url} 打开的是 site/index.html。整体替换旧版本：先删除旧文件再上传，避免留下过期文件。`,
    '  本站按这个子路径打包，所有链接都以它开头；要换路径，请用 BASE_PATH 重新打包，不要直接改文件。',
    '  核对：解压后在压缩包的根目录中运行 sha256sum -c SHA256SUMS，每一行都应显示“OK”（或“成功”）。',
    '',
    '三、服务器配置（nginx）',
    '  1. 把 nginx.conf 放到 /etc/nginx/snippets/xs-etbz.conf；',
    '  2. 把其中的 root 改为网站根目录（即包含 ' + folder + '/ 的目录）；',
    '  3. 在门户网站的 server { } 中加入一行：include /etc/nginx/snippets/xs-etbz.conf;',
    '  4. nginx -t 检查无误后 nginx -s reload。',
    '  使用其他服务器（Apache、IIS、内容管理系统等）时，请按第四部分设置相同的响应头，并开启 gzip 压缩。',
    '',
    '四、响应头',
    `  所有页面及其他文件（包括 404 页面和 ${s.base.slice(0, -1)} 到 ${s.base} 的跳转）：`,
    ...listHeaders(s.headers.page),
    `  ${s.base}favicon.svg（网站图标，缓存一天）：`,
    ...listHeaders(s.headers.icon),
    `  ${s.base}_astro/ 下的文件（文件名含内容指纹，内容变化时文件名也变；只对找到的文件缓存一年，找不到时不缓存）：`,
    ...listHeaders(s.headers.asset),
    `  嵌入页 ${s.base}${ROUTES.embed.slice(1)}（只允许门户 ${s.portalOrigin} 嵌入；不要发送 X-Frame-Options）：`,
    ...listHeaders(s.headers.embed),
    `  找不到的地址和没有首页的目录：返回状态码 404，内容为 ${s.base}404.html。以“.”开头的隐藏文件一律不提供。`,
    '  说明：内容安全策略（Content-Security-Policy）只允许加载本站自己的脚本和样式，不加载任何外部资源；',
    '  \'wasm-unsafe-eval\' 仅供站内搜索（Pagefind）使用 WebAssembly。每个页面内也带有同样的策略（<meta>）。',
    '  _astro/ 下的文件允许其他来源读取（Access-Control-Allow-Origin、Cross-Origin-Resource-Policy），因为沙箱中的',
    '  嵌入页没有自己的来源（见第五部分）；这些都是公开的脚本和样式，不含任何访问者的信息。',
    '',
    '  HTTPS 与 Strict-Transport-Security（HSTS）：',
    '  nginx 的规则是：一个 location 中只要有自己的 add_header，server 中的 add_header 就全部不再生效。',
    '  本配置片段的每个 location 都有自己的 add_header，所以门户在 server 中设置的 HSTS 不会出现在本站路径下。',
    `  为此，本配置片段在每个 location 中已加入：add_header Strict-Transport-Security "${HSTS}" always;`,
    '  请把其中的值改为与门户 server 中的 HSTS 完全相同（例如门户写的是 max-age=63072000; includeSubDomains，',
    '  就改成同样的值）：值较弱时，访问本站会把浏览器为整个域名保存的 HSTS 改弱。通过 HTTP 访问时浏览器会忽略它。',
    '  门户在 server 中设置的其他响应头，同样不会出现在本站路径下；需要时请照样加到每个 location 中。',
    '',
    '五、在门户页面中嵌入“自助判断”',
    '  把下面的代码放到门户页面中要显示问卷的位置。框的高度会随问卷内容自动调整；问卷只把高度告诉门户，',
    '  不传递任何回答。框内的政策文件、办事指南等链接会在新窗口打开。',
    '  若门户页面也设置了内容安全策略，请把 <script> 中的代码放入门户自己的 .js 文件。',
    '',
    ...embedSnippet(embedUrl).map((line) => `  ${line}`),
    '',
    '  为什么要用 sandbox（沙箱）：家庭填写的回答就在框内页面的地址和内容里。不加 sandbox 时，嵌入页和门户页面',
    '  在同一个域名下，门户页面上的任何脚本（包括访问统计等第三方脚本）都能读取框内的地址和内容，也就能读到家庭',
    '  的回答。加上 sandbox（不含 allow-same-origin）后，框内页面被当作一个独立的来源：门户页面上的脚本读不到它，',
    '  它也读不到门户页面。',
    '  sandbox 的代价：',
    '  1. sandbox 只开放代码中列出的几项：运行脚本（allow-scripts）；问卷的“继续”按钮提交表单（allow-forms，',
    '     只在页面内处理，不向服务器发送任何内容，缺少它问卷无法进行）；在新窗口打开链接（allow-popups 等）；',
    '  2. 框内不能使用本地存储：框内读不到访问者在本站其他页面选择的“长辈版”“高对比度”，总是显示标准版；',
    '  3. 链接在新窗口（新标签页）打开，新窗口中是正常的页面；',
    '  4. “复制链接”按钮需要 allow="clipboard-write"（已写在代码中），没有它时会提示访问者手动复制；',
    `  5. 框内消息的来源（event.origin）是 "null"，不是 ${siteOrigin}，所以代码核对消息是否来自这个框（event.source）。`,
    '  如果门户决定不用 sandbox（不推荐）：删去 sandbox 和 allow 两个属性，并把 event.origin !== \'null\' 改为',
    `  event.origin !== '${siteOrigin}'。这时门户页面上的所有脚本都能读到家庭的回答，请先确认门户页面上没有第三方脚本。`,
    '',
    '六、搜索引擎',
    `  网站地图：${sitemapUrl}`,
    `  搜索引擎只读取网站根目录的 robots.txt，请在门户根目录的 robots.txt 中加入一行：Sitemap: ${sitemapUrl}`,
    '',
    '七、发布后检查',
    `  1. curl -I ${s.url}  应返回 200，并带有第四部分的响应头（包括与门户相同的 Strict-Transport-Security）；`,
    `  2. curl -I ${s.url}no-such-page/  应返回 404；`,
    '  3. 用浏览器打开首页、自助判断和搜索（输入“坐牢”），开发者工具的控制台中不应有报错；',
    '  4. 在门户页面中打开嵌入的自助判断，答完问题，框的高度应随内容变化。',
    '',
    '本站不收集任何个人信息，不使用 Cookie，不做访问统计；只在访问者自己的设备上记住“长辈版”“高对比度”的选择。',
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
