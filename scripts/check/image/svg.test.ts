// The SVG scanner and sanitiser on the variants attackers use, and on look-alikes that are fine.
import { describe, expect, it } from 'vitest';
import { sanitiseSvg } from './svg-sanitise.ts';
import { scanSvg, type SvgScan } from './svg-scan.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const svg = (body: string, head = ''): string => `${head}<svg ${NS} width="10" height="10">${body}</svg>`;
const scan = (text: string): SvgScan => scanSvg(Buffer.from(text, 'utf8'));
const rules = (text: string): string[] => {
  const result = scan(text);
  return result.kind === 'ok' ? result.issues.map((issue) => issue.rule) : [result.kind];
};

const SCRIPTABLE: Record<string, string> = {
  'script element': svg('<script>alert(1)</script>'),
  'prefixed script element': '<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>',
  'SVG Tiny handler': svg('<handler type="application/ecmascript">alert(1)</handler>'),
  'upper-case event attribute': svg('<rect ONCLICK="alert(1)" width="5" height="5"/>'),
  'mixed-case javascript: href': svg('<a href="JaVaScRiPt:alert(1)"><rect width="5" height="5"/></a>'),
  'leading newline entity': svg('<a href="&#10; javascript:alert(1)"><rect width="5" height="5"/></a>'),
  'entity-encoded letters': svg('<a xlink:href="jav&#x61;script&#58;alert(1)"><rect width="5" height="5"/></a>'),
  'literal tab inside the scheme': svg('<a href="java\tscript:alert(1)"><rect width="5" height="5"/></a>'),
  'vbscript:': svg('<a href="vbscript:msgbox(1)"><rect width="5" height="5"/></a>'),
  'data:text/html link': svg('<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="><rect width="5" height="5"/></a>'),
  'animate values list': svg('<a id="t"><animate attributeName="href" values="#a;javascript:alert(1)" dur="1s"/><rect width="5" height="5"/></a>'),
  'set to javascript:': svg('<a><set attributeName="xlink:href" to="javascript:alert(1)"/><rect width="5" height="5"/></a>'),
  'set of an event attribute': svg('<rect width="5" height="5"><set attributeName="onmouseover" to="alert(1)"/></rect>'),
  'foreignObject': svg('<foreignObject width="5" height="5"><p xmlns="http://www.w3.org/1999/xhtml">hai</p></foreignObject>'),
};

const EXTERNAL: Record<string, string> = {
  'image over https': svg('<image href="https://x.invalid/a.png" width="5" height="5"/>'),
  'protocol-relative use': svg('<use xlink:href="//x.invalid/s.svg#i"/>'),
  'feImage over http': svg('<filter id="f"><feImage href="http://x.invalid/a.png"/></filter>'),
  'xml:base pointing away': svg('<g xml:base="https://x.invalid/"><image href="a.png" width="5" height="5"/></g>'),
  'CSS escape hiding @import': svg('<style>@\\69mport "https://x.invalid/a.css";</style>'),
  'url() in CDATA stylesheet': svg('<style><![CDATA[ .a { background: url( \'HTTPS://x.invalid/b.png\' ) } ]]></style>'),
  'url() in a presentation attribute': svg('<rect fill="url(http://x.invalid/p.svg#g)" width="5" height="5"/>'),
  'xml-stylesheet instruction': svg('<rect width="5" height="5"/>', '<?xml-stylesheet type="text/css" href="https://x.invalid/a.css"?>'),
  'animation loading an image': svg('<image width="5" height="5"><set attributeName="href" to="https://x.invalid/p.png"/></image>'),
};

