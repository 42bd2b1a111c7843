// The Reviewdog Diagnostic Format's DiagnosticResult (rdjson) as a strict JSON Schema, written from
// its definition: reviewdog/reviewdog proto/rdf/reviewdog.proto (commit 08614ef9c4095bcacfda60090a70da8834e17019),
// fields in their JSON (protobuf JSON mapping) names. Stricter than reviewdog's generated schema
// (proto/rdf/jsonschema/DiagnosticResult.json, which allows any other property and requires none):
// an unknown or misspelled field is an error here, and what the proto marks required is required.
const position = {
  type: 'object',
  additionalProperties: false,
  // "Line number, starting at 1." / "Column number, starting at 1 (byte count in UTF-8)."
  properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } },
};

const range = {
  type: 'object',
  additionalProperties: false,
  required: ['start'], // "start: Required." "end can be omitted."
  properties: { start: position, end: position },
};

const severity = { enum: ['UNKNOWN_SEVERITY', 'ERROR', 'WARNING', 'INFO', 0, 1, 2, 3] };

const source = { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string' }, url: { type: 'string' } } };

export const RDJSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['diagnostics'],
  properties: {
    source,
    severity,
    diagnostics: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['message', 'location'],
        properties: {
          message: { type: 'string' },
          location: { type: 'object', additionalProperties: false, required: ['path'], properties: { path: { type: 'string', minLength: 1 }, range } },
          severity,
          source,
          code: { type: 'object', additionalProperties: false, required: ['value'], properties: { value: { type: 'string' }, url: { type: 'string' } } },
          suggestions: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['range', 'text'], properties: { range, text: { type: 'string' } } },
          },
          original_output: { type: 'string' },
        },
      },
    },
  },
} as const;
