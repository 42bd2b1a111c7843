// Keywords for the compiled validator (scripts/build-schema.mjs) that replace Ajv's own with quicker
// code for what manifests hold; the same errors as Ajv's (checked error for error against stock Ajv
// in __tests__/schema-keywords.test.ts).
//
// `uniqueItems`: for arrays of one primitive type Ajv's code puts every item in a fresh object used as a hash
// table (`indices[item] = i`), which costs more than all the other checks of a manifest together
// (measured: ~40% of the validator's time on the benchmark corpus). Manifest arrays hold a handful of
// items, so comparing each item with the ones before it is quicker and allocates nothing; long arrays
// (more than 32 items) use a Map, so a hostile array of 100,000 items stays linear.
//
// The same errors as Ajv's keyword (keyword "uniqueItems", the same pair {i, j}, Ajv's message) when
// two items of the declared item type are equal; items of another type are skipped, as Ajv skips
// them. One difference, a fix: Ajv's table is a plain object, so a repeated "__proto__" string goes
// unnoticed there and is reported here.
//
// `maxLength`: Ajv counts the code points of every string with a maximum (a loop over its
// characters, ~10% of the validator's time here). A string has at most as many code points as
// UTF-16 units, so only a string whose .length is over the limit needs counting.
import { _, str } from 'ajv';
import { checkDataTypes, DataType, getSchemaTypes } from 'ajv/dist/compile/validate/dataType.js';
import { useFunc } from 'ajv/dist/compile/util.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import ajvLimitLengthModule from 'ajv/dist/vocabularies/validation/limitLength.js';
import ajvUniqueItemsModule from 'ajv/dist/vocabularies/validation/uniqueItems.js';

const ajvUniqueItems = ajvUniqueItemsModule.default;
const ajvLimitLength = ajvLimitLengthModule.default;

/** Arrays up to this length compare items pairwise; longer ones use a Map. */
const PAIRWISE_MAX = 32;

export const uniqueItemsKeyword = {
  keyword: 'uniqueItems',
  type: 'array',
  schemaType: 'boolean',
  error: {
    message: ({ params: { i, j } }) => str`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => _`{i: ${i}, j: ${j}}`,
  },
  code(cxt) {
    const { gen, data, schema, parentSchema, it } = cxt;
    if (schema !== true) return; // (no $data here: the schema says true or false)
    const itemTypes = parentSchema.items ? getSchemaTypes(parentSchema.items) : [];
    // Anything else (the meta-schema's arrays, say): Ajv's own code.
    if (itemTypes.length !== 1 || ['object', 'array', 'null'].includes(itemTypes[0])) return ajvUniqueItems.code(cxt);
    const i = gen.let('i', _`${data}.length`);
    const j = gen.let('j');
    cxt.setParams({ i, j });
    const item = gen.name('item');
    const wrongType = checkDataTypes(itemTypes, item, it.opts.strictNumbers, DataType.Wrong);
    const outer = gen.name('outer');
    gen.if(_`${i} > 1`, () => {
      gen.if(
        _`${i} <= ${PAIRWISE_MAX}`,
        () => {
          // As Ajv's keyword scans: from the end, each item against those after it, so that the first
          // pair found (i, j) is the one Ajv reports.
          gen.label(outer).for(_`;${i}--;`, () => {
            gen.let(item, _`${data}[${i}]`);
            gen.if(wrongType, _`continue`);
            gen.for(_`${j} = ${i} + 1; ${j} < ${data}.length; ${j}++`, () =>
              gen.if(_`${data}[${j}] === ${item}`, () => {
                cxt.error();
                gen.break(outer);
              }),
            );
          });
        },
        () => {
          const seen = gen.const('seen', _`new Map()`);
          gen.for(_`;${i}--;`, () => {
            gen.let(item, _`${data}[${i}]`);
            gen.if(wrongType, _`continue`);
            gen.assign(j, _`${seen}.get(${item})`);
            gen.if(_`${j} !== undefined`, () => {
              cxt.error();
              gen.break();
            });
            gen.code(_`${seen}.set(${item}, ${i})`);
          });
        },
      );
    });
  },
};

export const maxLengthKeyword = {
  ...ajvLimitLength,
  keyword: 'maxLength',
  code(cxt) {
    if (cxt.$data) return ajvLimitLength.code(cxt);
    const { gen, data, schemaCode } = cxt;
    const codePoints = useFunc(gen, ucs2lengthModule.default);
    cxt.fail$data(_`${data}.length > ${schemaCode} && ${codePoints}(${data}) > ${schemaCode}`);
  },
};

/** Replaces Ajv's keywords of the same names with these. */
export function useQuickerKeywords(ajv) {
  for (const definition of [uniqueItemsKeyword, maxLengthKeyword]) {
    ajv.removeKeyword(definition.keyword);
    ajv.addKeyword(definition);
  }
}