const HARMLESS: Record<string, string> = {
  'a normal outgoing link': svg('<a href="https://pn-contoh.go.id/"><rect width="5" height="5"/></a>'),
  'relative and internal references': svg('<image href="foto.png" width="5" height="5"/><use href="#a"/><rect fill="url(#g)" width="5" height="5"/>'),
  'embedded data: image': svg('<image href="data:image/png;base64,iVBORw0KGgo=" width="5" height="5"/>'),
  'words in text content': svg('<text>klik onclick atau javascript:alert(1) &lt;script&gt;</text>'),
  'the standard SVG 1.1 DOCTYPE': svg('<rect width="5" height="5"/>', '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'),
  'a local stylesheet': svg('<style>.a { fill: url(#g) } /* url(https://x.invalid) in a comment */</style>'),
  'attributes that merely start with o': svg('<rect opacity="0.5" width="5" height="5"/><marker orient="auto"/>'),
};

describe('scanSvg', () => {
  for (const [name, text] of Object.entries(SCRIPTABLE)) {
    it(`finds svg/skrip: ${name}`, () => {
      expect(rules(text)).toContain('svg/skrip');
    });
  }
  for (const [name, text] of Object.entries(EXTERNAL)) {
    it(`finds svg/tautan-luar: ${name}`, () => {
      expect(rules(text)).toEqual(['svg/tautan-luar']);
    });
  }
  for (const [name, text] of Object.entries(HARMLESS)) {
    it(`finds nothing in ${name}`, () => {
      expect(rules(text)).toEqual([]);
    });
  }

  it('refuses any DOCTYPE that declares entities, without expanding them', () => {
    expect(rules(`<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`)).toEqual(['entities']);
    expect(rules(`<!DOCTYPE svg [<!ENTITY % p SYSTEM "http://x.invalid/p.dtd"> %p;]>${svg('')}`)).toEqual(['entities']);
    const laughs = `<!DOCTYPE svg [<!ENTITY a "${'a'.repeat(100)}"><!ENTITY b "${'&a;'.repeat(100)}"><!ENTITY c "${'&b;'.repeat(100)}">]>`;
    const started = performance.now();
    expect(rules(`${laughs}${svg('<text>&c;&c;&c;</text>')}`)).toEqual(['entities']);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('reports what is not well-formed XML, or not an SVG', () => {
    expect(rules(svg('<g>'))).toEqual(['malformed']);
    expect(rules(svg('<text>&nbsp;</text>'))).toEqual(['malformed']);
    expect(rules('')).toEqual(['malformed']);
    expect(scanSvg(Buffer.from([0x3c, 0x73, 0x76, 0x67, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x73, 0x76, 0x67, 0x3e]))).toMatchObject({ kind: 'malformed' });
    expect(scan('<html><body/></html>')).toMatchObject({ kind: 'not-svg', root: 'html' });
  });

  it('reads the declared encoding and a UTF-16 byte-order mark', () => {
    const latin1 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>${svg('<text>caf\u00e9</text>')}`, 'latin1');
    expect(scanSvg(latin1)).toMatchObject({ kind: 'ok', issues: [] });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(svg('<script>x</script>'), 'utf16le')]);
    expect(scanSvg(utf16)).toMatchObject({ kind: 'ok', issues: [{ rule: 'svg/skrip' }] });
  });
});

describe('sanitiseSvg', () => {
  for (const [name, text] of Object.entries({ ...SCRIPTABLE, ...EXTERNAL })) {
    it(`leaves nothing to report: ${name}`, () => {
      const cleaned = sanitiseSvg(text);
      expect(scan(cleaned)).toMatchObject({ kind: 'ok', issues: [] });
    });
  }

  it('keeps the drawing: shapes, internal references and local styles survive', () => {
    const text = svg('<style>.a{fill:#123456} @import "https://x.invalid/a.css";</style><rect class="a" width="5" height="5" onclick="x()"/><use href="#r"/>');
    const cleaned = sanitiseSvg(text);
    expect(cleaned).toContain('.a{fill:#123456}');
    expect(cleaned).toMatch(/<rect class="a" width="5" height="5"\/>/);
    expect(cleaned).toContain('<use href="#r"/>');
    expect(cleaned).not.toContain('x.invalid');
    expect(cleaned).not.toContain('onclick');
  });
});
