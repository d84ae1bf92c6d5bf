/**
 * The stored-XSS corpus for xss.test.ts: payloads an editor could type into the CMS, generated
 * from attack vectors × break-out contexts, plus link addresses with scheme tricks. Every payload
 * carries its own marker (`xss007`): when one runs it reports that marker (alert, confirm, prompt,
 * `window.__xss`, a `data-xss` attribute), so a failure names the payload that got through.
 */

export type PayloadKind = 'text' | 'url';

export interface Payload {
  /** Unique marker, e.g. "xss007"; fixed width, so no marker is a prefix of another. */
  marker: string;
  /** Text payloads go into text fields and rich-text text; url payloads into link addresses. */
  kind: PayloadKind;
  /** Vector and context it was generated from, for the failure message. */
  name: string;
  text: string;
}

/** Code that reports the marker when it runs, varied so that a trap on one sink alone is not enough. */
function exec(marker: string, n: number): string {
  switch (n % 4) {
    case 0:
      return `alert('${marker}')`;
    case 1:
      return `confirm('${marker}')`;
    case 2:
      return `window.__xss='${marker}'`;
    default:
      return `prompt('${marker}')`;
  }
}

type Vector = (js: string, marker: string) => string;

/** Markup that runs `js` (or leaves an element carrying the marker) if it ever reaches the page as HTML. */
const VECTORS: Record<string, Vector> = {
  script: (js) => `<script>${js}</script>`,
  'img-onerror': (js) => `<img src=x onerror=${js}>`,
  'img-onerror-quoted': (js) => `<img src="x" onerror="${js}">`,
  'svg-onload': (js) => `<svg onload=${js}>`,
  'svg-script': (js) => `<svg><script>${js}</script></svg>`,
  'body-onload': (js) => `<body onload=${js}>`,
  'details-ontoggle': (js) => `<details open ontoggle=${js}>`,
  'video-source-onerror': (js) => `<video><source onerror=${js}></video>`,
  'iframe-srcdoc': (_js, m) => `<iframe srcdoc="<script>parent.__xss='${m}'</script>">`,
  'meta-refresh': (js) => `<meta http-equiv=refresh content="0;url=javascript:${js}">`,
  'base-href': (js) => `<base href="javascript:${js}//">`,
  'form-action': (js) => `<form action="javascript:${js}"><button>Skicka</button></form>`,
  'a-javascript': (js) => `<a href="javascript:${js}">Klicka</a>`,
  'mathml-confusion': (js) => `<math><mtext><table><mglyph><style><img src=x onerror=${js}>`,
  'data-attribute': (_js, m) => `<b data-xss="${m}">${m}</b>`,
  'css-url': (js) => `<p style="background:url(javascript:${js})">x</p>`,
  'css-expression': (js) => `<p style="width:expression(${js})">x</p>`,
  'object-data': (js) => `<object data="javascript:${js}"></object>`,
  'embed-data': (js) => `<embed src="data:text/html,<script>${js}</script>">`,
  'input-autofocus': (js) => `<input autofocus onfocus=${js}>`,
  'entity-handler': (_js, m) => `<img src=x onerror="&#97;&#108;ert('${m}')">`,
  'case-javascript-src': (js) => `<IMG SRC=JaVaScRiPt:${js}>`,
  'nested-script': (js) => `<scr<script>ipt>${js}</scr</script>ipt>`,
  'svg-animate': (js) => `<svg><animate onbegin=${js} attributeName=x dur=1s>`,
  'svg-xlink': (js) => `<svg><a xlink:href="javascript:${js}"><text y=9>x</text></a></svg>`,
  'noscript-title': (js) => `<noscript><p title="</noscript><img src=x onerror=${js}>">`,
};

/** What comes before the vector: an attempt to leave the context the text lands in. */
const CONTEXTS: Record<string, string> = {
  text: '',
  'attribute-double': '">',
  'attribute-single': "'>",
  'attribute-backtick': '`>',
  'json-ld': '</script>',
  title: '</title>',
  'json-string': '"}]}\\',
  'rawtext-end': '</textarea></style>',
};

