/**
 * 发布说明.txt: a short note in Chinese for the portal's technical team: what is in the package, where to upload it,
 * the server configuration and headers (from headers.ts, the same the nginx file sends), the embed snippet, checks.
 * Written with a UTF-8 byte order mark and CRLF line ends, so Windows editors show the Chinese correctly.
 */
import { ROUTES } from '../../src/lib/paths.ts';
import type { HeaderSet } from './headers.ts';

export interface NoteSettings {
  siteName: string;
  organizer: string;
  created: Date;
  url: string; // the site's address, e.g. https://www.kmxs.gov.cn/zt/etbz/
  base: string; // /zt/etbz/
  portalOrigin: string; // the origin that frames the embed page
  files: number; // files under site/
  zipName: string;
  headers: { page: HeaderSet; asset: HeaderSet; embed: HeaderSet };
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
};

const listHeaders = (set: HeaderSet) => Object.entries(set).map(([name, value]) => `    ${HEADER_NAMES[name] ?? name}: ${value}`);

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
    '  所有页面及其他文件：',
    ...listHeaders(s.headers.page),
    `  ${s.base}_astro/ 下的文件（文件名含内容指纹，内容变化时文件名也变）：`,
    ...listHeaders(s.headers.asset),
    `  嵌入页 ${s.base}${ROUTES.embed.slice(1)}（只允许门户 ${s.portalOrigin} 嵌入；不要发送 X-Frame-Options）：`,
    ...listHeaders(s.headers.embed),
    `  找不到的地址：返回状态码 404，内容为 ${s.base}404.html。`,
    '  说明：内容安全策略（Content-Security-Policy）只允许加载本站自己的脚本和样式，不加载任何外部资源；',
    '  \'wasm-unsafe-eval\' 仅供站内搜索（Pagefind）使用 WebAssembly。每个页面内也带有同样的策略（<meta>）。',
    '  HTTPS 与 Strict-Transport-Security 请按门户网站的统一设置。',
    '',
    '五、在门户页面中嵌入“自助判断”',
    '  把下面的代码放到门户页面中要显示问卷的位置。框的高度会随问卷内容自动调整；问卷只把高度告诉门户',
    `  （${s.portalOrigin}），不传递任何回答。框内的政策文件、办事指南等链接会在新窗口打开。`,
    '  若门户页面也设置了内容安全策略，请把 <script> 中的代码放入门户自己的 .js 文件。',
    '',
    `  <iframe id="xs-etbz-ziping" src="${embedUrl}" title="事实无人抚养儿童自助判断" width="100%" height="900" loading="lazy"></iframe>`,
    '  <script>',
    '    (function () {',
    "      var frame = document.getElementById('xs-etbz-ziping');",
    "      frame.style.border = '0';",
    "      window.addEventListener('message', function (event) {",
    `        if (event.origin !== '${siteOrigin}' || event.source !== frame.contentWindow) return;`,
    "        var data = event.data;",
    "        if (data && data.type === 'xs-etbz:height' && data.height > 0) frame.style.height = data.height + 'px';",
    '      });',
    '    })();',
    '  </script>',
    '',
    '六、搜索引擎',
    `  网站地图：${sitemapUrl}`,
    `  搜索引擎只读取网站根目录的 robots.txt，请在门户根目录的 robots.txt 中加入一行：Sitemap: ${sitemapUrl}`,
    '',
    '七、发布后检查',
    `  1. curl -I ${s.url}  应返回 200，并带有第四部分的响应头；`,
    `  2. curl -I ${s.url}no-such-page/  应返回 404；`,
    '  3. 用浏览器打开首页、自助判断和搜索（输入“坐牢”），开发者工具的控制台中不应有报错；',
    '  4. 在门户页面中打开嵌入的自助判断，答完问题，框的高度应随内容变化。',
    '',
    '本站不收集任何个人信息，不使用 Cookie，不做访问统计；只在访问者自己的设备上记住“长辈版”“高对比度”的选择。',
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
