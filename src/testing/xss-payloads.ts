/**
 * A corpus of hostile input for the browser suite (e2e/hostile-input.test.ts), written here rather
 * than downloaded: a core list of vectors, each a template where `$` stands for the JavaScript to
 * run (`#ID#` for the payload's number, `#B64#` for a script in base64), crossed with the contexts
 * a value may land in. Every payload carries `__xss(n)` with its own number, so an execution names
 * the payload that got through, and the suite can tell that each one was really shown.
 */

export type PayloadFamily =
  | "script"
  | "handler"
  | "js-url"
  | "svg-mathml"
  | "breakout"
  | "markdown"
  | "mutation"
  | "json-ld"
  | "css"
  | "encoding"
  | "formula";

export type PayloadContext = "bare" | "in-text" | "closing-tags" | "markdown-block";

export type XssPayload = { id: number; family: PayloadFamily; context: PayloadContext; vector: number; text: string };

/** The global the payloads call; the test exposes it to the page. */
export const XSS_FLAG = "__xss";

const CORE: Record<PayloadFamily, readonly string[]> = {
  script: [
    "<script>$</script>",
    "<ScRiPt>$</sCrIpT>",
    "<script/x>$</script>",
    '<script src="data:text/javascript,$"></script>',
    "<script>/*</script><script>$//*/</script>",
    "<<script>$//<</script>",
    "<script\n>$</script\n>",
    '<script type="module">$</script>',
    '<x:script xmlns:x="http://www.w3.org/1999/xhtml">$</x:script>',
    "<script>$</script  ",
  ],
  handler: [
    "<img src=x onerror=$>",
    '<img src="x" onerror="$">',
    "<img src=x:x onerror=$//",
    "<svg onload=$>",
    "<body onload=$>",
    "<details open ontoggle=$>",
    "<input autofocus onfocus=$>",
    "<select autofocus onfocus=$></select>",
    "<textarea autofocus onfocus=$></textarea>",
    "<video><source onerror=$></video>",
    "<audio src=x onerror=$>",
    "<iframe onload=$></iframe>",
    "<marquee onstart=$>x</marquee>",
    "<div onpointerover=$>hover</div>",
    "<a onclick=$ href=#>click</a>",
    "<object data=x onerror=$></object>",
    "<img src=x onerror=&#95;&#95;xss(#ID#)>",
    "<img\tsrc=x\tonerror=$>",
    "<img/src=x/onerror=$>",
    "<style onload=$></style>",
  ],
  "js-url": [
    '<a href="javascript:$">link</a>',
    '<a href="JaVaScRiPt:$">link</a>',
    '<a href="jav&#x09;ascript:$">link</a>',
    '<a href="&#106;avascript:$">link</a>',
    '<a href=" javascript:$">link</a>',
    '<a href="javascript&colon;$">link</a>',
    '<a href="data:text/html,<script>$</script>">link</a>',
    '<iframe src="javascript:$"></iframe>',
    '<embed src="javascript:$">',
    '<form action="javascript:$"><button>go</button></form>',
    '<form><button formaction="javascript:$">go</button></form>',
    '<a href="vbscript:$">link</a>',
    "javascript:$",
    '<base href="javascript:$//">',
    '<meta http-equiv="refresh" content="0;url=javascript:$">',
  ],
  "svg-mathml": [
    "<svg><script>$</script></svg>",
    '<svg><a xlink:href="javascript:$"><text x="20" y="20">x</text></a></svg>',
    "<svg><foreignObject><img src=x onerror=$></foreignObject></svg>",
    "<svg><animate onbegin=$ attributeName=x dur=1s>",
    "<svg><set attributeName=onload to=$ />",
    '<math href="javascript:$">x</math>',
    "<math><maction actiontype=statusline xlink:href=javascript:$>x</maction></math>",
    "<svg><image href=x onerror=$ />",
    '<svg xmlns="http://www.w3.org/2000/svg" onload="$"/>',
    "<math><mtext><img src=x onerror=$></mtext></math>",
  ],
  breakout: [
    '"><img src=x onerror=$>',
    "'><img src=x onerror=$>",
    '" onmouseover="$" x="',
    "' autofocus onfocus='$' x='",
    '" autofocus onfocus="$" x="',
    '"/><svg onload=$>',
    "--><img src=x onerror=$>",
    "</title><img src=x onerror=$>",
    "</textarea><img src=x onerror=$>",
    "</style><img src=x onerror=$>",
    "</noscript><img src=x onerror=$>",
    "]]><img src=x onerror=$>",
    "</option></select><img src=x onerror=$>",
    "`><img src=x onerror=$>",
    "</a><a href=javascript:$>x</a>",
  ],
  markdown: [
    "[link](javascript:$)",
    "[link](JAVASCRIPT:$)",
    "[link](  javascript:$  )",
    "![pic](javascript:$)",
    '![pic" onerror="$](x.png)',
    "[link][ref]\n\n[ref]: javascript:$",
    "<javascript:$>",
    "[__xss(#ID#)](data:text/html;base64,#B64#)",
    "[<img src=x onerror=$>](https://example.org/)",
    "`<img src=x onerror=$>`",
    "<div>\n\n<img src=x onerror=$>\n\n</div>",
    '[link](https://example.org/ "\\" onmouseover=\\"$")',
    '![pic](x.png"onerror="$)',
    "[link](javascript&#58;$)",
    "[link](&#x6A;avascript:$)",
    "[link](<javascript:$>)",
    "```html\n<script>$</script>\n```",
    "<details open ontoggle=$>\n\n**x**\n\n</details>",
    "[link](java\nscript:$)",
    "![pic][img]\n\n[img]: javascript:$",
  ],
  mutation: [
    '<noscript><p title="</noscript><img src=x onerror=$>">',
    "<template><img src=x onerror=$></template>",
    "<style><img src=x onerror=$></style>",
    "<!--<img src=x onerror=$>-->",
    "<!--><img src=x onerror=$>-->",
    '<svg></p><style><a id="</style><img src=x onerror=$>">',
    "<math><mi><table><mi><style><img src=x onerror=$>",
    "<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=$>",
    "<xmp><img src=x onerror=$></xmp>",
    '<iframe srcdoc="<script>$</script>"></iframe>',
    "<textarea><img src=x onerror=$></textarea>",
    "<title><img src=x onerror=$></title>",
    "<noembed><img src=x onerror=$></noembed>",
    "<listing>&lt;img src=x onerror=$&gt;</listing>",
    "<![CDATA[><img src=x onerror=$>]]>",
    '<? x="><img src=x onerror=$>">',
    '<svg><style><img src=x onerror="$"></style></svg>',
    "<table><td><style></table><img src=x onerror=$>",
  ],
  "json-ld": [
    "</script><script>$</script>",
    "</ScRiPt><img src=x onerror=$>",
    "<!--<script>__xss(#ID#)",
    '"}</script><script>$</script>',
    "</script ><svg onload=$>",
    '\\"}]}</script><img src=x onerror=$>',
    "<!--<script>*/</script><img src=x onerror=$>",
    "\\u003c/script>\\u003cimg src=x onerror=$>",
    "</script\t><img src=x onerror=$>",
    "\u2028\u2029</script><img src=x onerror=$>",
  ],
  css: [
    "<style>@import 'javascript:$';</style>",
    '<div style="background:url(javascript:$)">x</div>',
    '<div style="width:expression($)">x</div>',
    '<link rel="stylesheet" href="javascript:$">',
    '<style>*{background:url("javascript:$")}</style>',
    '<p style="color:red" onclick=$>x</p>',
    "<style>@keyframes x{}</style><b style=animation-name:x onanimationstart=$>x</b>",
    '<span style="position:fixed;inset:0" onpointermove=$>x</span>',
    "</style><style>body{background:red}/*__xss(#ID#)*/</style>",
    "<style>body{display:none}/*__xss(#ID#)*/</style>",
  ],
  encoding: [
    "%3Cscript%3E$%3C/script%3E",
    "&lt;script&gt;$&lt;/script&gt;",
    "&#60;img src=x onerror=$&#62;",
    "\\u003cimg src=x onerror=$\\u003e",
    "\\x3cimg src=x onerror=$\\x3e",
    "\uFF1Cimg src=x onerror=$\uFF1E",
    "+ADw-script+AD4-$+ADw-/script+AD4-",
    "<img src=x onerror=\"eval('\\x5f\\x5fxss(#ID#)')\">",
    "%253Cimg%2520src%253Dx%2520onerror%253D$%253E",
    "{{constructor.constructor('$')()}}",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally.
    "${$}",
    "<img src=x onerror=$\u200b>",
    "line\r\nX-XSS-INJECTED:$\r\nBEGIN:VALARM",
    "line\nX-XSS-INJECTED:$",
  ],
  formula: [
    '=HYPERLINK("https://example.org/?$","x")',
    "+cmd|' /C calc'!A0 $",
    "-2+3+cmd|' /C calc'!A0 $",
    "@SUM(1+1)*cmd|' /C calc'!A0 $",
    "\t=1+1 $",
    "=cmd|'/C calc'!A0<img src=x onerror=$>",
  ],
};

