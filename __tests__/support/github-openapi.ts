// GitHub's published OpenAPI description of the REST API (the @octokit/openapi package: GitHub's
// github/rest-api-description, as released), used by the fake GitHub APIs of the tests to check every
// request the action sends: the operation (method + path template), its path and query parameters
// and its JSON body, compiled with Ajv from the description itself, never from our own idea of it.
// A few rules the description states only in prose are checked too, each tied to its sentence: the
// validator refuses to load if GitHub's text no longer says it.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The operations the action calls (operationIds of the description). Adding one is one line; a
 * request to any other endpoint is a violation.
 */
export const OPERATIONS = [
  'checks/create', // POST /repos/{owner}/{repo}/check-runs
  'checks/update', // PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}
  'checks/list-for-ref', // GET /repos/{owner}/{repo}/commits/{ref}/check-runs
  'pulls/list-files', // GET /repos/{owner}/{repo}/pulls/{pull_number}/files
  'pulls/list-review-comments', // GET /repos/{owner}/{repo}/pulls/{pull_number}/comments
  'pulls/create-review', // POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews
] as const;

/** The description's file in the package (the package's index.js would load all ten, 400 MB). */
const DESCRIPTION = 'generated/api.github.com.json';

type Json = Record<string, any>;

/** A rule the description states in prose: `sentence` must appear in the description at `at`. */
interface ProseRule {
  operations: readonly string[];
  /** Where the sentence is: property names from the request body schema down. */
  at: readonly string[];
  sentence: string;
  check(body: Json): string[];
}

const annotationsOf = (body: Json): Json[] => (Array.isArray(body?.output?.annotations) ? (body.output.annotations as Json[]) : []);

const PROSE_RULES: readonly ProseRule[] = [
  {
    operations: ['checks/create', 'checks/update'],
    at: ['output', 'annotations', 'items', 'start_column'],
    sentence: 'Annotations only support `start_column` and `end_column` on the same line. Omit this parameter if `start_line` and `end_line` have different values.',
    check: (body) =>
      annotationsOf(body).flatMap((a, i) =>
        a.start_line !== a.end_line && (a.start_column !== undefined || a.end_column !== undefined)
          ? [`/output/annotations/${i}: start_column/end_column on an annotation over lines ${a.start_line}-${a.end_line}`]
          : [],
      ),
  },
  {
    operations: ['checks/create'],
    at: ['conclusion'],
    sentence: '**Required if you provide `completed_at` or a `status` of `completed`**.',
    check: (body) => ((body.status === 'completed' || body.completed_at !== undefined) && body.conclusion === undefined ? ['/conclusion: required with status "completed"'] : []),
  },
  {
    operations: ['checks/create', 'checks/update'],
    at: ['output', 'annotations', 'items', 'title'],
    sentence: 'The maximum size is 255 characters.',
    check: (body) => annotationsOf(body).flatMap((a, i) => (typeof a.title === 'string' && a.title.length > 255 ? [`/output/annotations/${i}/title: longer than 255 characters`] : [])),
  },
  {
    operations: ['checks/create', 'checks/update'],
    at: ['output', 'annotations', 'items', 'message'],
    sentence: 'The maximum size is 64 KB.',
    check: (body) => annotationsOf(body).flatMap((a, i) => (typeof a.message === 'string' && Buffer.byteLength(a.message) > 65_536 ? [`/output/annotations/${i}/message: over 64 KB`] : [])),
  },
  {
    operations: ['pulls/create-review'],
    at: ['body'],
    sentence: '**Required** when using `REQUEST_CHANGES` or `COMMENT` for the `event` parameter.',
    check: (body) => ((body.event === 'COMMENT' || body.event === 'REQUEST_CHANGES') && (typeof body.body !== 'string' || body.body === '') ? ['/body: required with event COMMENT'] : []),
  },
];

interface Operation {
  id: string;
  method: string;
  template: string;
  pattern: RegExp;
  pathNames: string[];
  queryNames: Set<string>;
  parameters: ValidateFunction;
  body?: ValidateFunction;
  bodyRequired: boolean;
  prose: ProseRule[];
}

let loaded: { version: string; operations: Operation[] } | undefined;

/** The description's version (info.version), e.g. "1.1.4". */
export function descriptionVersion(): string {
  return load().version;
}

