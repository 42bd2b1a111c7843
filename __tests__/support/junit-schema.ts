// Test support: a strict little XML 1.0 reader (elements, attributes, text, the five entities and
// character references: all that JUnit reports use; anything else is an error), and the JUnit
// schema's rules for the elements --format junit writes, copied from junit-10.xsd of Jenkins' xUnit
// plugin (https://github.com/jenkinsci/xunit-plugin, src/main/resources/org/jenkinsci/plugins/xunit/
// types/model/xsd/junit-10.xsd, MIT): which children and attributes each element may have, which
// attributes are required.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

function decode(raw: string): string {
  return raw.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error('a bare & in XML');
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    const e = ENTITIES[ref];
    if (e === undefined) throw new Error(`unknown entity ${m}`);
    return e;
  });
}

export function parseXml(xml: string): XmlElement {
  if (!XML_CHAR.test(xml)) throw new Error('a character XML 1.0 does not allow');
  let i = 0;
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!decl) throw new Error('no XML declaration');
  i = decl[0].length;
  const element = (): XmlElement => {
    const open = /^<([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"<]*")*)\s*(\/?)>/.exec(xml.slice(i));
    if (!open) throw new Error(`malformed tag at ${i}: ${xml.slice(i, i + 40)}`);
    i += open[0].length;
    const attributes: Record<string, string> = {};
    for (const a of open[2]!.matchAll(/([A-Za-z][\w.-]*)="([^"<]*)"/g)) {
      if (a[1]! in attributes) throw new Error(`attribute ${a[1]} twice`);
      attributes[a[1]!] = decode(a[2]!);
    }
    const node: XmlElement = { name: open[1]!, attributes, children: [], text: '' };
    if (open[3] === '/') return node;
    for (;;) {
      const text = /^[^<]*/.exec(xml.slice(i))![0];
      node.text += decode(text);
      i += text.length;
      if (xml.startsWith(`</${node.name}>`, i)) {
        i += node.name.length + 3;
        return node;
      }
      if (xml.startsWith('</', i)) throw new Error(`mismatched end tag at ${i}`);
      node.children.push(element());
    }
  };
  const root = element();
  if (xml.slice(i).trim() !== '') throw new Error('content after the root element');
  return root;
}

/** junit-10.xsd: per element, the children it may have (any number, any order) and its attributes. */
const JUNIT: Record<string, { children: string[]; attributes: string[]; required: string[]; text: boolean }> = {
  testsuites: { children: ['testsuite'], attributes: ['name', 'time', 'tests', 'failures', 'errors'], required: [], text: false },
  testsuite: {
    children: ['testsuite', 'properties', 'testcase', 'system-out', 'system-err'],
    attributes: ['name', 'tests', 'failures', 'errors', 'group', 'time', 'skipped', 'timestamp', 'hostname', 'id', 'package', 'file', 'log', 'url'],
    required: ['name', 'tests', 'failures', 'errors'],
    text: false,
  },
  testcase: { children: ['skipped', 'error', 'failure', 'system-out', 'system-err'], attributes: ['name', 'time', 'classname', 'group'], required: ['name'], text: false },
  failure: { children: [], attributes: ['type', 'message'], required: [], text: true },
  error: { children: [], attributes: ['type', 'message'], required: [], text: true },
  skipped: { children: [], attributes: ['type', 'message'], required: [], text: true },
  'system-out': { children: [], attributes: [], required: [], text: true },
  'system-err': { children: [], attributes: [], required: [], text: true },
};
/** SUREFIRE_TIME of junit-10.xsd. */
const TIME = /^(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]*)?$/;

/** The ways an element tree breaks junit-10.xsd (none: valid). */
export function junitViolations(root: XmlElement): string[] {
  const out: string[] = [];
  if (root.name !== 'testsuites' && root.name !== 'testsuite') out.push(`root element ${root.name}`);
  const visit = (e: XmlElement, at: string) => {
    const rule = JUNIT[e.name];
    if (rule === undefined) return out.push(`${at}: element ${e.name} is not in the schema`);
    for (const a of Object.keys(e.attributes)) if (!rule.attributes.includes(a)) out.push(`${at}: attribute ${a}`);
    for (const a of rule.required) if (!(a in e.attributes)) out.push(`${at}: no ${a}`);
    if ('time' in e.attributes && (e.name === 'testsuite' || e.name === 'testsuites') && !TIME.test(e.attributes.time)) out.push(`${at}: time ${e.attributes.time}`);
    if (!rule.text && e.text.trim() !== '') out.push(`${at}: text in ${e.name}`);
    e.children.forEach((c, i) => {
      if (!rule.children.includes(c.name)) out.push(`${at}: ${c.name} inside ${e.name}`);
      visit(c, `${at}/${c.name}[${i}]`);
    });
  };
  visit(root, root.name);
  return out;
}