const BREAKOUT_PREFIX = "\"'></title></textarea></script></style></noscript>-->";
const MARKDOWN_WRAPS = [
  (v: string) => `> ${v}`,
  (v: string) => `- ${v}`,
  (v: string) => `## ${v}`,
  (v: string) => `| a |\n|---|\n| ${v} |`,
];

function inContext(vector: string, context: PayloadContext, n: number): string {
  switch (context) {
    case "bare":
      return vector;
    case "in-text":
      return `Harm reduction ${vector} in practice`;
    case "closing-tags":
      return `${BREAKOUT_PREFIX}${vector}`;
    case "markdown-block":
      return (MARKDOWN_WRAPS[n % MARKDOWN_WRAPS.length] as (v: string) => string)(vector);
  }
}

const CONTEXTS: readonly PayloadContext[] = ["bare", "in-text", "closing-tags", "markdown-block"];

/** The whole corpus: every core vector in every context, numbered from 1. */
export function xssCorpus(): XssPayload[] {
  const out: XssPayload[] = [];
  let vector = 0;
  for (const [family, vectors] of Object.entries(CORE) as [PayloadFamily, readonly string[]][]) {
    for (const template of vectors) {
      vector++;
      for (const context of CONTEXTS) {
        const id = out.length + 1;
        const js = `${XSS_FLAG}(${id})`;
        const filled = template
          .replaceAll("$", js)
          .replaceAll("#ID#", String(id))
          .replaceAll("#B64#", btoa(`<script>${js}</script>`));
        const text = inContext(filled, context, vector);
        out.push({ id, family, context, vector, text });
      }
    }
  }
  return out;
}

/**
 * `count` payloads spread evenly over the corpus, so that a small slice still has every family
 * and every context: for the default run, where the whole corpus would take too long.
 */
export function xssSlice(count: number): XssPayload[] {
  const all = xssCorpus();
  if (count >= all.length) return all;
  const step = all.length / count;
  // An odd offset walks through the contexts as well as the vectors.
  return Array.from({ length: count }, (_, i) => all[Math.floor(i * step + (i % CONTEXTS.length)) % all.length] as XssPayload);
}