/** Payloads that do not fit the vector × context grid: templates, JSON-LD line separators, null bytes, comments. */
function specialPayloads(): { name: string; text: (js: string, marker: string) => string }[] {
  return [
    { name: 'template-mustache', text: (js) => `{{constructor.constructor("${js.replaceAll("'", '`')}")()}}` },
    { name: 'template-literal', text: (js) => `\${${js}}` },
    { name: 'template-angular', text: (js) => `{{$on.constructor('${js.replaceAll("'", '"')}')()}}` },
    { name: 'template-astro-expression', text: (js) => `{(() => ${js})()}` },
    { name: 'json-ld-u2028', text: (js) => `rad\u2028ny</script><script>${js}</script>` },
    { name: 'json-ld-u2029', text: (js) => `stycke\u2029ny"}<script>${js}</script>` },
    { name: 'json-ld-both-separators', text: (js) => `\u2028\u2029<img src=x onerror=${js}>\u2029` },
    { name: 'comment-breakout', text: (js) => `--><img src=x onerror=${js}><!--` },
    { name: 'cdata-breakout', text: (js) => `]]><img src=x onerror=${js}><![CDATA[` },
    { name: 'null-byte-script', text: (js) => `<scr\u0000ipt>${js}</scr\u0000ipt>` },
    { name: 'null-byte-handler', text: (js) => `<img src=x on\u0000error=${js}>` },
    { name: 'null-byte-javascript', text: (js) => `<a href="java\u0000script:${js}">x</a>` },
    // Short enough (≤ 20 characters) for the smallest text fields, e.g. an actor's kortnamn.
    { name: 'tiny-data-attribute', text: (_js, m) => `<i data-xss=${m}>` },
    { name: 'tiny-attribute-breakout', text: (_js, m) => `"><i data-xss=${m}` },
  ];
}

/** Link addresses: javascript:/data:/vbscript: with case, whitespace, entity and percent tricks, and break-outs in allowed schemes. */
function urlPayloads(): { name: string; text: (js: string, marker: string) => string }[] {
  return [
    { name: 'url-javascript', text: (js) => `javascript:${js}` },
    { name: 'url-javascript-case', text: (js) => `JaVaScRiPt:${js}` },
    { name: 'url-javascript-leading-space', text: (js) => `   javascript:${js}` },
    { name: 'url-javascript-tab', text: (js) => `java\tscript:${js}` },
    { name: 'url-javascript-newline', text: (js) => `java\nscript:${js}` },
    { name: 'url-javascript-leading-control', text: (js) => `\u0001javascript:${js}` },
    { name: 'url-javascript-null', text: (js) => `java\u0000script:${js}` },
    { name: 'url-javascript-entity', text: (js) => `&#106;avascript:${js}` },
    { name: 'url-javascript-hex-entity', text: (js) => `&#x6A;avascript&#x3A;${js}` },
    { name: 'url-javascript-colon-entity', text: (js) => `javascript&colon;${js}` },
    { name: 'url-javascript-percent', text: (js) => `%6Aavascript:${js}` },
    { name: 'url-javascript-percent-colon', text: (js) => `javascript%3A${js}` },
    { name: 'url-javascript-comment', text: (js) => `javascript:/*https://exempel.se*/${js}` },
    { name: 'url-javascript-u2028', text: (js) => `\u2028javascript:${js}` },
    { name: 'url-data-html', text: (js) => `data:text/html,<script>${js}</script>` },
    { name: 'url-data-case', text: (js) => `DaTa:text/html,<script>${js}</script>` },
    {
      name: 'url-data-base64',
      text: (_js, m) => `data:text/html;base64,${Buffer.from(`<script>alert('${m}')</script>`).toString('base64')}#${m}`,
    },
    { name: 'url-data-svg', text: (js) => `data:image/svg+xml,<svg onload=${js}>` },
    { name: 'url-vbscript', text: (_js, m) => `vbscript:msgbox("${m}")` },
    { name: 'url-vbscript-case', text: (_js, m) => `VbScRiPt:msgbox("${m}")` },
    { name: 'url-https-javascript-host', text: (js) => `https:javascript:${js}` },
    { name: 'url-protocol-relative', text: (_js, m) => `//evil.example/${m}` },
    { name: 'url-backslash-relative', text: (_js, m) => `/\\evil.example/${m}` },
    { name: 'url-http', text: (_js, m) => `http://evil.example/${m}` },
    { name: 'url-credentials', text: (_js, m) => `https://user:losen@evil.example/${m}` },
    { name: 'url-https-breakout-double', text: (js) => `https://exempel.se/"><script>${js}</script>` },
    { name: 'url-https-breakout-single', text: (js) => `https://exempel.se/'><img src=x onerror=${js}>` },
    { name: 'url-https-breakout-backtick', text: (js) => `https://exempel.se/\`><svg onload=${js}>` },
    { name: 'url-https-query-handler', text: (js) => `https://exempel.se/?q=" onmouseover="${js}` },
    { name: 'url-https-fragment-script', text: (js) => `https://exempel.se/#</script><script>${js}</script>` },
    { name: 'url-relative-handler', text: (js) => `/vagval/"onmouseover="${js}` },
    { name: 'url-relative-breakout', text: (js) => `/"><img/src=x/onerror=${js}>` },
    { name: 'url-relative-javascript', text: (js) => `/javascript:${js}` },
    { name: 'url-fragment-breakout', text: (js) => `#"><svg/onload=${js}>` },
    { name: 'url-mailto-breakout', text: (js) => `mailto:a@exempel.se?body="><script>${js}</script>` },
    { name: 'url-tel-breakout', text: (js) => `tel:+4613"><img src=x onerror=${js}>` },
    { name: 'url-tel-javascript', text: (js) => `tel:javascript:${js}` },
    { name: 'url-blob', text: (_js, m) => `blob:https://exempel.se/${m}` },
    { name: 'url-file', text: (_js, m) => `file:///etc/passwd?${m}` },
    { name: 'url-filesystem', text: (_js, m) => `filesystem:https://exempel.se/${m}` },
  ];
}

/** The whole corpus, in a fixed order: the grid first, then the special text payloads, then the link addresses. */
export function xssCorpus(): Payload[] {
  const out: Payload[] = [];
  const add = (kind: PayloadKind, name: string, make: (js: string, marker: string) => string) => {
    const n = out.length + 1;
    const marker = `xss${String(n).padStart(3, '0')}`;
    out.push({ marker, kind, name, text: make(exec(marker, n), marker) });
  };
  for (const [vector, make] of Object.entries(VECTORS)) {
    for (const [context, prefix] of Object.entries(CONTEXTS)) add('text', `${vector} in ${context}`, (js, m) => `${prefix}${make(js, m)}`);
  }
  for (const p of specialPayloads()) add('text', p.name, p.text);
  for (const p of urlPayloads()) add('url', p.name, p.text);
  return out;
}

/** The marker in a trapped value or attribute, if any: `xss007` → the payload it belongs to. */
export function markersIn(value: string): string[] {
  return [...value.matchAll(/xss\d{3}/g)].map((m) => m[0]);
}
