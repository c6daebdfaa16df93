import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEntities, decodeOoxmlEscapes, TextBytes } from "../../../generator/cli/workbook/text.js";
import { CLOSE, END, MAX_TAG, MORE, TEXT, XmlScanner } from "../../../generator/cli/workbook/xml.js";

/** Every token of `xml`, fed in the given pieces, as readable strings ("<c r=A1 t=s>", "text", "</c>"). */
function tokens(xml: string | Buffer, cuts: readonly number[] = []): string[] {
  const bytes = typeof xml === "string" ? Buffer.from(xml, "utf8") : xml;
  const s = new XmlScanner();
  const out: string[] = [];
  let text: TextBytes | undefined;
  const flush = () => {
    if (text) out.push(text.text());
    text = undefined;
  };
  const drain = () => {
    for (;;) {
      const kind = s.next();
      if (kind === MORE || kind === END) return;
      if (kind === TEXT) {
        text ??= new TextBytes();
        if (s.cdata) text.appendLiteral(s.buf, s.textStart, s.textEnd);
        else text.append(s.buf, s.textStart, s.textEnd);
        continue;
      }
      flush();
      const name = s.buf.toString("utf8", s.nameStart, s.nameEnd);
      if (kind === CLOSE) out.push(`</${name}>`);
      else {
        const attrs: string[] = [];
        for (let i = 0; i < s.attrCount; i++) {
          const a = s.attrs;
          attrs.push(
            `${s.buf.toString("utf8", a[4 * i] as number, a[4 * i + 1] as number)}=${s.buf.toString("utf8", a[4 * i + 2] as number, a[4 * i + 3] as number)}`,
          );
        }
        out.push(`<${[name, ...attrs].join(" ")}${s.selfClosing ? "/" : ""}>`);
      }
    }
  };
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    s.push(bytes.subarray(at, cut));
    drain();
    at = cut;
  }
  s.close();
  drain();
  flush();
  return out;
}

describe("XmlScanner", () => {
  it("gives tags by local name (prefixes dropped), attributes raw, text decoded", () => {
    expect(
      tokens(
        '<?xml version="1.0"?><x:worksheet xmlns:x="urn:x"><x:c r="A1" t=\'s\'><x:v>1 &amp; 2</x:v></x:c><c/></x:worksheet>',
      ),
    ).toEqual(["<worksheet xmlns:x=urn:x>", "<c r=A1 t=s>", "<v>", "1 & 2", "</v>", "</c>", "<c/>", "</worksheet>"]);
  });

  it("keeps '>' inside attribute values and skips comments and processing instructions", () => {
    expect(tokens('<a b="x>y" c = "z"><!-- <c> --><?pi <c>?>t</a>')).toEqual(["<a b=x>y c=z>", "t", "</a>"]);
  });

  it("takes CDATA literally", () => {
    expect(tokens("<t><![CDATA[a & <b>]]>&lt;c</t>")).toEqual(["<t>", "a & <b><c", "</t>"]);
  });

  it("gives the same tokens however the bytes are cut into chunks", () => {
    const xml = Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> Zoë &amp; 子 </t></is></c>' +
        '<c r="B1"><f>SUM(A1:A2)</f><v>3.5</v></c><!-- note --><c r="C1" t="str"><v><![CDATA[x]]>]]&gt;</v></c></row></sheetData>',
    );
    const whole = tokens(xml);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 12 }), (cuts) => {
        expect(
          tokens(
            xml,
            [...cuts].sort((a, b) => a - b),
          ),
        ).toEqual(whole);
      }),
    );
  });

  it.each([
    ["a DOCTYPE", '<!DOCTYPE sst [<!ENTITY a "b">]><sst/>', /a DOCTYPE is not allowed/],
    ["an unknown entity", "<t>&lol9;</t>", /unknown entity "&lol9;"/],
    ["an unquoted attribute", "<c r=A1/>", /an unquoted attribute value/],
    ["a tag that never ends", '<c r="A1"', /the part ends inside a tag/],
    ["a comment that never ends", "<a><!-- x", /ends inside a comment/],
    ["'<' in an attribute", '<c r="<"/>', /'<' inside an attribute value/],
  ])("refuses %s", (_what, xml, message) => {
    expect(() => tokens(xml)).toThrow(message);
  });

  it("holds an unfinished tag across chunks, and refuses one longer than MAX_TAG bytes", () => {
    const s = new XmlScanner();
    const chunk = Buffer.alloc(4096, 0x61);
    s.push(Buffer.from("<c r"));
    let pushed = 0;
    expect(() => {
      for (; pushed <= MAX_TAG + 8192; pushed += chunk.length) {
        s.push(chunk);
        expect(s.next()).toBe(MORE);
      }
    }).toThrow(/a tag is longer than 1048576 bytes/);
    expect(pushed).toBeGreaterThanOrEqual(MAX_TAG - chunk.length);
  });
});

describe("decodeEntities / decodeOoxmlEscapes", () => {
  it.each([
    ["&lt;&gt;&amp;&quot;&apos;", "<>&\"'"],
    ["&#65;&#x42;&#x1F600;", "AB😀"],
    ["no entities", "no entities"],
  ])("%s → %s", (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });

  it("refuses a bare ampersand and out-of-range references", () => {
    expect(() => decodeEntities("a & b")).toThrow(/unknown entity/);
    expect(() => decodeEntities("&#0;")).toThrow(/unknown entity/);
    expect(() => decodeEntities("&#x110000;")).toThrow(/unknown entity/);
  });

  it("turns _xHHHH_ into the character and _x005F_ into a literal underscore", () => {
    expect(decodeOoxmlEscapes("a_x000D_b")).toBe("a\rb");
    expect(decodeOoxmlEscapes("_x005F_x000D_")).toBe("_x000D_");
    expect(decodeOoxmlEscapes("plain_x_text")).toBe("plain_x_text");
  });
});