/** Resolves a local `$ref` (#/components/...) of the description. */
function deref(doc: Json, node: Json): Json {
  const ref = node.$ref as string | undefined;
  if (ref === undefined) return node;
  if (!ref.startsWith('#/')) throw new Error(`OpenAPI: cannot resolve ${ref}`);
  return deref(
    doc,
    ref
      .slice(2)
      .split('/')
      .reduce((n: Json, key) => n[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc),
  );
}

/**
 * A schema of the description as JSON Schema for Ajv: component references become references into
 * `definitions` (which get every component the schema needs), `x-…` extensions are dropped.
 */
function jsonSchema(doc: Json, schema: Json): Json {
  const definitions: Json = {};
  const pending: string[] = [];
  const copy = (node: unknown, names = false): unknown => {
    if (Array.isArray(node)) return node.map((n) => copy(n));
    if (node === null || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node as Json)) {
      if (!names && key.startsWith('x-')) continue;
      if (!names && key === '$ref' && typeof value === 'string') {
        const m = /^#\/components\/schemas\/(.+)$/.exec(value);
        if (!m) throw new Error(`OpenAPI: unexpected reference ${value}`);
        if (!(m[1]! in definitions)) {
          definitions[m[1]!] = null;
          pending.push(m[1]!);
        }
        out.$ref = `#/definitions/${m[1]}`;
        continue;
      }
      out[key] = copy(value, !names && (key === 'properties' || key === 'patternProperties'));
    }
    return out;
  };
  const root = copy(schema) as Json;
  for (let name = pending.shift(); name !== undefined; name = pending.shift()) definitions[name] = copy(doc.components.schemas[name]);
  return Object.keys(definitions).length > 0 ? { ...root, definitions } : root;
}

function load(): { version: string; operations: Operation[] } {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const doc = JSON.parse(readFileSync(require.resolve(`@octokit/openapi/${DESCRIPTION}`), 'utf8')) as Json;
  // The description is OpenAPI 3.0: `nullable` (Ajv knows it) and `example` (an annotation) are its own.
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, strictTuples: false });
  const coercing = new Ajv({ allErrors: true, strict: true, strictTypes: false, coerceTypes: true });
  for (const a of [ajv, coercing]) {
    formats.default(a); // the CommonJS module's default export, as Node and TypeScript both see it
    a.addVocabulary(['example']);
  }
  const operations: Operation[] = [];
  for (const id of OPERATIONS) {
    const found = Object.entries(doc.paths as Json).flatMap(([template, item]) =>
      Object.entries(item as Json)
        .filter(([, op]) => (op as Json)?.operationId === id)
        .map(([method, op]) => ({ template, method: method.toUpperCase(), op: op as Json })),
    );
    if (found.length !== 1) throw new Error(`OpenAPI: operation ${id} is not in GitHub's description (${found.length} matches)`);
    const { template, method, op } = found[0]!;
    const params = ((op.parameters ?? []) as Json[]).map((p) => deref(doc, p));
    const pathNames = params.filter((p) => p.in === 'path').map((p) => p.name as string);
    const inSchema = (where: string) => params.filter((p) => p.in === where);
    const parameters = coercing.compile({
      type: 'object',
      properties: {
        path: { type: 'object', properties: Object.fromEntries(inSchema('path').map((p) => [p.name, jsonSchema(doc, p.schema)])), required: pathNames },
        query: {
          type: 'object',
          properties: Object.fromEntries(inSchema('query').map((p) => [p.name, jsonSchema(doc, p.schema)])),
          required: inSchema('query')
            .filter((p) => p.required)
            .map((p) => p.name),
        },
      },
    });
    const requestBody = op.requestBody ? deref(doc, op.requestBody) : undefined;
    const bodySchema = requestBody?.content?.['application/json']?.schema as Json | undefined;
    if (requestBody && !bodySchema) throw new Error(`OpenAPI: ${id} takes no JSON body`);
    const prose = PROSE_RULES.filter((r) => r.operations.includes(id));
    for (const rule of prose) {
      let node: Json | undefined = bodySchema;
      for (const key of rule.at) node = key === 'items' ? node?.items : node?.properties?.[key];
      const text = node?.description as string | undefined;
      if (!text?.includes(rule.sentence)) throw new Error(`OpenAPI: the description of ${id} ${rule.at.join('.')} no longer says ${JSON.stringify(rule.sentence)}`);
    }
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`);
    operations.push({
      id,
      method,
      template,
      pattern,
      pathNames,
      queryNames: new Set(inSchema('query').map((p) => p.name as string)),
      parameters,
      body: bodySchema ? ajv.compile(jsonSchema(doc, bodySchema)) : undefined,
      bodyRequired: requestBody?.required === true,
      prose,
    });
  }
  loaded = { version: String(doc.info?.version), operations };
  return loaded;
}

function describeErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${where}${e.instancePath} ${e.message}${e.params && Object.keys(e.params).length > 0 ? ` ${JSON.stringify(e.params)}` : ''}`);
}

export interface ApiRequest {
  method: string;
  /** The path, without the query. */
  path: string;
  query: Record<string, string>;
  /** The body's text ('' for none). */
  bodyText: string;
  contentType?: string;
}

/**
 * What is wrong with a request by GitHub's description of the operations the action uses: [] when
 * nothing. The first line names the request.
 */
/**
 * GitHub's GraphQL API is not in the REST description: the one query the action sends (the token's
 * account, for whose comments count) is checked against these fields of GitHub's public GraphQL
 * schema (docs.github.com/graphql/reference: `Query.viewer: User!` "The currently authenticated
 * user", `User.login: String!`, `User.databaseId: Int`, "the primary key from the database").
 */
const GRAPHQL_FIELDS: Readonly<Record<string, readonly string[]>> = { Query: ['viewer'], User: ['login', 'databaseId'] };

function graphqlViolations(request: ApiRequest): string[] {
  const route = `${request.method} ${request.path}`;
  if (request.method !== 'POST') return [`${route}: GraphQL takes POST`];
  if (!/^application\/json\b/.test(request.contentType ?? '')) return [`${route}: the body is not sent as application/json (content-type: ${request.contentType})`];
  let body: unknown;
  try {
    body = JSON.parse(request.bodyText);
  } catch {
    return [`${route}: the body is not JSON`];
  }
  const keys = body !== null && typeof body === 'object' ? Object.keys(body) : [];
  const query = (body as { query?: unknown } | null)?.query;
  if (typeof query !== 'string' || keys.some((k) => k !== 'query' && k !== 'variables')) return [`${route}: the body is not { query, variables? }`];
  // The only shape the action sends: query { viewer { <User fields> } }.
  const m = /^\s*query\s*\{\s*viewer\s*\{([\sA-Za-z]*)\}\s*\}\s*$/.exec(query);
  if (m === null) return [`${route}: not a query of Query.${GRAPHQL_FIELDS.Query!.join(', ')}: ${query}`];
  const fields = m[1]!.trim().split(/\s+/);
  const unknown = fields.filter((f) => !GRAPHQL_FIELDS.User!.includes(f));
  return unknown.length > 0 || fields[0] === '' ? [`${route}: User has no field ${unknown.join(', ') || '(none asked)'}`] : [];
}

export function requestViolations(request: ApiRequest): string[] {
  if (request.path === '/graphql' || request.path === '/api/graphql') return graphqlViolations(request);
  const { operations } = load();
  const route = `${request.method} ${request.path}`;
  const matching = operations.filter((o) => o.method === request.method && o.pattern.test(request.path));
  if (matching.length === 0) return [`${route}: no operation the action uses (${OPERATIONS.join(', ')}) matches it`];
  const op = matching[0]!;
  const errors: string[] = [];
  const path = { ...op.pattern.exec(request.path)!.groups } as Record<string, unknown>;
  const query: Record<string, unknown> = { ...request.query };
  for (const name of Object.keys(query)) if (!op.queryNames.has(name)) errors.push(`query parameter ${name} is not one of ${op.id}'s`);
  if (!op.parameters({ path, query })) errors.push(...describeErrors('parameters', op.parameters.errors));
  if (request.bodyText === '') {
    if (op.bodyRequired) errors.push(`${op.id} requires a JSON body`);
  } else if (!op.body) {
    errors.push(`${op.id} takes no body`);
  } else if (!/^application\/json\b/.test(request.contentType ?? '')) {
    errors.push(`the body is not sent as application/json (content-type: ${request.contentType})`);
  } else {
    let body: unknown;
    try {
      body = JSON.parse(request.bodyText);
    } catch {
      errors.push('the body is not JSON');
    }
    if (body !== undefined) {
      if (!op.body(body)) errors.push(...describeErrors('body', op.body.errors));
      if (body !== null && typeof body === 'object') for (const rule of op.prose) errors.push(...rule.check(body as Json).map((e) => `body${e} (GitHub's description: "${rule.sentence}")`));
    }
  }
  return errors.length > 0 ? [`${route} (${op.id}):`, ...errors.map((e) => `  ${e}`)] : [];
}
