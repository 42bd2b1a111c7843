import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 957:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(810);
// The command line entry point: `lp-manifest [PATH|GLOB ...]`. Wiring only: arguments -> discovery
// -> engine -> one reporter -> exit code (0 clean, 1 failing per --fail-on, 2 usage error).


const code = await (0,_run_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    parseArgs: node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/read-manifest-file.ts
// Reads one manifest file as text, safely: size checked before reading, symbolic links never
// followed out of the workspace, UTF-8 only (a UTF-8 byte order mark is accepted and dropped,
// UTF-16 and invalid bytes are refused). Every refusal is an `unreadable-file` finding.




const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
function unreadable(message, start = 0, end = 0, prefix) {
    return {
        ok: false,
        prefix,
        finding: { rule: 'unreadable-file', severity: 'error', message, pointer: '', target: 'value', span: { start, end } },
    };
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} bytes`;
}
function isInside(child, parent) {
    return child === parent || child.startsWith(parent.endsWith(external_node_path_namespaceObject.sep) ? parent : parent + external_node_path_namespaceObject.sep);
}
/** Index of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidUtf8Byte(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let need;
        let min;
        if (b < 0x80) {
            i++;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else
            return i;
        if (i + need >= bytes.length)
            return i;
        let cp = b & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return -1;
}
/**
 * open(2) flags of the fast path: O_NOFOLLOW makes a symbolic link fail (ELOOP) instead of being
 * followed, O_NONBLOCK keeps a FIFO from blocking the open. Undefined where the platform has no
 * O_NOFOLLOW (Windows): every read then takes the careful path.
 */
const NO_FOLLOW_FLAGS = external_node_fs_namespaceObject.constants.O_NOFOLLOW !== undefined && external_node_fs_namespaceObject.constants.O_NONBLOCK !== undefined ? external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK : undefined;
/**
 * Reads a file that is not a symbolic link with four synchronous system calls (open, fstat, read,
 * close). For the small files manifests are, the thread-pool round trips of fs/promises (lstat,
 * open, fstat, read, close: five of them) cost several times the reads themselves; measured in
 * scripts/bench.mjs. Anything unusual comes back as `careful`, for the caller's careful path.
 */
function readWithoutFollowing(absolutePath, maxBytes) {
    if (NO_FOLLOW_FLAGS === undefined)
        return { kind: 'careful' };
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(absolutePath, NO_FOLLOW_FLAGS);
    }
    catch {
        return { kind: 'careful' };
    }
    try {
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (info.isDirectory())
            return { kind: 'directory' };
        if (!info.isFile())
            return { kind: 'not-file' };
        if (info.size > maxBytes)
            return { kind: 'too-large', size: info.size };
        // Read what fstat announced, then up to the limit if the file grew (or the size was not known).
        let bytes = Buffer.allocUnsafe(info.size > 0 ? info.size : 8192);
        let length = 0;
        for (;;) {
            if (length === bytes.length) {
                if (length > maxBytes)
                    break;
                const bigger = Buffer.allocUnsafe(Math.min(bytes.length * 2, maxBytes + 1));
                bytes.copy(bigger, 0, 0, length);
                bytes = bigger;
            }
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, length, bytes.length - length, null);
            if (n === 0)
                break;
            length += n;
            if (length === info.size && info.size > 0)
                break;
        }
        return { kind: 'bytes', bytes: length === bytes.length ? bytes : bytes.subarray(0, length) };
    }
    catch (error) {
        return { kind: 'error', error };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** The checks on a file's bytes: size limit, UTF-16, byte order mark, UTF-8 validity. */
function decodeManifestBytes(bytes, maxBytes = DEFAULT_MAX_FILE_BYTES) {
    if (bytes.length > maxBytes) {
        return unreadable(`file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)}`);
    }
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        return unreadable('file is UTF-16 encoded; save it as UTF-8');
    }
    const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = hasBom ? bytes.subarray(3) : bytes;
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(body)) {
        const bad = firstInvalidUtf8Byte(body);
        const prefix = body.subarray(0, Math.max(0, bad)).toString('utf8');
        const byteOffset = bad + (hasBom ? 3 : 0);
        return unreadable(`file is not valid UTF-8 (invalid byte 0x${body[bad]?.toString(16).padStart(2, '0')} at byte offset ${byteOffset}); save it as UTF-8`, prefix.length, prefix.length + 1, prefix + ' ');
    }
    return { ok: true, text: body.toString('utf8') };
}
async function readManifestText(absolutePath, workspaceRoot, maxBytes = DEFAULT_MAX_FILE_BYTES) {
    const fast = readWithoutFollowing(absolutePath, maxBytes);
    switch (fast.kind) {
        case 'bytes':
            return decodeManifestBytes(fast.bytes, maxBytes);
        case 'directory':
            return unreadable('this is a directory, not a file');
        case 'not-file':
            return unreadable('not a regular file');
        case 'too-large':
            return unreadable(`file is ${formatBytes(fast.size)}; the limit is ${formatBytes(maxBytes)} (not read)`);
        case 'error':
            return unreadable(describeFsError(fast.error));
        case 'careful':
            break;
    }
    let target = absolutePath;
    try {
        const link = await (0,promises_namespaceObject.lstat)(absolutePath);
        if (link.isSymbolicLink()) {
            const resolved = await (0,promises_namespaceObject.realpath)(absolutePath);
            const root = await (0,promises_namespaceObject.realpath)(workspaceRoot);
            if (!isInside(resolved, root)) {
                return unreadable('symbolic link to a file outside the workspace; not followed');
            }
            target = resolved;
        }
        const info = link.isSymbolicLink() ? await (0,promises_namespaceObject.stat)(target) : link;
        if (info.isDirectory())
            return unreadable('this is a directory, not a file');
        if (!info.isFile())
            return unreadable('not a regular file');
        if (info.size > maxBytes) {
            return unreadable(`file is ${formatBytes(info.size)}; the limit is ${formatBytes(maxBytes)} (not read)`);
        }
    }
    catch (error) {
        return unreadable(describeFsError(error));
    }
    let bytes;
    try {
        bytes = await (0,promises_namespaceObject.readFile)(target);
    }
    catch (error) {
        return unreadable(describeFsError(error));
    }
    return decodeManifestBytes(bytes, maxBytes);
}
function describeFsError(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'file not found (or a broken symbolic link)';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied: the file cannot be read';
        case 'ELOOP':
            return 'symbolic link loop; not followed';
        case 'EISDIR':
            return 'this is a directory, not a file';
        default:
            return `cannot read the file (${code ?? 'unknown error'})`;
    }
}

;// CONCATENATED MODULE: ./src/discovery.ts
// Finds the manifests to check. Candidates come from git (`git ls-files`: tracked, plus untracked
// files that are not ignored) or, outside a git repository, from a walk that skips node_modules/ and
// .git/. With `files` globs every matching file is a manifest; without, a *.json file is a manifest
// when its top-level object has client_name, capabilities, entry_uri, quick_launch_enabled or
// enabled_for_profiles (or, when it does not parse, its text contains "client_name").






class discovery_UsageError extends Error {
    name = 'UsageError';
}
const MANIFEST_KEYS = ['client_name', 'capabilities', 'entry_uri', 'quick_launch_enabled', 'enabled_for_profiles'];
const MARKERS = MANIFEST_KEYS.map((k) => `"${k}"`);
const MARKER_BYTES = MARKERS.map((m) => Buffer.from(m));
function toPosix(path) {
    return external_node_path_namespaceObject.sep === '/' ? path : path.split(external_node_path_namespaceObject.sep).join('/');
}
/** Validates and normalizes user globs; a glob that leaves the workspace is a usage error. */
function normalizeGlobs(globs, inputName) {
    const out = [];
    for (const raw of globs) {
        let g = raw.trim();
        if (g === '')
            continue;
        if (g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g) || g.split('/').includes('..')) {
            throw new discovery_UsageError(`${inputName}: "${g}" points outside the workspace; use a workspace-relative glob such as "apps/**/*.json"`);
        }
        g = g.replace(/^\.\//, '');
        if (g.endsWith('/'))
            g += '**';
        // Like .gitignore: a pattern without a slash matches a file name at any depth.
        if (!g.includes('/'))
            g = `**/${g}`;
        out.push(g);
    }
    return out;
}
/** Splits a multi-value input on newlines and commas (commas inside {a,b} braces are kept). */
function splitList(value) {
    const items = [];
    let depth = 0;
    let current = '';
    for (const c of value) {
        if (c === '{')
            depth++;
        if (c === '}')
            depth = Math.max(0, depth - 1);
        if ((c === ',' && depth === 0) || c === '\n' || c === '\r') {
            if (current.trim())
                items.push(current.trim());
            current = '';
        }
        else
            current += c;
    }
    if (current.trim())
        items.push(current.trim());
    return items;
}
function run(command, args, cwd) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)(command, args, { cwd, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
            if (error)
                reject(error);
            else
                resolve(stdout);
        });
    });
}
function splitNul(out) {
    return out.split('\0').filter((p) => p !== '');
}
/** git's candidates, or null outside a work tree (where `git ls-files` fails). */
async function gitFiles(root) {
    const lsFiles = ['-c', 'core.quotepath=off', 'ls-files', '-z'];
    const untracked = run('git', [...lsFiles, '--others', '--exclude-standard'], root).then(splitNul);
    // Handled where it is awaited; outside git it may fail before the tracked listing does.
    untracked.catch(() => undefined);
    try {
        return { tracked: splitNul(await run('git', [...lsFiles, '--cached'], root)), untracked };
    }
    catch {
        return null;
    }
}
async function walkFiles(root) {
    const out = [];
    const stack = [''];
    while (stack.length > 0) {
        const dir = stack.pop();
        let entries;
        try {
            entries = await (0,promises_namespaceObject.readdir)((0,external_node_path_namespaceObject.join)(root, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            const rel = dir === '' ? e.name : `${dir}/${e.name}`;
            if (e.isDirectory()) {
                if (e.name !== 'node_modules' && e.name !== '.git')
                    stack.push(rel);
            }
            else if (e.isFile() || e.isSymbolicLink())
                out.push(rel);
        }
    }
    return out.sort();
}
function inNodeModules(path) {
    return path === 'node_modules' || path.startsWith('node_modules/') || path.includes('/node_modules/');
}
const NOT_A_MANIFEST = { manifest: false };
/**
 * `{ "client_name"` at the start (after a byte order mark and whitespace): a manifest whether or not
 * the text parses (parsed, its top-level object has client_name; unparsable, it contains
 * "client_name"), so JSON.parse can be skipped. Most manifests begin this way.
 */
function opensWithClientName(text) {
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9)
        c = text.charCodeAt(++i);
    if (c !== 123)
        return false;
    c = text.charCodeAt(++i);
    while (c === 32 || c === 10 || c === 13 || c === 9)
        c = text.charCodeAt(++i);
    return text.startsWith('"client_name"', i);
}
/** The content check on a file's text (a UTF-8 byte order mark allowed). */
function verdictOf(text) {
    if (opensWithClientName(text))
        return { manifest: true };
    if (!MARKERS.some((m) => text.includes(m)))
        return NOT_A_MANIFEST;
    let value;
    try {
        value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch {
        return text.includes('"client_name"') ? { manifest: true } : NOT_A_MANIFEST;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return NOT_A_MANIFEST;
    // (The parsed value is not kept for the engine: holding 10,000 of them costs more memory and
    // garbage-collector time than parsing again saves; measured with scripts/bench.mjs.)
    return MANIFEST_KEYS.some((k) => Object.prototype.hasOwnProperty.call(value, k)) ? { manifest: true } : NOT_A_MANIFEST;
}
/**
 * The content check without following symbolic links, in four synchronous system calls; most JSON
 * files hold no marker and are never decoded. A manifest's text goes to the engine (no second read).
 * Undefined for a symbolic link or anything unusual: the careful path decides.
 */
function sniff(absolutePath, maxBytes) {
    const read = readWithoutFollowing(absolutePath, maxBytes);
    if (read.kind === 'careful')
        return undefined;
    if (read.kind !== 'bytes')
        return NOT_A_MANIFEST;
    const bytes = read.bytes;
    if (!MARKER_BYTES.some((m) => bytes.includes(m)))
        return NOT_A_MANIFEST;
    const decoded = decodeManifestBytes(bytes, maxBytes);
    if (!decoded.ok)
        return verdictOf(bytes.toString('utf8')); // UTF-16, invalid UTF-8: the engine reports it
    const verdict = verdictOf(decoded.text);
    return verdict.manifest ? { ...verdict, text: decoded.text } : verdict;
}
/** Decides whether a *.json file is a LivePerson manifest, reading it at most once. */
async function looksLikeManifest(absolutePath, maxBytes, workspaceRoot) {
    return sniff(absolutePath, maxBytes) ?? (await lookCarefully(absolutePath, maxBytes, workspaceRoot));
}
/** The content check of a symbolic link (or anything sniff leaves alone), with fs/promises. */
async function lookCarefully(absolutePath, maxBytes, workspaceRoot) {
    try {
        const link = await (0,promises_namespaceObject.lstat)(absolutePath);
        if (link.isSymbolicLink() && workspaceRoot !== undefined) {
            // Never read through a link that leaves the workspace (or loops): keep it as a manifest so
            // the engine reports it as unreadable-file instead of silently skipping it.
            const target = await (0,promises_namespaceObject.realpath)(absolutePath).catch(() => null);
            const root = await (0,promises_namespaceObject.realpath)(workspaceRoot);
            if (target === null || (target !== root && !target.startsWith(root + external_node_path_namespaceObject.sep)))
                return { manifest: true };
        }
        const info = await (0,promises_namespaceObject.stat)(absolutePath);
        if (!info.isFile() || info.size > maxBytes)
            return NOT_A_MANIFEST;
        return verdictOf(await (0,promises_namespaceObject.readFile)(absolutePath, 'utf8'));
    }
    catch {
        return NOT_A_MANIFEST;
    }
}
/** Lets the event loop run (e.g. drain git's output) between chunks of synchronous reads. */
const breathe = () => new Promise((resolve) => setImmediate(resolve));
async function discoverManifests(options) {
    const root = options.workspaceRoot;
    const include = normalizeGlobs(options.files ?? [], 'files');
    const exclude = normalizeGlobs(options.exclude ?? [], 'exclude');
    const isExcluded = exclude.length > 0 ? picomatch_default()(exclude, { dot: true }) : () => false;
    const fromGit = await gitFiles(root);
    let source = fromGit ? 'git' : 'walk';
    const seen = new Set();
    /** New candidates of a listing: POSIX, outside node_modules/, each path once. */
    const candidates = (paths) => {
        const out = [];
        for (const raw of paths) {
            const p = toPosix(raw);
            if (seen.has(p) || inNodeModules(p))
                continue;
            seen.add(p);
            out.push(p);
        }
        return out;
    };
    const untracked = async () => {
        try {
            return candidates(await fromGit.untracked);
        }
        catch {
            return null;
        }
    };
    /** When git lists the tracked files but not the untracked ones: the walk, as outside git. */
    const walkInstead = async () => {
        source = 'walk';
        seen.clear();
        return candidates(await walkFiles(root));
    };
    if (include.length > 0) {
        let all = fromGit ? candidates(fromGit.tracked) : await walkInstead();
        if (fromGit) {
            const more = await untracked();
            all = more ? all.concat(more) : await walkInstead();
        }
        const isIncluded = picomatch_default()(include, { dot: true });
        const existing = [];
        for (const path of all.sort()) {
            if (!isIncluded(path) || isExcluded(path))
                continue;
            try {
                // Deleted in the work tree but still in the index: nothing to check.
                if ((0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.join)(root, path), { throwIfNoEntry: false }) !== undefined)
                    existing.push({ path });
            }
            catch {
                existing.push({ path });
            }
        }
        return { manifests: existing, explicit: true, source };
    }
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const manifests = [];
    const check = async (paths) => {
        let sinceBreath = 0;
        for (const path of paths) {
            if (!path.endsWith('.json') || isExcluded(path))
                continue;
            const absolute = (0,external_node_path_namespaceObject.join)(root, path);
            const verdict = sniff(absolute, maxBytes) ?? (await lookCarefully(absolute, maxBytes, root));
            if (verdict.manifest)
                manifests.push(verdict.text === undefined ? { path } : { path, text: verdict.text });
            if (++sinceBreath === 256) {
                sinceBreath = 0;
                await breathe();
            }
        }
    };
    if (fromGit) {
        // The tracked files are checked while git is still walking the work tree for untracked ones.
        await check(candidates(fromGit.tracked));
        const more = await untracked();
        if (more)
            await check(more);
        else {
            manifests.length = 0;
            await check(await walkInstead());
        }
    }
    else {
        await check(await walkInstead());
    }
    manifests.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { manifests, explicit: false, source };
}
/** Workspace-relative POSIX path of an absolute path. */
function workspaceRelative(root, absolutePath) {
    return toPosix(relative(root, absolutePath));
}

;// CONCATENATED MODULE: ./src/findings.ts
/** JSON pointer helpers (RFC 6901). */
function pointerFrom(segments) {
    // Called for every value a rule looks at: escape only segments that need it.
    let pointer = '';
    for (const segment of segments) {
        const s = String(segment);
        pointer += s.includes('~') || s.includes('/') ? '/' + s.replace(/~/g, '~0').replace(/\//g, '~1') : '/' + s;
    }
    return pointer;
}
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    const segments = pointer.slice(1).split('/');
    if (!pointer.includes('~'))
        return segments;
    return segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function compareFindings(a, b) {
    return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}
function summarize(files) {
    let errors = 0;
    let warnings = 0;
    for (const file of files) {
        for (const f of file.findings) {
            if (f.severity === 'error')
                errors++;
            else
                warnings++;
        }
    }
    return { manifests: files.length, errors, warnings, valid: errors === 0 };
}

;// CONCATENATED MODULE: ./node_modules/@humanwhocodes/momoa/dist/momoa.js
/**
 * @fileoverview Character codes.
 * @author Nicholas C. Zakas
 */

const CHAR_0 = 48;          // 0
const CHAR_1 = 49;          // 1
const CHAR_9 = 57;          // 9
const CHAR_BACKSLASH = 92;  // \
const CHAR_DOLLAR = 36;     // $
const CHAR_DOT = 46;        // .
const CHAR_DOUBLE_QUOTE = 34; // "
const CHAR_LOWER_A = 97;    // a
const CHAR_LOWER_E = 101;         // e
const CHAR_LOWER_F = 102;   // f
const CHAR_LOWER_N = 110;   // n
const CHAR_LOWER_T = 116;   // t
const CHAR_LOWER_U = 117;   // u
const CHAR_LOWER_X = 120;   // x
const CHAR_LOWER_Z = 122;   // z
const CHAR_MINUS = 45;      // -
const CHAR_NEWLINE = 10;    // newline
const CHAR_PLUS = 43;       // +
const CHAR_RETURN = 13;     // return
const CHAR_SINGLE_QUOTE = 39; // '
const CHAR_SLASH = 47;      // /
const CHAR_SPACE = 32;      // space
const CHAR_TAB = 9;         // tab
const CHAR_UNDERSCORE = 95; // _
const CHAR_UPPER_A = 65;    // A
const CHAR_UPPER_E = 69;          // E
const CHAR_UPPER_F = 70;    // F
const CHAR_UPPER_N = 78;    // N
const CHAR_UPPER_X = 88;    // X
const CHAR_UPPER_Z = 90;    // Z
const CHAR_LOWER_B = 98;    // b
const CHAR_LOWER_R = 114;   // r
const CHAR_LOWER_V = 118;   // v
const CHAR_LINE_SEPARATOR = 0x2028;
const CHAR_PARAGRAPH_SEPARATOR = 0x2029;
const CHAR_UPPER_I = 73;    // I
const CHAR_STAR = 42;       // *
const CHAR_VTAB = 11;            // U+000B Vertical tab
const CHAR_FORM_FEED = 12;       // U+000C Form feed
const CHAR_NBSP = 160;           // U+00A0 Non-breaking space
const CHAR_BOM = 65279;          // U+FEFF
const CHAR_NON_BREAKING_SPACE = 160;
const CHAR_EN_QUAD = 8192;
const CHAR_EM_QUAD = 8193;
const CHAR_EN_SPACE = 8194;
const CHAR_EM_SPACE = 8195;
const CHAR_THREE_PER_EM_SPACE = 8196;
const CHAR_FOUR_PER_EM_SPACE = 8197;
const CHAR_SIX_PER_EM_SPACE = 8198;
const CHAR_FIGURE_SPACE = 8199;
const CHAR_PUNCTUATION_SPACE = 8200;
const CHAR_THIN_SPACE = 8201;
const CHAR_HAIR_SPACE = 8202;
const CHAR_NARROW_NO_BREAK_SPACE = 8239;
const CHAR_MEDIUM_MATHEMATICAL_SPACE = 8287;
const CHAR_IDEOGRAPHIC_SPACE = 12288;

/**
 * @fileoverview JSON syntax helpers
 * @author Nicholas C. Zakas
 */


//-----------------------------------------------------------------------------
// Types
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").TokenType} TokenType */

//-----------------------------------------------------------------------------
// Predefined Tokens
//-----------------------------------------------------------------------------

const LBRACKET = "[";
const RBRACKET = "]";
const LBRACE = "{";
const RBRACE = "}";
const COLON = ":";
const COMMA = ",";

const TRUE = "true";
const FALSE = "false";
const NULL = "null";
const NAN$1 = "NaN";
const INFINITY$1 = "Infinity";
const QUOTE = "\"";

const escapeToChar = new Map([
    [CHAR_DOUBLE_QUOTE, QUOTE],
    [CHAR_BACKSLASH, "\\"],
    [CHAR_SLASH, "/"],
    [CHAR_LOWER_B, "\b"],
    [CHAR_LOWER_N, "\n"],
    [CHAR_LOWER_F, "\f"],
    [CHAR_LOWER_R, "\r"],
    [CHAR_LOWER_T, "\t"]
]);

const json5EscapeToChar = new Map([
    ...escapeToChar,
    [CHAR_LOWER_V, "\v"],
    [CHAR_0, "\0"]
]);

const charToEscape = new Map([
    [QUOTE, QUOTE],
    ["\\", "\\"],
    ["/", "/"],
    ["\b", "b"],
    ["\n", "n"],
    ["\f", "f"],
    ["\r", "r"],
    ["\t", "t"]
]);

const json5CharToEscape = new Map([
    ...charToEscape,
    ["\v", "v"],
    ["\0", "0"],
    ["\u2028", "u2028"],
    ["\u2029", "u2029"]
]);

/** @type {Map<string,TokenType>} */
const knownTokenTypes = new Map([
    [LBRACKET, "LBracket"],
    [RBRACKET, "RBracket"],
    [LBRACE, "LBrace"],
    [RBRACE, "RBrace"],
    [COLON, "Colon"],
    [COMMA, "Comma"],
    [TRUE, "Boolean"],
    [FALSE, "Boolean"],
    [NULL, "Null"]
]);

/** @type {Map<string,TokenType>} */
const knownJSON5TokenTypes = new Map([
    ...knownTokenTypes,
    [NAN$1, "Number"],
    [INFINITY$1, "Number"]
]);

// JSON5
const json5LineTerminators = new Set([
    CHAR_NEWLINE,
    CHAR_RETURN,
    CHAR_LINE_SEPARATOR,
    CHAR_PARAGRAPH_SEPARATOR
]);

/**
 * @fileoverview JSON tokenization/parsing errors
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").Location} Location */
/** @typedef {import("./typedefs.js").Token} Token */

//-----------------------------------------------------------------------------
// Errors
//-----------------------------------------------------------------------------

/**
 * Base class that attaches location to an error.
 */
class ErrorWithLocation extends Error {

    /**
     * Creates a new instance.
     * @param {string} message The error message to report. 
     * @param {Location} loc The location information for the error.
     */
    constructor(message, { line, column, offset }) {
        super(`${ message } (${ line }:${ column})`);

        /**
         * The line on which the error occurred.
         * @type {number}
         */
        this.line = line;

        /**
         * The column on which the error occurred.
         * @type {number}
         */
        this.column = column;
        
        /**
         * The index into the string where the error occurred.
         * @type {number}
         */
        this.offset = offset;
    }

}

/**
 * Error thrown when an unexpected character is found during tokenizing.
 */
class UnexpectedChar extends ErrorWithLocation {

    /**
     * Creates a new instance.
     * @param {number} unexpected The character that was found.
     * @param {Location} loc The location information for the found character.
     */
    constructor(unexpected, loc) {
        super(`Unexpected character '${ String.fromCharCode(unexpected) }' found.`, loc);
    }
}

/**
 * Error thrown when an unexpected identifier is found during tokenizing.
 */
class UnexpectedIdentifier extends ErrorWithLocation {

    /**
     * Creates a new instance.
     * @param {string} unexpected The character that was found.
     * @param {Location} loc The location information for the found character.
     */
    constructor(unexpected, loc) {
        super(`Unexpected identifier '${ unexpected }' found.`, loc);
    }
}

/**
 * Error thrown when an unexpected token is found during parsing.
 */
class UnexpectedToken extends ErrorWithLocation {

    /**
     * Creates a new instance.
     * @param {Token} token The token that was found. 
     */
    constructor(token) {
        super(`Unexpected token ${ token.type } found.`, token.loc.start);
    }
}

/**
 * Error thrown when the end of input is found where it isn't expected.
 */
class UnexpectedEOF extends ErrorWithLocation {

    /**
     * Creates a new instance.
     * @param {Location} loc The location information for the found character.
     */
    constructor(loc) {
        super("Unexpected end of input found.", loc);
    }
}

/*
 * The following is extracted from https://github.com/json5/json5/
 *
 * MIT License
 * 
 * Copyright (c) 2012-2018 Aseem Kishore, and others.
 * 
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:
 * 
 * The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.
 * 
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/

const ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
// eslint-disable-next-line no-misleading-character-class
const ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;

/**
 * @fileoverview A charactor code reader.
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Type Definitions
//-----------------------------------------------------------------------------


//-----------------------------------------------------------------------------
// Data
//-----------------------------------------------------------------------------

const CHAR_CR = 13; // \r
const CHAR_LF = 10; // \n

//-----------------------------------------------------------------------------
// CharCodeReader
//-----------------------------------------------------------------------------

/**
 * A reader that reads character codes from a string.
 */
class CharCodeReader {

    /**
     * The text to read from.
     * @type {string}
     */
    #text = "";

    /**
     * The current line number.
     * @type {number}
     */
    #line = 1;

    /**
     * The current column number.
     * @type {number}
     */
    #column = 0;

    /**
     * The current offset in the text.
     * @type {number}
     */
    #offset = -1;

    /**
     * Whether the last character read was a new line.
     * @type {boolean}
     */
    #newLine = false;

    /**
     * The last character code read.
     * @type {number}
     */
    #last = -1;

    /**
     * Whether the reader has ended.
     * @type {boolean}
     */
    #ended = false;

    /**
     * Creates a new instance.
     * @param {string} text The text to read from
     */
    constructor(text) {
        this.#text = text;
    }

    /**
     * Ends the reader.
     * @returns {void}
     */
    #end() {
        if (this.#ended) {
            return;
        }

        this.#column++;
        this.#offset++;
        this.#last = -1;
        this.#ended = true;
    }

    /**
     * Returns the current position of the reader.
     * @returns {Location} An object with line, column, and offset properties.
     */
    locate() {
        return {
            line: this.#line,
            column: this.#column,
            offset: this.#offset
        };
    }

    /**
     * Reads the next character code in the text.
     * @returns {number} The next character code, or -1 if there are no more characters.
     */
    next() {
        if (this.#offset >= this.#text.length - 1) {
            this.#end();
            return -1;
        }

        this.#offset++;
        const charCode = this.#text.charCodeAt(this.#offset);

        if (this.#newLine) {
            this.#line++;
            this.#column = 1;
            this.#newLine = false;
        } else {
            this.#column++;
        }

        if (charCode === CHAR_CR) {
            this.#newLine = true;

            // if we already see a \r, just ignore upcoming \n
            if (this.peek() === CHAR_LF) {
                this.#offset++;
            }
        } else if (charCode === CHAR_LF) {
            this.#newLine = true;
        }

        this.#last = charCode;

        return charCode;
    }

    /**
     * Peeks at the next character code in the text.
     * @returns {number} The next character code, or -1 if there are no more characters.
     */
    peek() {
        if (this.#offset === this.#text.length - 1) {
            return -1;
        }

        return this.#text.charCodeAt(this.#offset + 1);
    }

    /**
     * Determines if the next character code in the text matches a specific character code.
     * @param {(number) => boolean} fn A function to call on the next character.
     * @returns {boolean} True if the next character code matches, false if not.
     */ 
    match(fn) {
        if (fn(this.peek())) {
            this.next();
            return true;
        }

        return false;
    }

    /**
     * Returns the last character code read.
     * @returns {number} The last character code read.
     */
    current() {
        return this.#last;
    }


}

/**
 * @fileoverview JSON tokenizer
 * @author Nicholas C. Zakas
 */


//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").Range} Range */
/** @typedef {import("./typedefs.js").TokenizeOptions} TokenizeOptions */

//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

const INFINITY = "Infinity";
const NAN = "NaN";

const keywordStarts = new Set([CHAR_LOWER_T, CHAR_LOWER_F, CHAR_LOWER_N]);
const whitespace = new Set([CHAR_SPACE, CHAR_TAB, CHAR_NEWLINE, CHAR_RETURN]);
const json5Whitespace = new Set([
    ...whitespace,
    CHAR_VTAB,
    CHAR_FORM_FEED,
    CHAR_NBSP,
    CHAR_LINE_SEPARATOR,
    CHAR_PARAGRAPH_SEPARATOR,
    CHAR_BOM,
    CHAR_NON_BREAKING_SPACE,
    CHAR_EN_QUAD,
    CHAR_EM_QUAD,
    CHAR_EN_SPACE,
    CHAR_EM_SPACE,
    CHAR_THREE_PER_EM_SPACE,
    CHAR_FOUR_PER_EM_SPACE,
    CHAR_SIX_PER_EM_SPACE,
    CHAR_FIGURE_SPACE,
    CHAR_PUNCTUATION_SPACE,
    CHAR_THIN_SPACE,
    CHAR_HAIR_SPACE,
    CHAR_NARROW_NO_BREAK_SPACE,
    CHAR_MEDIUM_MATHEMATICAL_SPACE,
    CHAR_IDEOGRAPHIC_SPACE,
]);


/** @type {TokenizeOptions} */
const DEFAULT_OPTIONS$1 = {
    mode: "json",
    ranges: false
};

const jsonKeywords = new Set(["true", "false", "null"]);

const tt = {
    EOF: 0,
    Number: 1,
    String: 2,
    Boolean: 3,
    Null: 4,
    NaN: 5,
    Infinity: 6,
    Identifier: 7,
    Colon: 20,
    LBrace: 21,
    RBrace: 22,
    LBracket: 23,
    RBracket: 24,
    Comma: 25,
    LineComment: 40,
    BlockComment: 41
};


// #region Helpers


/**
 * Determines if a given character is a decimal digit.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a digit.
 */
function isDigit(c) {
    return c >= CHAR_0 && c <= CHAR_9;
}

/**
 * Determines if a given character is a hexadecimal digit.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a hexadecimal digit.
 */
function isHexDigit(c) {
    return isDigit(c) ||
        c >= CHAR_UPPER_A && c <= CHAR_UPPER_F ||
        c >= CHAR_LOWER_A && c <= CHAR_LOWER_F;
}

/**
 * Determines if a given character is a positive digit (1-9).
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a positive digit.
 */
function isPositiveDigit(c) {
    return c >= CHAR_1 && c <= CHAR_9;
}

/**
 * Determines if a given character is the start of a keyword.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is the start of a keyword.
 */
function isKeywordStart(c) {
    return keywordStarts.has(c);
}

/**
 * Determines if a given character is the start of a number.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is the start of a number.
 */
function isNumberStart(c) {
    return isDigit(c) || c === CHAR_DOT || c === CHAR_MINUS;
}

/**
 * Determines if a given character is the start of a JSON5 number.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is the start of a JSON5 number.
 */
function isJSON5NumberStart(c) {
    return isNumberStart(c) || c === CHAR_PLUS;
}

/**
 * Determines if a given character is the start of a string.
 * @param {number} c The character to check.
 * @param {boolean} json5 `true` if JSON5 mode is enabled.
 * @returns {boolean} `true` if the character is the start of a string.
 */
function isStringStart(c, json5) {
    return c === CHAR_DOUBLE_QUOTE || (json5 && c === CHAR_SINGLE_QUOTE);
}

/**
 * Tests that a given character is a valid first character of a
 * JSON5 identifier
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a valid first character. 
 */
function isJSON5IdentifierStart(c) {

    // test simple cases first

    if (c === CHAR_DOLLAR || c === CHAR_UNDERSCORE || c === CHAR_BACKSLASH) {
        return true;
    }

    if (c >= CHAR_LOWER_A && c <= CHAR_LOWER_Z || c >= CHAR_UPPER_A && c <= CHAR_UPPER_Z) {
        return true;
    }

    if (c === 0x200C || c === 0x200D) {
        return true;
    }
    
    const ct = String.fromCharCode(c);
    return ID_Start.test(ct);
}

/**
 * Tests that a given character is a valid part of a JSON5 identifier.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a valid part of an identifier.
 */
function isJSON5IdentifierPart(c) {

    // fast path for simple cases
    if (isJSON5IdentifierStart(c) || isDigit(c)) {
        return true;
    }

    const ct = String.fromCharCode(c);
    return ID_Continue.test(ct);
}


// #endregion

class Tokenizer {

    /**
     * Options for the tokenizer.
     * @type {TokenizeOptions}
     */
    #options;

    /**
     * The source text to tokenize.
     * @type {string}
     */
    #text;

    /**
     * The reader for the source text.
     * @type {CharCodeReader}
     */
    #reader;

    /**
     * Indicates if the tokenizer is in JSON5 mode.
     * @type {boolean}
     */
    #json5;

    /**
     * Indicates if comments are allowed.
     * @type {boolean}
     */
    #allowComments;

    /**
     * Indicates if ranges should be included in the tokens.
     * @type {boolean}
     */
    #ranges;

    /**
     * The last token type read.
     * @type {Token}
     */
    #token;

    /**
     * Determines if a character is an escaped character.
     * @type {(c:number) => boolean}
     */
    #isEscapedCharacter;

    /**
     * Determines if a character is a JSON5 line terminator.
     * @type {(c:number) => boolean}
     */
    #isJSON5LineTerminator;


    /**
     * Determines if a character is a JSON5 hex escape.
     * @type {(c:number) => boolean}
     */
    #isJSON5HexEscape;

    /**
     * Determines if a character is whitespace.
     * @type {(c:number) => boolean}
     */
    #isWhitespace;

    /**
     * Creates a new instance of the tokenizer.
     * @param {string} text The source text
     * @param {TokenizeOptions} [options] Options for the tokenizer.
     */ 
    constructor(text, options) {
        this.#text = text;
        this.#options = {
            ...DEFAULT_OPTIONS$1,
            ...options
        };

        this.#reader = new CharCodeReader(text);
        this.#json5 = this.#options.mode === "json5";
        this.#allowComments = this.#options.mode !== "json";
        this.#ranges = this.#options.ranges;

        // TODO: Clean this up
        this.#isEscapedCharacter = this.#json5 ? json5EscapeToChar.has.bind(json5EscapeToChar) : escapeToChar.has.bind(escapeToChar);
        this.#isJSON5LineTerminator = this.#json5 ? json5LineTerminators.has.bind(json5LineTerminators) : () => false;
        this.#isJSON5HexEscape = this.#json5 ? c => c === CHAR_LOWER_X : () => false;
        this.#isWhitespace = this.#json5 ? json5Whitespace.has.bind(json5Whitespace) : whitespace.has.bind(whitespace);
    }

    // #region Errors

    /**
     * Convenience function for throwing unexpected character errors.
     * @param {number} c The unexpected character.
     * @param {Location} [loc] The location of the unexpected character.
     * @returns {never}
     * @throws {UnexpectedChar} always.
     */
    #unexpected(c, loc = this.#reader.locate()) {
        throw new UnexpectedChar(c, loc);
    }

    /**
     * Convenience function for throwing unexpected identifier errors.
     * @param {string} identifier The unexpected identifier.
     * @param {Location} [loc] The location of the unexpected identifier.
     * @returns {never}
     * @throws {UnexpectedIdentifier} always.
     */
    #unexpectedIdentifier(identifier, loc = this.#reader.locate()) {
        throw new UnexpectedIdentifier(identifier, loc);
    }

    /**
    * Convenience function for throwing unexpected EOF errors.
    * @returns {never}
    * @throws {UnexpectedEOF} always.
    */
    #unexpectedEOF() {
        throw new UnexpectedEOF(this.#reader.locate());
    }

    // #endregion

    // #region Helpers

    /**
     * Creates a new token.
     * @param {TokenType} tokenType The type of token to create.
     * @param {number} length The length of the token.
     * @param {Location} startLoc The start location for the token.
     * @param {Location} [endLoc] The end location for the token.
     * @returns {Token} The token.
     */
    #createToken(tokenType, length, startLoc, endLoc) {

        const endOffset = startLoc.offset + length;

        let range = this.#options.ranges ? {
            range: /** @type {Range} */ ([startLoc.offset, endOffset])
        } : undefined;

        return {
            type: tokenType,
            loc: {
                start: startLoc,
                end: endLoc || {
                    line: startLoc.line,
                    column: startLoc.column + length,
                    offset: endOffset
                }
            },
            ...range
        };        
    }

    /**
     * Reads in a specific number of hex digits.
     * @param {number} count The number of hex digits to read.
     * @returns {string} The hex digits read.
     */
    #readHexDigits(count) {
        let value = "";
        let c;

        for (let i = 0; i < count; i++) {
            c = this.#reader.peek();
            if (isHexDigit(c)) {
                this.#reader.next();
                value += String.fromCharCode(c);
                continue;
            }

            this.#unexpected(c);
        }

        return value;
    }

    /**
     * Reads in a JSON5 identifier. Also used for JSON but we validate
     * the identifier later.
     * @param {number} c The first character of the identifier.
     * @returns {string} The identifier read.
     * @throws {UnexpectedChar} when the identifier cannot be read.
     */
    #readIdentifier(c) {
        let value = "";

        do {

            value += String.fromCharCode(c);

            if (c === CHAR_BACKSLASH) {

                c = this.#reader.next();

                if (c !== CHAR_LOWER_U) {
                    this.#unexpected(c);
                }

                value += String.fromCharCode(c);

                const hexDigits = this.#readHexDigits(4);

                // check for a valid character code
                const charCode = parseInt(hexDigits, 16);

                if (value.length === 2 && !isJSON5IdentifierStart(charCode)) {
                    const loc = this.#reader.locate();
                    this.#unexpected(CHAR_BACKSLASH, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
                } else if (!isJSON5IdentifierPart(charCode)) {
                    const loc = this.#reader.locate();
                    this.#unexpected(charCode, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
                }

                value += hexDigits;
            }

            c = this.#reader.peek();

            if (!isJSON5IdentifierPart(c)) {
                break;
            }

            this.#reader.next();

        } while (true);  // eslint-disable-line no-constant-condition

        return value;
    }

    /**
     * Reads in a string. Works for both JSON and JSON5.
     * @param {number} c The first character of the string (either " or ').
     * @returns {number} The length of the string.
     * @throws {UnexpectedChar} when the string cannot be read.
     * @throws {UnexpectedEOF} when EOF is reached before the string is finalized.
     */
    #readString(c) {
        
        const delimiter = c;
        let length = 1;
        c = this.#reader.peek();

        while (c !== -1 && c !== delimiter) {

            this.#reader.next();
            length++;

            // escapes
            if (c === CHAR_BACKSLASH) {
                c = this.#reader.peek();

                if (this.#isEscapedCharacter(c) || this.#isJSON5LineTerminator(c)) {
                    this.#reader.next();
                    length++;
                } else if (c === CHAR_LOWER_U) {
                    this.#reader.next();
                    length++;

                    const result = this.#readHexDigits(4);
                    length += result.length;
                } else if (this.#isJSON5HexEscape(c)) {
                    this.#reader.next();
                    length++;

                    // hex escapes: \xHH
                    const result = this.#readHexDigits(2);
                    length += result.length;
                } else if (this.#json5) {  // JSON doesn't allow anything else
                    this.#reader.next();
                    length++;
                } else {
                    this.#unexpected(c);
                }
            }

            c = this.#reader.peek();
        }

        if (c === -1) {
            this.#reader.next();
            this.#unexpectedEOF();
        }

        // c is the delimiter
        this.#reader.next();
        length++;

        return length;
    
    
    }

    /**
     * Reads a number. Works for both JSON and JSON5.
     * @param {number} c The first character of the number.
     * @returns {number} The length of the number.
     * @throws {UnexpectedChar} when the number cannot be read.
     * @throws {UnexpectedEOF} when EOF is reached before the number is finalized.
     */
    #readNumber(c) {
        
        // we've already read the first character
        let length = 1;

        // JSON number may start with a minus but not a plus
        // JSON5 allows a plus.
        if (c === CHAR_MINUS || this.#json5 && c === CHAR_PLUS) {
            
            c = this.#reader.peek();
            
            /*
            * JSON5 allows Infinity or NaN preceded by a sign.
            * This blocks handles +Infinity, -Infinity, +NaN, and -NaN.
            * Standalone Infinity and NaN are handled in `readJSON5Identifier()`
            */
            if (this.#json5) {

                if (c === CHAR_UPPER_I || c === CHAR_UPPER_N) {
                    this.#reader.next();
                    const identifier = this.#readIdentifier(c);

                    if (identifier !== INFINITY && identifier !== NAN) {
                        this.#unexpected(c);
                    }

                    return length + identifier.length;
                }
            }

            // Next digit cannot be zero
            if (!isDigit(c)) {
                this.#unexpected(c);
            }

            // if we made it here, we need to continue on, so register the character
            this.#reader.next();
            length++;
        }

        /*
        * In JSON, a zero must be followed by a decimal point or nothing.
        * In JSON5, a zero can additionally be followed by an `x` indicating
        * that it's a hexadecimal number.
        */
        if (c === CHAR_0) {

            // c = this.#reader.next();
            // length++;
            c = this.#reader.peek();

            // check for a hex number
            if (this.#json5 && (c === CHAR_LOWER_X || c === CHAR_UPPER_X)) {

                this.#reader.next();
                length++;

                c = this.#reader.peek();

                if (!isHexDigit(c)) {
                    this.#reader.next();
                    this.#unexpected(c);
                }

                do {
                    this.#reader.next();
                    length++;
                    c = this.#reader.peek();
                } while (isHexDigit(c));

            } else if (isDigit(c)) {
                this.#unexpected(c);
            }

        } else {

            // JSON5 allows leading decimal points
            if (!this.#json5 || c !== CHAR_DOT) {
                if (!isPositiveDigit(c)) {
                    this.#unexpected(c);
                }

                c = this.#reader.peek();

                while (isDigit(c)) {
                    this.#reader.next();
                    length++;
                    c = this.#reader.peek();
                }
            }
        }

        /*
        * In JSON, a decimal point must be followed by at least one digit.
        * In JSON5, a decimal point need not be followed by any digits.
        */
        if (c === CHAR_DOT) {
                                
            let digitCount = -1;
            this.#reader.next();
            length++;
            digitCount++;

            c = this.#reader.peek();

            while (isDigit(c)) {
                this.#reader.next();
                length++;
                digitCount++;
                c = this.#reader.peek();
            }

            if (!this.#json5 && digitCount === 0) {
                this.#reader.next();
                if (c) {
                    this.#unexpected(c);
                } else {
                    this.#unexpectedEOF();
                }
            }
        }

        // Exponent is always last
        if (c === CHAR_LOWER_E || c === CHAR_UPPER_E) {

            this.#reader.next();
            length++;
            c = this.#reader.peek();

            if (c === CHAR_PLUS || c === CHAR_MINUS) {
                this.#reader.next();
                length++;
                c = this.#reader.peek();
            }

            /*
            * Must always have a digit in this position to avoid:
            * 5e
            * 12E+
            * 42e-
            */
            if (c === -1) {
                this.#reader.next();
                this.#unexpectedEOF();
            }

            if (!isDigit(c)) {
                this.#reader.next();
                this.#unexpected(c);
            }

            while (isDigit(c)) {
                this.#reader.next();
                length++;
                c = this.#reader.peek();
            }
        }

        return length;
    }

    /**
     * Reads a comment. Works for both JSON and JSON5.
     * @param {number} c The first character of the comment.
     * @returns {{length: number, multiline: boolean}} The length of the comment, and whether the comment is multi-line.
     * @throws {UnexpectedChar} when the comment cannot be read.
     * @throws {UnexpectedEOF} when EOF is reached before the comment is finalized.
     */ 
    #readComment(c) {
        
        let length = 1;

        // next character determines single- or multi-line
        c = this.#reader.peek();

        // single-line comments
        if (c === CHAR_SLASH) {
            
            do {
                this.#reader.next();
                length += 1;
                c = this.#reader.peek();
            } while (c > -1 && c !== CHAR_RETURN && c !== CHAR_NEWLINE);

            return { length, multiline: false };
        }

        // multi-line comments
        if (c === CHAR_STAR) {

            this.#reader.next();
            length += 1;

            while (c > -1) {
                c = this.#reader.peek();

                // check for end of comment
                if (c === CHAR_STAR) {
                    this.#reader.next();
                    length += 1;
                    c = this.#reader.peek();
                    
                    //end of comment
                    if (c === CHAR_SLASH) {
                        this.#reader.next();
                        length += 1;

                        return { length, multiline: true };
                    }
                } else {
                    this.#reader.next();
                    length += 1;
                }
            }

            this.#reader.next();
            this.#unexpectedEOF();
            
        }

        // if we've made it here, there's an invalid character
        this.#reader.next();
        this.#unexpected(c);        
    }
    // #endregion

    /**
     * Returns the next token in the source text.
     * @returns {number} The code for the next token.
     */
    next() {

        let c = this.#reader.next();

        while (this.#isWhitespace(c)) {
            c = this.#reader.next();
        }

        if (c === -1) {
            return tt.EOF;
        }

        const start = this.#reader.locate();
        const ct = String.fromCharCode(c);

        // check for JSON5 syntax only
        if (this.#json5) {
                
            if (knownJSON5TokenTypes.has(ct)) {
                this.#token = this.#createToken(knownJSON5TokenTypes.get(ct), 1, start);
            } else if (isJSON5IdentifierStart(c)) {
                const value = this.#readIdentifier(c);

                if (knownJSON5TokenTypes.has(value)) {
                    this.#token = this.#createToken(knownJSON5TokenTypes.get(value), value.length, start);
                } else {
                    this.#token = this.#createToken("Identifier", value.length, start);
                }
            } else if (isJSON5NumberStart(c)) {
                const result = this.#readNumber(c);
                this.#token = this.#createToken("Number", result, start);
            } else if (isStringStart(c, this.#json5)) {
                const result = this.#readString(c);
                const lastCharLoc = this.#reader.locate();
                this.#token = this.#createToken("String", result, start, {
                    line: lastCharLoc.line,
                    column: lastCharLoc.column + 1,
                    offset: lastCharLoc.offset + 1
                });
            } else if (c === CHAR_SLASH && this.#allowComments) {
                const result = this.#readComment(c);
                const lastCharLoc = this.#reader.locate();
                this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
                    line: lastCharLoc.line,
                    column: lastCharLoc.column + 1,
                    offset: lastCharLoc.offset + 1
                });
            } else {
                this.#unexpected(c);
            }

        } else {

            // check for JSON/JSONC syntax only
            if (knownTokenTypes.has(ct)) {
                this.#token = this.#createToken(knownTokenTypes.get(ct), 1, start);
            } else if (isKeywordStart(c)) {
                const value = this.#readIdentifier(c);

                if (!jsonKeywords.has(value)) {
                    this.#unexpectedIdentifier(value, start);
                }

                this.#token = this.#createToken(knownTokenTypes.get(value), value.length, start);
            } else if (isNumberStart(c)) {
                const result = this.#readNumber(c);
                this.#token = this.#createToken("Number", result, start);
            } else if (isStringStart(c, this.#json5)) {
                const result = this.#readString(c);
                this.#token = this.#createToken("String", result, start);
            } else if (c === CHAR_SLASH && this.#allowComments) {
                const result = this.#readComment(c);
                const lastCharLoc = this.#reader.locate();
                this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
                    line: lastCharLoc.line,
                    column: lastCharLoc.column + 1,
                    offset: lastCharLoc.offset + 1
                });
            } else {
                this.#unexpected(c);
            }
        }
        return tt[this.#token.type];
    }

    /**
     * Returns the current token in the source text.
     * @returns {Token} The current token.
     */
    get token() {
        return this.#token;
    }
}

//-----------------------------------------------------------------------------
// Main
//-----------------------------------------------------------------------------

/**
 * Creates an iterator over the tokens representing the source text.
 * @param {string} text The source text to tokenize.
 * @param {TokenizeOptions} [options] Options for doing the tokenization.
 * @returns {Array<Token>} An iterator over the tokens. 
 */
function tokenize(text, options) {

    const tokenizer = new Tokenizer(text, options);
    const tokens = [];

    while (tokenizer.next() !== tt.EOF) {
        tokens.push(tokenizer.token);
    }

    return tokens;

}

/**
 * @fileoverview  JSON AST types
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").LocationRange} LocationRange */
/** @typedef {import("./typedefs.js").NodeParts} NodeParts */
/** @typedef {import("./typedefs.js").DocumentNode} DocumentNode */
/** @typedef {import("./typedefs.js").StringNode} StringNode */
/** @typedef {import("./typedefs.js").NumberNode} NumberNode */
/** @typedef {import("./typedefs.js").BooleanNode} BooleanNode */
/** @typedef {import("./typedefs.js").MemberNode} MemberNode */
/** @typedef {import("./typedefs.js").ObjectNode} ObjectNode */
/** @typedef {import("./typedefs.js").ElementNode} ElementNode */
/** @typedef {import("./typedefs.js").ArrayNode} ArrayNode */
/** @typedef {import("./typedefs.js").NullNode} NullNode */
/** @typedef {import("./typedefs.js").ValueNode} ValueNode */
/** @typedef {import("./typedefs.js").IdentifierNode} IdentifierNode */
/** @typedef {import("./typedefs.js").NaNNode} NaNNode */
/** @typedef {import("./typedefs.js").InfinityNode} InfinityNode */
/** @typedef {import("./typedefs.js").Sign} Sign */

//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

const types = {

    /**
     * Creates a document node.
     * @param {ValueNode} body The body of the document.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {DocumentNode} The document node.
     */
    document(body, parts = {}) {
        return {
            type: "Document",
            body,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a string node.
     * @param {string} value The value for the string.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {StringNode} The string node.
     */
    string(value, parts = {}) {
        return {
            type: "String",
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a number node.
     * @param {number} value The value for the number.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {NumberNode} The number node.
     */
    number(value, parts = {}) {
        return {
            type: "Number",
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a boolean node.
     * @param {boolean} value The value for the boolean.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {BooleanNode} The boolean node.
     */
    boolean(value, parts = {}) {
        return {
            type: "Boolean",
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a null node.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {NullNode} The null node.
     */
    null(parts = {}) {
        return {
            type: "Null",
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an array node.
     * @param {Array<ElementNode>} elements The elements to add.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {ArrayNode} The array node.
     */
    array(elements, parts = {}) {
        return {
            type: "Array",
            elements,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an element node.
     * @param {ValueNode} value The value for the element.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {ElementNode} The element node.
     */
    element(value, parts = {}) {
        return {
            type: "Element",
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an object node.
     * @param {Array<MemberNode>} members The members to add.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {ObjectNode} The object node.
     */
    object(members, parts = {}) {
        return {
            type: "Object",
            members,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a member node.
     * @param {StringNode|IdentifierNode} name The name for the member.
     * @param {ValueNode} value The value for the member.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {MemberNode} The member node.
     */
    member(name, value, parts = {}) {
        return {
            type: "Member",
            name,
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an identifier node.
     * @param {string} name The name for the identifier.
     * @param {NodeParts} parts Additional properties for the node.
     * @returns {IdentifierNode} The identifier node.
     */
    identifier(name, parts = {}) {
        return {
            type: "Identifier",
            name,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a NaN node.
     * @param {Sign} sign The sign for the Infinity.
     * @param {NodeParts} parts Additional properties for the node.
     * @returns {NaNNode} The NaN node.
     */ 
    nan(sign = "", parts = {}) {
        return {
            type: "NaN",
            sign,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an Infinity node.
     * @param {Sign} sign The sign for the Infinity.
     * @param {NodeParts} parts Additional properties for the node.
     * @returns {InfinityNode} The Infinity node.
     */
    infinity(sign = "", parts = {}) {
        return {
            type: "Infinity",
            sign,
            loc: parts.loc,
            ...parts
        };
    },

};

/**
 * @fileoverview JSON parser
 * @author Nicholas C. Zakas
 */


//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").Node} Node */
/** @typedef {import("./typedefs.js").Mode} Mode */
/** @typedef {import("./typedefs.js").ParseOptions} ParseOptions */

//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

/** @type {ParseOptions} */
const DEFAULT_OPTIONS = {
    mode: "json",
    ranges: false,
    tokens: false,
    allowTrailingCommas: false
};

const UNICODE_SEQUENCE = /\\u[\da-fA-F]{4}/gu;

/**
 * Normalizes a JSON5 identifier by converting Unicode escape sequences into
 * their corresponding characters.
 * @param {string} identifier The identifier to normalize.
 * @returns {string} The normalized identifier.
 */
function normalizeIdentifier(identifier) {
    return identifier.replace(UNICODE_SEQUENCE, unicodeEscape => {
        return String.fromCharCode(parseInt(unicodeEscape.slice(2), 16));
    });
}

/**
 * Calculates the location at the end of the given text.
 * @param {string} text The text to calculate the end location for.
 * @returns {Location} The location at the end of the text.
 */
function getEndLocation(text) {
    let line = 1;
    let column = 1;
    
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === "\n") {
            line++;
            column = 1;
        } else if (char === "\r") {
            // Handle \r\n as a single line ending
            if (text[i + 1] === "\n") {
                i++; // Skip the \n
            }
            line++;
            column = 1;
        } else {
            column++;
        }
    }
    
    return {
        line,
        column,
        offset: text.length
    };
}

/**
 * Converts a JSON-encoded string into a JavaScript string, interpreting each
 * escape sequence.
 * @param {string} value The text for the token.
 * @param {Token} token The string token to convert into a JavaScript string.
 * @param {boolean} json5 `true` if parsing JSON5, `false` otherwise.
 * @returns {string} A JavaScript string.
 */
function getStringValue(value, token, json5 = false) {
    
    let result = "";
    let escapeIndex = value.indexOf("\\");
    let lastIndex = 0;

    // While there are escapes, interpret them to build up the result
    while (escapeIndex >= 0) {

        // append the text that happened before the escape
        result += value.slice(lastIndex, escapeIndex);

        // get the character immediately after the \
        const escapeChar = value.charAt(escapeIndex + 1);
        const escapeCharCode = escapeChar.charCodeAt(0);
        
        // check for the non-Unicode escape sequences first
        if (json5 && json5EscapeToChar.has(escapeCharCode)) {
            result += json5EscapeToChar.get(escapeCharCode);
            lastIndex = escapeIndex + 2;
        } else if (escapeToChar.has(escapeCharCode)) {
            result += escapeToChar.get(escapeCharCode);
            lastIndex = escapeIndex + 2;
        } else if (escapeChar === "u") {
            const hexCode = value.slice(escapeIndex + 2, escapeIndex + 6);
            if (hexCode.length < 4 || /[^0-9a-f]/i.test(hexCode)) {
                throw new ErrorWithLocation(
                    `Invalid unicode escape \\u${ hexCode}.`,
                    {
                        line: token.loc.start.line,
                        column: token.loc.start.column + escapeIndex,
                        offset: token.loc.start.offset + escapeIndex
                    }
                );
            }

            result += String.fromCharCode(parseInt(hexCode, 16));
            lastIndex = escapeIndex + 6;
        } else if (json5 && escapeChar === "x") {
            const hexCode = value.slice(escapeIndex + 2, escapeIndex + 4);
            if (hexCode.length < 2 || /[^0-9a-f]/i.test(hexCode)) {
                throw new ErrorWithLocation(
                    `Invalid hex escape \\x${ hexCode}.`,
                    {
                        line: token.loc.start.line,
                        column: token.loc.start.column + escapeIndex,
                        offset: token.loc.start.offset + escapeIndex
                    }
                );
            }

            result += String.fromCharCode(parseInt(hexCode, 16));
            lastIndex = escapeIndex + 4;
        } else if (json5 && json5LineTerminators.has(escapeCharCode)) {
            lastIndex = escapeIndex + 2;

            // we also need to skip \n after a \r
            if (escapeChar === "\r" && value.charAt(lastIndex) === "\n") {
                lastIndex++;
            }
            
        } else {
            // all characters can be escaped in JSON5
            if (json5) {
                result += escapeChar;
                lastIndex = escapeIndex + 2;
            } else {
                throw new ErrorWithLocation(
                    `Invalid escape \\${ escapeChar }.`,
                    {
                        line: token.loc.start.line,
                        column: token.loc.start.column + escapeIndex,
                        offset: token.loc.start.offset + escapeIndex
                    }
                );
            }
        }

        // find the next escape sequence
        escapeIndex = value.indexOf("\\", lastIndex);
    }

    // get the last segment of the string value
    result += value.slice(lastIndex);

    return result;
}

/**
 * Gets the JavaScript value represented by a JSON token.
 * @param {string} value The text value of the token.
 * @param {Token} token The JSON token to get a value for.
 * @param {boolean} json5 `true` if parsing JSON5, `false` otherwise.
 * @returns {string|boolean|number} A number, string, or boolean.
 * @throws {TypeError} If an unknown token type is found. 
 */
function getLiteralValue(value, token, json5 = false) {
    switch (token.type) {
        case "Boolean":
            return value === "true";
            
        case "Number":
            if (json5) {

                /*
                 * Numbers like -0x1 are converted to NaN by Number(), so we need
                 * to handle them separately. Rather than checking for -0x, we can
                 * just check if the first character is a minus sign. The same for
                 * checking for +0x.
                 */

                if (value.charCodeAt(0) === 45) { // 45 is the char code for '-'
                    return -Number(value.slice(1));
                }

                if (value.charCodeAt(0) === 43) { // 43 is the char code for '+'
                    return Number(value.slice(1));
                }
            }
            return Number(value);

        case "String":
            return getStringValue(value.slice(1, -1), token, json5);

        default:
            throw new TypeError(`Unknown token type "${token.type}.`);
    }
}

//-----------------------------------------------------------------------------
// Main Function
//-----------------------------------------------------------------------------

/**
 * 
 * @param {string} text The text to parse.
 * @param {ParseOptions} [options] The options object.
 * @returns {DocumentNode} The AST representing the parsed JSON.
 * @throws {Error} When there is a parsing error. 
 */
function parse(text, options) {

    options = Object.freeze({
        ...DEFAULT_OPTIONS,
        ...options
    });

    const tokens = [];
    const tokenizer = new Tokenizer(text, {
        mode: options.mode,
        ranges: options.ranges
    });

    const json5 = options.mode === "json5";
    const allowTrailingCommas = options.allowTrailingCommas || json5;

    /**
     * Returns the next token knowing there are no comments.
     * @returns {number} The next token type or 0 if no next token.
     */
    function nextNoComments() {
        const nextType = tokenizer.next();

        if (nextType && options.tokens) {
            tokens.push(tokenizer.token);
        }
        return nextType;
    }
    
    /**
     * Returns the next token knowing there are comments to skip.
     * @returns {number} The next token type or 0 if no next token.
     */
    function nextSkipComments() {
        const nextType = tokenizer.next();
        if (nextType && options.tokens) {
            tokens.push(tokenizer.token);
        }

        if (nextType >= tt.LineComment) {
            return nextSkipComments();
        }

        return nextType;

    }

    // determine correct way to evaluate tokens based on presence of comments
    const next = options.mode === "json" ? nextNoComments : nextSkipComments;

    /**
     * Asserts a token has the given type.
     * @param {number} token The token to check.
     * @param {number} type The token type.
     * @throws {UnexpectedToken} If the token type isn't expected.
     * @returns {void}
     */
    function assertTokenType(token, type) {
        if (token !== type) {
            throw new UnexpectedToken(tokenizer.token);
        }
    }

    /**
     * Asserts a token has one of the given types.
     * @param {number} token The token to check.
     * @param {number[]} types The token types.
     * @returns {void}
     * @throws {UnexpectedToken} If the token type isn't expected.
     */ 
    function assertTokenTypes(token, types) {
        if (!types.includes(token)) {
            throw new UnexpectedToken(tokenizer.token);
        }
    }

    /**
     * Creates a range only if ranges are specified.
     * @param {Location} start The start offset for the range.
     * @param {Location} end The end offset for the range.
     * @returns {{range:[number,number]}|undefined} An object with a 
     */
    function createRange(start, end) {
        // @ts-ignore tsc incorrect - options might be undefined
        return options.ranges ? {
            range: [start.offset, end.offset]
        } : undefined;
    }

    /**
     * Creates a node for a string, boolean, or number.
     * @param {number} tokenType The token representing the literal. 
     * @returns {StringNode|NumberNode|BooleanNode} The node representing
     *      the value.
     */
    function createLiteralNode(tokenType) {
        const token = tokenizer.token;
        const range = createRange(token.loc.start, token.loc.end);
        const value = getLiteralValue(
            text.slice(token.loc.start.offset, token.loc.end.offset),
            token,
            json5
        );
        const loc = {
            start: {
                ...token.loc.start
            },
            end: {
                ...token.loc.end
            }
        };
        const parts = { loc, ...range };

        switch (tokenType) {
            case tt.String:
                return types.string(/** @type {string} */ (value), parts);

            case tt.Number:
                return types.number(/** @type {number} */ (value), parts);
                
            case tt.Boolean:
                return types.boolean(/** @type {boolean} */ (value), parts);

            default:
                throw new TypeError(`Unknown token type ${token.type}.`);
        }
    }

    /**
     * Creates a node for a JSON5 identifier.
     * @param {Token} token The token representing the identifer. 
     * @returns {NaNNode|InfinityNode|IdentifierNode} The node representing
     *      the value.
     */
    function createJSON5IdentifierNode(token) {
        const range = createRange(token.loc.start, token.loc.end);
        const identifier = text.slice(token.loc.start.offset, token.loc.end.offset);
        const loc = {
            start: {
                ...token.loc.start
            },
            end: {
                ...token.loc.end
            }
        };
        const parts = { loc, ...range };

        // Check for NaN or Infinity
        if (token.type !== "Identifier") {

            let sign = "";

            // check if the first character in the token is a plus or minus
            if (identifier[0] === "+" || identifier[0] === "-") {
                sign = identifier[0];
            }

            // check if the token is NaN or Infinity
            return types[identifier.includes("NaN") ? "nan" : "infinity"](/** @type {Sign} */ (sign), parts);
        }
        return types.identifier(normalizeIdentifier(identifier), parts);
    }

    /**
     * Creates a node for a null.
     * @param {Token} token The token representing null. 
     * @returns {NullNode} The node representing null.
     */
    function createNullNode(token) {
        const range = createRange(token.loc.start, token.loc.end);

        return types.null({
            loc: {
                start: {
                    ...token.loc.start
                },
                end: {
                    ...token.loc.end
                }
            },
            ...range
        });
    }


    /**
     * Parses a property in an object.
     * @param {number} tokenType The token representing the property.
     * @returns {MemberNode} The node representing the property.
     * @throws {UnexpectedToken} When an unexpected token is found.
     * @throws {UnexpectedEOF} When the end of the file is reached.
     */
    function parseProperty(tokenType) {

        if (json5) {
            assertTokenTypes(tokenType, [tt.String, tt.Identifier, tt.Number]);
        } else {
            assertTokenType(tokenType, tt.String);
        }

        const token = tokenizer.token;

        // check for -NaN, +NaN, -Infinity, +Infinity, and any number
        if (json5 && tokenType === tt.Number && /[+\-0-9]/.test(text[token.loc.start.offset])) {
            throw new UnexpectedToken(token);
        }

        // TODO: Clean this up a bit
        let key = tokenType === tt.String
            ? /** @type {StringNode} */ (createLiteralNode(tokenType))
            : /** @type {IdentifierNode|NaNNode|InfinityNode} */ (createJSON5IdentifierNode(token));

        // in JSON5, need to check for NaN and Infinity and create identifier nodes
        if (json5 && (key.type === "NaN" || key.type === "Infinity")) {

            // NaN and Infinity cannot be signed and be a property key
            if (key.sign !== "") {
                throw new UnexpectedToken(tokenizer.token);
            }

            key = types.identifier(key.type, { loc: key.loc, ...createRange(key.loc.start, key.loc.end) });
        }

        tokenType = next();
        assertTokenType(tokenType, tt.Colon);
        const value = parseValue();
        const range = createRange(key.loc.start, value.loc.end);

        return types.member(
            /** @type {StringNode|IdentifierNode} */ (key),
            /** @type {ValueNode} */ (value),
            {
                loc: {
                    start: {
                        ...key.loc.start
                    },
                    end: {
                        ...value.loc.end
                    }
                },
                ...range
            }
        );
    }

    /**
     * Parses an object literal.
     * @param {number} firstTokenType The first token type in the object.
     * @returns {ObjectNode} The object node.
     * @throws {UnexpectedEOF} When the end of the file is reached.
     * @throws {UnexpectedToken} When an unexpected token is found.
     */
    function parseObject(firstTokenType) {

        // The first token must be a { or else it's an error
        assertTokenType(firstTokenType, tt.LBrace);

        const firstToken = tokenizer.token;
        const members = [];
        let tokenType = next();

        if (tokenType !== tt.RBrace) {
            do {
    
                // add the value into the array
                members.push(parseProperty(tokenType));
    
                tokenType = next();

                if (!tokenType) {
                    throw new UnexpectedEOF(members[members.length-1].loc.end);
                }
    
                if (tokenType === tt.Comma) {
                    tokenType = next();

                    /*
                      * Trailing commas.
                      * So we need to check if the token is a comma,
                      * and if so, then we need to check if the next
                      * token is a RBrace. If it is, then we need to
                      * break out of the loop.
                      */
                    if (allowTrailingCommas && tokenType === tt.RBrace) {
                        break;
                    }                      
                } else {
                    break;
                }
            } while (tokenType);
        }

        assertTokenType(tokenType, tt.RBrace);
        const lastToken = tokenizer.token;
        const range = createRange(firstToken.loc.start, lastToken.loc.end);

        return types.object(members, {
            loc: {
                start: {
                    ...firstToken.loc.start
                },
                end: {
                    ...lastToken.loc.end
                }
            },
            ...range
        });

    }

    /**
     * Parses an array literal.
     * @param {number} firstTokenType The first token in the array.
     * @returns {ArrayNode} The array node.
     * @throws {UnexpectedToken} When an unexpected token is found.
     * @throws {UnexpectedEOF} When the end of the file is reached.
     */
    function parseArray(firstTokenType) {

        // The first token must be a [ or else it's an error
        assertTokenType(firstTokenType, tt.LBracket);

        const firstToken = tokenizer.token;
        const elements = [];
        let tokenType = next();
        
        if (tokenType !== tt.RBracket) {

            do {

                // add the value into the array
                const value = parseValue(tokenType);

                elements.push(types.element(
                    /** @type {ValueNode} */ (value),
                    { loc: value.loc }
                ));

                tokenType = next();
              
                if (tokenType === tt.Comma) {
                    tokenType = next();

                    /*
                      * Trailing commas.
                      * So we need to check if the token is a comma,
                      * and if so, then we need to check if the next
                      * token is a RBracket. If it is, then we need to
                      * break out of the loop.
                      */
                    if (allowTrailingCommas && tokenType === tt.RBracket) {
                        break;
                    }                    
                } else {
                    break;
                }
            } while (tokenType);
        }

        assertTokenType(tokenType, tt.RBracket);

        const lastToken = tokenizer.token;
        const range = createRange(firstToken.loc.start, lastToken.loc.end);

        return types.array(elements, {
            loc: {
                start: {
                    ...firstToken.loc.start
                },
                end: {
                    ...lastToken.loc.end
                }
            },
            ...range
        });

    }

    /**
     * Parses a JSON value.
     * @param {number} [tokenType] The token type to parse.
     * @returns {ValueNode|IdentifierNode} The node representing the value.
     */
    function parseValue(tokenType) {

        tokenType = tokenType ?? next();
        const token = tokenizer.token;

        if (!tokenType) {
            throw new UnexpectedEOF({
                line: 1,
                column: 1,
                offset: 0
            });
        }
        
        switch (tokenType) {
            case tt.String:
            case tt.Boolean:
                return createLiteralNode(tokenType);

            case tt.Number:
                if (json5) {
                    let tokenText = text.slice(token.loc.start.offset, token.loc.end.offset);
                    if (tokenText[0] === "+" || tokenText[0] === "-") {
                        tokenText = tokenText.slice(1);
                    }

                    if (tokenText === "NaN" || tokenText === "Infinity") {
                        return createJSON5IdentifierNode(token);
                    }
                }
                return createLiteralNode(tokenType);

            case tt.Null:
                return createNullNode(token);

            case tt.LBrace:
                return parseObject(tokenType);

            case tt.LBracket:
                return parseArray(tokenType);

            default:
                throw new UnexpectedToken(token);
        }

    }

    
    const docBody = parseValue();
    
    const unexpectedToken = next();
    if (unexpectedToken) {
        throw new UnexpectedToken(tokenizer.token);
    }
    
    
    const textEndLocation = getEndLocation(text);
    const docParts = {
        loc: {
            start: {
                line: 1,
                column: 1,
                offset: 0
            },
            end: {
                ...textEndLocation
            }
        }
    };
    
    if (options.tokens) {
        docParts.tokens = tokens;
    }

    if (options.ranges) {
        docParts.range = [
            docParts.loc.start.offset,
            docParts.loc.end.offset
        ];
    }

    return types.document(/** @type {ValueNode} */ (docBody), docParts);
}

/**
 * @fileoverview Traversal approaches for Momoa JSON AST.
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").TraversalPhase} TraversalPhase */
/**
 * @typedef {Object} TraversalVisitor
 * @property {(node: Node, parent?: Node) => void} [enter]
 * @property {(node: Node, parent?: Node) => void} [exit]
 */

//-----------------------------------------------------------------------------
// Data
//-----------------------------------------------------------------------------

const childKeys = new Map([
    ["Document", ["body"]],
    ["Object", ["members"]],
    ["Member", ["name", "value"]],
    ["Element", ["value"]],
    ["Array", ["elements"]],
    ["String", []],
    ["Number", []],
    ["Boolean", []],
    ["Null", []],
    ["NaN", []],
    ["Infinity", []],
    ["Identifier", []],
]);

//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

/**
 * Determines if a given value is an object.
 * @param {*} value The value to check.
 * @returns {boolean} True if the value is an object, false if not. 
 */
function isObject(value) {
    return value && (typeof value === "object");
}

/**
 * Determines if a given value is an AST node.
 * @param {*} value The value to check.
 * @returns {boolean} True if the value is a node, false if not. 
 */
function isNode(value) {
    return isObject(value) && (typeof value.type === "string");
}

//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

/**
 * Traverses an AST from the given node.
 * @param {Node} root The node to traverse from 
 * @param {TraversalVisitor} visitor An object with an `enter` and `exit` method. 
 */
function traverse(root, visitor) {

    /**
     * Recursively visits a node.
     * @param {Node} node The node to visit.
     * @param {Node} [parent] The parent of the node to visit.
     * @returns {void}
     */
    function visitNode(node, parent) {

        if (typeof visitor.enter === "function") {
            visitor.enter(node, parent);
        }

        for (const key of childKeys.get(node.type)) {
            const value = node[key];

            if (isObject(value)) {
                if (Array.isArray(value)) {
                    value.forEach(child => visitNode(child, node));
                } else if (isNode(value)) {
                    visitNode(value, node);
                }
            }
        }

        if (typeof visitor.exit === "function") {
            visitor.exit(node, parent);
        }
    }

    visitNode(root);
}

/**
 * @callback FilterPredicate
 * @param {{node: Node, parent?: Node, phase: TraversalPhase}} item
 * @param {number} index
 * @param {Array<{node: Node, parent?: Node, phase: TraversalPhase}>} array
 * @returns {boolean}
 */

/**
 * Creates an iterator over the given AST.
 * @param {Node} root The root AST node to traverse. 
 * @param {FilterPredicate} [filter] A filter function to determine which steps to
 *      return;
 * @returns {IterableIterator<{node: Node, parent?: Node, phase: TraversalPhase}>} An iterator over the AST.  
 */
function iterator(root, filter = () => true) {

    /** @type {Array<{node: Node, parent?: Node, phase: TraversalPhase}>} */
    const traversal = [];

    traverse(root, {
        enter(node, parent) {
            traversal.push({ node, parent, phase: "enter" });
        },
        exit(node, parent) {
            traversal.push({ node, parent, phase: "exit" });
        }
    });

    return traversal.filter(filter).values();
}

/**
 * @fileoverview Evaluator for Momoa AST.
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").AnyNode} AnyNode */
/** @typedef {import("./typedefs.js").JSONValue} JSONValue */

//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

/**
 * Evaluates a Momoa AST node into a JavaScript value.
 * @param {AnyNode} node The node to interpet.
 * @returns {JSONValue} The JavaScript value for the node. 
 */
function evaluate(node) {
    switch (node.type) {
        case "String":
            return node.value;

        case "Number":
            return node.value;

        case "Boolean":
            return node.value;

        case "Null":
            return null;

        case "NaN":
            return NaN;
        
        case "Infinity":
            return node.sign === "-" ? -Infinity : Infinity;

        case "Identifier":
            return node.name;

        case "Array": {
            // const arrayNode = /** @type {ArrayNode} */ (node);
            return node.elements.map(element => evaluate(element.value));
        }

        case "Object": {

            /** @type {{[property: string]: JSONValue}} */
            const object = {};

            node.members.forEach(member => {
                Object.defineProperty(object, /** @type {string} */ (evaluate(member.name)), {
                    value: evaluate(member.value),
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            });    

            return object;
        }    

        case "Document": {
            return evaluate(node.body);
        }

        case "Element":
            throw new Error("Cannot evaluate array element outside of an array.");

        case "Member":
            throw new Error("Cannot evaluate object member outside of an object.");

        default:
            // @ts-ignore tsc doesn't know about the type property here?
            throw new Error(`Unknown node type ${ node.type }.`);
    }
}

/**
 * @fileoverview Printer for Momoa AST.
 * @author Nicholas C. Zakas
 */


//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------


//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

/**
 * Prints the string representation of a Boolean node.
 * @param {BooleanNode} node The node to print.
 * @returns {string} The boolean value.
 */
function printBoolean(node) {
    return node.value ? "true" : "false";
}

/**
 * Prints the string representation of a null node.
 * @returns {string} The string "null".
 */
function printNull() {
    return "null";
}

/**
 * Prints the string representation of a number node.
 * @param {NumberNode} node The node to print.
 * @returns {string} The number value.
 */
function printNumber(node) {
    return node.value.toString();
}

/**
 * Prints the string representation of a NaN node.
 * @returns {string} The string "NaN".
 */
function printNaN() {
    return "NaN";
}

/**
 * Prints the string representation of an Infinity node.
 * @param {InfinityNode} node The node to print.
 * @returns {string} The string "Infinity" or "-Infinity".
 */
function printInfinity(node) {
    return node.sign + "Infinity";
}

/**
 * Prints the string representation of a string node.
 * @param {StringNode} node The node to print.
 * @returns {string} The string value.
 */
function printString(node) {

    let result = "\"";

    // escape all characters that need escaping
    for (const c of node.value) {

        const newChar = json5CharToEscape.get(c);

        if (newChar) {
            result += "\\" + newChar;
            continue;
        }

        // if it's a double quote, escape it
        if (c === "\"") {
            result += "\\\"";
            continue;
        }

        // if it's a control character, escape it
        if (c < " " || c === "\u007F") {
            const hex = c.codePointAt(0).toString(16).toUpperCase();
            result += `\\u${"0000".substring(hex.length)}${hex}`;
            continue;
        }

        // otherwise, just add the character
        result += c;

    }
    
    return result + "\"";
}

/**
 * Prints the string representation of an identifier node.
 * @param {IdentifierNode} node The node to print.
 * @returns {string} The identifier name.
 */
function printIdentifier(node) {
    return node.name;
}

/**
 * Prints the string representation of an array node.
 * @param {ArrayNode} node The node to print.
 * @param {string} indent The string to use for indentation.
 * @param {number} indentLevel The current level of indentation.
 * @returns {string} The array value.
 */
function printArray(node, indent, indentLevel) {
    const newLine = indent ? "\n" : "";
    const indentString = indent.repeat(indentLevel);
    const elementIndentString = indent.repeat(indentLevel + 1);

    return `[${newLine}${
        node.elements.map(element =>
            `${elementIndentString}${printValue(element.value, indent, indentLevel + 1)}`
        ).join(`,${newLine}`)
    }${newLine}${indentString}]`;
}

/**
 * Prints the string representation of a member node.
 * @param {MemberNode} node The node to print.
 * @param {string} indent The string to use for indentation.
 * @param {number} indentLevel The current level of indentation.
 * @returns {string} The member value.
 */
function printMember(node, indent, indentLevel) {
    const space = indent ? " " : "";
    return `${printValue(node.name, indent, indentLevel)}:${space}${printValue(node.value, indent, indentLevel + 1)}`;
}

/**
 * Prints the string representation of an object node.
 * @param {ObjectNode} node The node to print.
 * @param {string} indent The string to use for indentation.
 * @param {number} indentLevel The current level of indentation.
 * @returns {string} The object value.
 */
function printObject(node, indent, indentLevel) {
    const newLine = indent ? "\n" : "";
    const indentString = indent.repeat(indentLevel);
    const memberIndentString = indent.repeat(indentLevel + 1);

    return `{${newLine}${
        node.members.map(member => 
            `${memberIndentString}${printMember(member, indent, indentLevel)}`
        ).join(`,${newLine}`)
    }${newLine}${indentString}}`;
}

/**
 * Prints the string representation of a node.
 * @param {AnyNode} node The node to print.
 * @param {string} indentString The string to use for indentation.
 * @param {number} indentLevel The current level of indentation.
 * @returns {string} The string representation of the node.
 * @throws {TypeError} If the node type is unknown.

 */
function printValue(node, indentString, indentLevel) {
    switch (node.type) {
        case "String":
            return printString(node);
        case "Number":
            return printNumber(node);
        case "Boolean":
            return printBoolean(node);
        case "Null":
            return printNull();
        case "NaN":
            return printNaN();
        case "Infinity":
            return printInfinity(node);
        case "Identifier":
            return printIdentifier(node);
        case "Array":
            return printArray(node, indentString, indentLevel);
        case "Object":
            return printObject(node, indentString, indentLevel);
        case "Document":
            return printValue(node.body, indentString, indentLevel);
        default:
            throw new TypeError(`Unknown node type: ${node.type}`);
    }
}


//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

/**
 * Converts a Momoa AST back into a JSON string.
 * @param {AnyNode} node The node to print.
 * @param {Object} options Options for the print.
 * @param {number} [options.indent=0] The number of spaces to indent each line. If
 *      greater than 0, then newlines and indents will be added to output. 
 * @returns {string} The JSON representation of the AST.
 */
function print(node, { indent = 0 } = {}) {

    const indentLevel = 0;
    const indentString = " ".repeat(indent);

    return printValue(node, indentString, indentLevel);
}



;// CONCATENATED MODULE: ./src/json/parse-json.ts
// The fast path: V8's JSON.parse decides what is valid RFC 8259 JSON. Only when it refuses do we
// look at the text ourselves, to name the problem at the offending character. Messages never echo
// the file's text (it may hold a secret).

function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const v8Message = error instanceof Error ? error.message : String(error);
        return { ok: false, finding: describeSyntaxError(text, v8Message) };
    }
}
const WHITESPACE = /[ \t\n\r]/;
function previousSignificant(text, offset) {
    for (let i = offset - 1; i >= 0; i--) {
        const c = text[i];
        if (!WHITESPACE.test(c))
            return c;
    }
    return undefined;
}
/** Is `offset` inside a string literal? (scans from the start; only used on the error path) */
function insideString(text, offset) {
    let inString = false;
    for (let i = 0; i < offset; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
    }
    return inString;
}
function describeChar(c) {
    const code = c.codePointAt(0);
    if (code < 0x20 || code === 0x7f)
        return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `'${c}'`;
}
/**
 * Where the syntax error is when V8's message has no position ("Unexpected token 'N', ..."): such
 * errors are bad tokens, which momoa's tokenizer (iterative, so safe on deep nesting) locates.
 */
function locateWithoutPosition(text) {
    try {
        tokenize(text, { mode: 'json' });
    }
    catch (error) {
        const offset = error.offset;
        if (typeof offset === 'number')
            return offset;
    }
    return text.length;
}
function describeSyntaxError(text, v8Message) {
    const match = /at position (\d+)/.exec(v8Message);
    let offset = match ? Number(match[1]) : /end of JSON input/.test(v8Message) ? text.length : locateWithoutPosition(text);
    if (offset > text.length)
        offset = text.length;
    let message;
    if (text.trim() === '') {
        message = 'the file is empty; a manifest is a JSON object';
        offset = 0;
    }
    else if (offset >= text.length) {
        message = 'unexpected end of file: a value, a comma or a closing bracket is missing';
    }
    else {
        const c = text[offset];
        const rest = text.slice(offset, offset + 9);
        if (c === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')) {
            message = 'comments are not allowed in JSON';
        }
        else if (c === "'") {
            message = 'strings and property names must use double quotes, not single quotes';
        }
        else if ((c === '}' || c === ']') && previousSignificant(text, offset) === ',') {
            message = `trailing comma before '${c}' is not allowed in JSON`;
            offset = text.lastIndexOf(',', offset);
        }
        else if (/^-?(NaN|Infinity)/.test(rest)) {
            message = 'NaN and Infinity are not JSON numbers';
            if (text[offset - 1] === '-' && c !== '-')
                offset--;
        }
        else if (insideString(text, offset)) {
            const code = c.charCodeAt(0);
            if (code < 0x20)
                message = `unescaped ${describeChar(c)} in a string; write it as an escape such as \\n`;
            else if (c === '\\')
                message = 'invalid escape sequence in a string';
            else
                message = `unexpected ${describeChar(c)} in a string`;
        }
        else if (/Unexpected non-whitespace character after JSON/.test(v8Message)) {
            message = `unexpected ${describeChar(c)} after the end of the JSON value`;
        }
        else if (/Expected property name|Expected double-quoted property name/.test(v8Message)) {
            message = `expected a double-quoted property name, found ${describeChar(c)}`;
        }
        else if (/[A-Za-z]/.test(c)) {
            message = 'unexpected word: JSON values are "strings" in double quotes, numbers, true, false, null, objects or arrays';
        }
        else if (/Expected ',' or '}'/.test(v8Message)) {
            message = `expected ',' or '}' after a property value, found ${describeChar(c)}`;
        }
        else if (/Expected ',' or ']'/.test(v8Message)) {
            message = `expected ',' or ']' after an array element, found ${describeChar(c)}`;
        }
        else if (/Expected ':'/.test(v8Message)) {
            message = `expected ':' after a property name, found ${describeChar(c)}`;
        }
        else {
            message = `unexpected ${describeChar(c)}`;
        }
    }
    const end = Math.min(text.length, offset + 1);
    return {
        rule: 'invalid-json',
        severity: 'error',
        message: `invalid JSON: ${message}`,
        pointer: '',
        target: 'value',
        span: { start: offset, end: Math.max(end, offset) },
    };
}
/**
 * One pass over text that JSON.parse accepted: counts object members and checks nesting depth.
 * Comparing the member count with the parsed value's key count reveals duplicate keys without a
 * full position-aware parse.
 */
function scanStructure(text, depthLimit) {
    const n = text.length;
    let depth = 0;
    let keys = 0;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 34) {
            let j = text.indexOf('"', i + 1);
            while (j !== -1) {
                let k = j - 1;
                while (text.charCodeAt(k) === 92)
                    k--;
                if (((j - 1 - k) & 1) === 0)
                    break;
                j = text.indexOf('"', j + 1);
            }
            if (j === -1)
                break; // unterminated string (only in text JSON.parse refused)
            i = j + 1;
            let d = text.charCodeAt(i);
            while (d === 32 || d === 10 || d === 13 || d === 9)
                d = text.charCodeAt(++i);
            if (d === 58)
                keys++;
            continue;
        }
        if (c === 123 || c === 91) {
            if (++depth > depthLimit)
                return { keys, overDepthAt: i };
        }
        else if (c === 125 || c === 93)
            depth--;
        i++;
    }
    return { keys, overDepthAt: -1 };
}
/** Number of own keys in all objects of a parsed JSON value (iterative: no recursion limit). */
function countParsedKeys(value) {
    let count = 0;
    const stack = [value];
    while (stack.length > 0) {
        const v = stack.pop();
        if (v === null || typeof v !== 'object')
            continue;
        if (Array.isArray(v)) {
            for (const item of v)
                if (item !== null && typeof item === 'object')
                    stack.push(item);
        }
        else {
            for (const key in v) {
                count++;
                const item = v[key];
                if (item !== null && typeof item === 'object')
                    stack.push(item);
            }
        }
    }
    return count;
}

;// CONCATENATED MODULE: ./src/json/text-positions.ts
// Offsets to 1-based line and column. Lines end at "\n" (so "\r\n" works too); columns count
// UTF-16 code units, as editors, GitHub annotations and SARIF (utf16CodeUnits) do.
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - this.starts[lo] + 1 };
    }
}

;// CONCATENATED MODULE: ./src/json/source-map.ts
// The slow path, taken only for files that have findings: a position-aware parse that maps a JSON
// pointer to the exact characters of a key or value, and finds duplicate keys. The text is one that
// JSON.parse accepted, so the parse below only records where things are: a tree of offsets (keys
// decoded), several times faster than a general-purpose AST (momoa); anything unexpected gives no
// tree, and findings then sit on the first character.


/** Deeper than this is not a manifest (the engine refuses over 64 levels before it gets here). */
const MAX_DEPTH = 200;
class NotJson extends Error {
}
/** The tree of a text JSON.parse accepted (throws NotJson on anything else). */
function locationTree(text) {
    const n = text.length;
    let i = 0;
    const skipSpace = () => {
        let c = text.charCodeAt(i);
        while (c === 32 || c === 10 || c === 13 || c === 9)
            c = text.charCodeAt(++i);
        return c;
    };
    /** From an opening quote at i: the offset after the closing quote. */
    const stringEnd = () => {
        let j = text.indexOf('"', i + 1);
        while (j !== -1) {
            let k = j - 1;
            while (text.charCodeAt(k) === 92)
                k--;
            if (((j - 1 - k) & 1) === 0)
                return j + 1;
            j = text.indexOf('"', j + 1);
        }
        throw new NotJson();
    };
    const value = (depth) => {
        if (depth > MAX_DEPTH)
            throw new NotJson();
        const c = skipSpace();
        const start = i;
        if (c === 123) {
            i++;
            const members = [];
            if (skipSpace() === 125) {
                i++;
                return { type: 'Object', start, end: i, members };
            }
            for (;;) {
                if (skipSpace() !== 34)
                    throw new NotJson();
                const keyStart = i;
                const keyEnd = stringEnd();
                const raw = text.slice(keyStart + 1, keyEnd - 1);
                const key = raw.includes('\\') ? JSON.parse(text.slice(keyStart, keyEnd)) : raw;
                i = keyEnd;
                if (skipSpace() !== 58)
                    throw new NotJson();
                i++;
                members.push({ key, name: { start: keyStart, end: keyEnd }, value: value(depth + 1) });
                const d = skipSpace();
                i++;
                if (d === 125)
                    return { type: 'Object', start, end: i, members };
                if (d !== 44)
                    throw new NotJson();
            }
        }
        if (c === 91) {
            i++;
            const elements = [];
            if (skipSpace() === 93) {
                i++;
                return { type: 'Array', start, end: i, elements };
            }
            for (;;) {
                elements.push(value(depth + 1));
                const d = skipSpace();
                i++;
                if (d === 93)
                    return { type: 'Array', start, end: i, elements };
                if (d !== 44)
                    throw new NotJson();
            }
        }
        if (c === 34) {
            i = stringEnd();
            return { type: 'Scalar', start, end: i };
        }
        // A number, true, false or null: up to the next delimiter.
        let d = c;
        while (i < n && !(d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9))
            d = text.charCodeAt(++i);
        if (i === start)
            throw new NotJson();
        return { type: 'Scalar', start, end: i };
    };
    const root = value(0);
    if (skipSpace(), i < n)
        throw new NotJson();
    return root;
}
class SourceMap {
    text;
    lines;
    root;
    constructor(text) {
        this.text = text;
        this.lines = new LineIndex(text);
    }
    body() {
        if (this.root === undefined) {
            try {
                this.root = locationTree(this.text);
            }
            catch {
                this.root = null; // JSON.parse accepted it; without a tree, findings sit on the first character
            }
        }
        return this.root;
    }
    position(offset) {
        return this.lines.position(offset);
    }
    /** The characters a finding is about: the key or value at `pointer`, or the nearest existing parent. */
    locate(pointer, target) {
        const root = this.body();
        if (!root)
            return { start: 0, end: Math.min(1, this.text.length) };
        let node = root;
        let member;
        for (const segment of pointerSegments(pointer)) {
            let next;
            member = undefined;
            if (node.type === 'Object') {
                member = lastMember(node, segment);
                next = member?.value;
            }
            else if (node.type === 'Array' && /^(0|[1-9][0-9]*)$/.test(segment)) {
                next = node.elements[Number(segment)];
            }
            if (!next) {
                member = undefined;
                break;
            }
            node = next;
        }
        if (target === 'key' && member)
            return { start: member.name.start, end: member.name.end };
        if (target === 'open-brace')
            return { start: node.start, end: node.start + 1 };
        return { start: node.start, end: node.end };
    }
    /** Every repeated key, at the repeat (JSON.parse keeps the last one). */
    duplicateKeys() {
        const root = this.body();
        if (!root)
            return [];
        const findings = [];
        const stack = [{ node: root, path: [] }];
        while (stack.length > 0) {
            const { node, path } = stack.pop();
            if (node.type === 'Object') {
                const seen = new Map();
                for (const m of node.members) {
                    const first = seen.get(m.key);
                    if (first) {
                        const firstLine = this.position(first.name.start).line;
                        findings.push({
                            rule: 'duplicate-key',
                            severity: 'error',
                            message: `duplicate key ${JSON.stringify(m.key)} (first at line ${firstLine}); JSON.parse keeps only the last one`,
                            pointer: pointerFrom([...path, m.key]),
                            target: 'key',
                            span: { start: m.name.start, end: m.name.end },
                        });
                    }
                    else
                        seen.set(m.key, m);
                    stack.push({ node: m.value, path: [...path, m.key] });
                }
            }
            else if (node.type === 'Array') {
                node.elements.forEach((e, i) => stack.push({ node: e, path: [...path, String(i)] }));
            }
        }
        return findings.sort((a, b) => a.span.start - b.span.start);
    }
}
function lastMember(node, name) {
    for (let i = node.members.length - 1; i >= 0; i--)
        if (node.members[i].key === name)
            return node.members[i];
    return undefined;
}

;// CONCATENATED MODULE: ./src/semantic/manifest-check.ts
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Own property only: manifests may contain keys such as "__proto__" or "constructor". */
function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}
/** The webhook objects of a manifest with their event keys (skipping "retry" and non-objects). */
function webhooksOf(manifest) {
    const capabilities = own(manifest, 'capabilities');
    if (!isRecord(capabilities))
        return [];
    const webhooks = own(capabilities, 'webhooks');
    if (!isRecord(webhooks))
        return [];
    return Object.keys(webhooks)
        .filter((event) => event !== 'retry' && isRecord(webhooks[event]))
        .map((event) => ({ event, webhook: webhooks[event] }));
}

;// CONCATENATED MODULE: ./src/quick-launch.ts

function quickLaunchStatus(manifest, listedProfiles) {
    if (!isRecord(manifest))
        return null;
    const enabled = own(manifest, 'quick_launch_enabled') === true;
    const entry = own(manifest, 'entry_uri');
    const rawProfiles = own(manifest, 'enabled_for_profiles');
    const profiles = Array.isArray(rawProfiles) ? rawProfiles.filter((p) => Number.isInteger(p)) : [];
    const ready = enabled && typeof entry === 'string' && entry.trim() !== '' && profiles.length > 0 && own(manifest, 'enabled') !== false;
    const status = { enabled, ready, profiles: [...new Set(profiles)] };
    if (listedProfiles.length > 0)
        status.visibleTo = ready ? listedProfiles.filter((p) => profiles.includes(p)) : [];
    return status;
}

;// CONCATENATED MODULE: ./src/rules/catalogue.ts
// The rule catalogue: every rule id the tool can report, its default severity and its help text.
// Ids are public (README anchors, SARIF, the `rules` input): never rename one.
const RULES = [
    { id: 'invalid-json', defaultSeverity: 'error', summary: 'The file is not RFC 8259 JSON (syntax error, comment, trailing comma, NaN, single quotes).', fix: 'Fix the syntax at the reported character; LivePerson accepts strict JSON only.' },
    { id: 'duplicate-key', defaultSeverity: 'error', summary: 'An object repeats a key; JSON.parse silently keeps the last one.', fix: 'Keep one of the two keys.' },
    { id: 'unreadable-file', defaultSeverity: 'error', summary: 'The file cannot be read, is not UTF-8, is over the size limit (1 MiB) or nests deeper than 64 levels.', fix: 'Save the file as UTF-8 JSON under 1 MiB, or exclude it.' },
    { id: 'required', defaultSeverity: 'error', summary: 'A required property is missing.', fix: 'Add the property to the object the finding points at.' },
    { id: 'unknown-property', defaultSeverity: 'error', summary: 'A property the manifest schema does not define (often a typo).', fix: 'Rename it to the suggested property or remove it.' },
    { id: 'type', defaultSeverity: 'error', summary: 'A value has the wrong JSON type.', fix: 'Use the type the message names (e.g. an array of strings, an integer).' },
    { id: 'enum', defaultSeverity: 'error', summary: 'A value LivePerson does not support.', fix: 'Use one of the listed values.' },
    { id: 'max-length', defaultSeverity: 'error', summary: 'A string is longer than LivePerson allows (counted in Unicode code points).', fix: 'Shorten the string to the limit.' },
    { id: 'range', defaultSeverity: 'error', summary: 'A number is out of range (max_retries 0..5, retention_time 2..259200).', fix: 'Use a value inside the range.' },
    { id: 'format', defaultSeverity: 'error', summary: 'A webhook endpoint that is not an absolute https:// URL, or a URI field that is not a URI.', fix: 'Use an absolute https:// URL.' },
    { id: 'duplicate-item', defaultSeverity: 'warning', summary: 'An array repeats a value.', fix: 'Remove the repeated value.' },
    { id: 'unknown-event', defaultSeverity: 'error', summary: 'A webhooks key that is not one of the five events or retry: that webhook never fires.', fix: 'Use one of the event names listed in the message.' },
    { id: 'max-retries-ignored', defaultSeverity: 'warning', summary: 'webhooks.retry.retention_time is set, so the max_retries of a webhook is ignored.', fix: 'Remove max_retries, or remove retry to use max_retries.' },
    { id: 'scope', defaultSeverity: 'warning', summary: 'A scope token that is not known (msg.consumer, faas.lambda.invoke), or repeated.', fix: 'Use known, space-separated scope tokens, each once.' },
    { id: 'language-tag', defaultSeverity: 'error', summary: 'The tag after client_name# is not a valid BCP 47 language tag.', fix: 'Use a tag such as client_name#fr or client_name#pt-BR.' },
    { id: 'oauth-flow', defaultSeverity: 'error', summary: 'An inconsistent OAuth setup: authorization_code without redirect_uris, a redirect URI with a #fragment (error), refresh_token without authorization_code (warning).', fix: 'Add redirect_uris for authorization_code, drop fragments, or drop refresh_token.' },
    { id: 'insecure-url', defaultSeverity: 'warning', summary: 'An http:// URL in redirect_uris, entry_uri or logo_uri.', fix: 'Use https://.' },
    { id: 'placeholder', defaultSeverity: 'warning', summary: 'A template placeholder left in: {...} or <...> in a URL or name, or a URL host with no dot.', fix: 'Replace the placeholder with the real value.' },
    { id: 'logo-size', defaultSeverity: 'error', summary: 'logo_uri points to an image in the repository that is not exactly 70x70 pixels.', fix: 'Resize the logo to 70x70 pixels.' },
    { id: 'quick-launch', defaultSeverity: 'error', summary: 'quick_launch_enabled is true but the app cannot appear: no entry_uri (error); no enabled_for_profiles or enabled: false (warning).', fix: 'Set a non-empty entry_uri and enabled_for_profiles.' },
    { id: 'quick-launch-profile', defaultSeverity: 'error', summary: 'With the profiles input: a QuickLaunch app none of those profiles will see (or, with require-quick-launch, any app not QuickLaunch-ready for one of them).', fix: 'Add one of the profiles to enabled_for_profiles.' },
    { id: 'consumer-identity', defaultSeverity: 'warning', summary: 'engagement.consumer_identity lacks "auth".', fix: 'Add "auth" to consumer_identity.' },
    { id: 'duplicate-client-name', defaultSeverity: 'error', summary: 'Two manifests share a client_name; LivePerson requires it unique.', fix: 'Give each app its own client_name.' },
    { id: 'server-field', defaultSeverity: 'error', summary: 'A field LivePerson sets itself (id, client_id, client_secret, ...): the file is an exported API response, and client_secret is a committed secret.', fix: 'Remove the field; rotate the secret if client_secret was committed.' },
    { id: 'secret-in-header', defaultSeverity: 'warning', summary: 'A webhook header value that looks like a credential.', fix: 'Do not commit credentials; inject them at deploy time.' },
    { id: 'header-name', defaultSeverity: 'error', summary: 'A header_name that is not a valid HTTP field name, or repeated within one webhook.', fix: 'Use a token such as X-My-Header, once per webhook.' },
    { id: 'internal-error', defaultSeverity: 'error', summary: 'The validator itself failed on this file; the other files were still checked.', fix: 'Report the bug with the file that triggers it.' },
];
const RULE_IDS = RULES.map((r) => r.id);
const byId = new Map(RULES.map((r) => [r.id, r]));
function isRuleId(id) {
    return byId.has(id);
}
function describeRule(id) {
    return byId.get(id);
}
/** Where a rule is documented: the README heading of the same name. */
function ruleHelpUri(id, readmeUrl) {
    return `${readmeUrl}#${id}`;
}

// EXTERNAL MODULE: ./src/schema/generated/validate-manifest.cjs
var validate_manifest = __nccwpck_require__(422);
var validate_manifest_default = /*#__PURE__*/__nccwpck_require__.n(validate_manifest);
;// CONCATENATED MODULE: ./src/schema/generated/manifest-schema.ts
// Generated by scripts/build-schema.mjs from schemas/liveperson-app-manifest.schema.json. Do not edit.
// The schema as data, for "did you mean" suggestions and enum ordering at run time (no compiling).
const manifestSchema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://github.com/liveperson-manifest-action/schemas/liveperson-app-manifest.schema.json",
    "title": "LivePerson application manifest",
    "description": "The JSON manifest uploaded under \"Private apps\" in LivePerson Conversational Cloud to install an application. Source: \"Installing LivePerson Applications\", with the decisions of the project's rules.md (cqm.ExConversationChangeNotification, cart_items, arrays for target_audience and goal, display_name, webhooks.retry).",
    "type": "object",
    "required": [
        "client_name"
    ],
    "properties": {
        "client_name": {
            "title": "Client name",
            "description": "Choose the name for your Connector application. Must be unique in the account. Can be internationalized by adding a BCP 47 (RFC 5646) language tag after a hash character, e.g. \"client_name#fr-CA\". Max length: 128.",
            "type": "string",
            "maxLength": 128
        },
        "display_name": {
            "title": "Display name",
            "description": "The name shown in Conversational Cloud. Max length: 128.",
            "type": "string",
            "maxLength": 128
        },
        "description": {
            "title": "Description",
            "description": "App description. Max length: 256.",
            "type": "string",
            "maxLength": 256
        },
        "grant_types": {
            "title": "Grant types",
            "description": "Authorization grant according to OAuth 2.0. Supported values: \"client_credentials\", \"authorization_code\", \"refresh_token\".",
            "type": "array",
            "uniqueItems": true,
            "items": {
                "type": "string",
                "enum": [
                    "client_credentials",
                    "authorization_code",
                    "refresh_token"
                ]
            }
        },
        "redirect_uris": {
            "title": "Redirect URIs",
            "description": "For web/native apps, the URIs to which the JWT/code will be sent after redirect. Each max length: 128. Mandatory (non-empty) for the authorization_code flow.",
            "type": "array",
            "uniqueItems": true,
            "items": {
                "type": "string",
                "maxLength": 128
            }
        },
        "response_types": {
            "title": "Response types",
            "description": "OAuth 2.0 response type strings that the client can use at the authorization endpoint. Supported values: \"code\", \"token\", \"id_token\", \"id_token token\".",
            "type": "array",
            "uniqueItems": true,
            "items": {
                "type": "string",
                "enum": [
                    "code",
                    "token",
                    "id_token",
                    "id_token token"
                ]
            }
        },
        "scope": {
            "title": "Scope",
            "description": "Space-separated list of scope values that the client can use when requesting access tokens. Known values: \"msg.consumer\", \"faas.lambda.invoke\". Max length: 128.",
            "type": "string",
            "maxLength": 128
        },
        "logo_uri": {
            "title": "Logo URI",
            "description": "URL string that references a logo for the client. The logo must be exactly 70x70 pixels. Max length: 1024.",
            "type": "string",
            "maxLength": 1024
        },
        "capabilities": {
            "title": "Capabilities",
            "description": "LivePerson capabilities utilized by this app: the LivePerson services or applications that can interface with this application. Supported values: \"webhooks\" (the endpoints where UMS, the Messaging Service, will send notifications) and \"engagement\" (how the application interfaces with LivePerson engagements and their creation).",
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "webhooks": {
                    "$ref": "#/$defs/webhooks"
                },
                "engagement": {
                    "$ref": "#/$defs/engagement"
                }
            }
        },
        "enabled": {
            "title": "Enabled",
            "description": "Whether the application is enabled or not. Default value: true.",
            "type": "boolean",
            "default": true
        },
        "quick_launch_enabled": {
            "title": "QuickLaunch enabled",
            "description": "Whether the application should be displayed in the QuickLaunch menu. It appears there only with a non-empty entry_uri and for the profiles in enabled_for_profiles. Default value: false.",
            "type": "boolean",
            "default": false
        },
        "entry_uri": {
            "title": "Entry URI",
            "description": "The URI to start the application. Max length: 1024.",
            "type": "string",
            "maxLength": 1024
        },
        "enabled_for_profiles": {
            "title": "Enabled for profiles",
            "description": "A list of profiles (integer ids) to which this application should be available.",
            "type": "array",
            "uniqueItems": true,
            "items": {
                "type": "integer"
            }
        }
    },
    "patternProperties": {
        "^client_name#": {
            "title": "Localized client name",
            "description": "client_name internationalized with a BCP 47 (RFC 5646) language tag after the hash character. Max length: 128.",
            "type": "string",
            "maxLength": 128
        }
    },
    "additionalProperties": false,
    "$defs": {
        "webhooks": {
            "title": "Webhooks",
            "description": "Contains the endpoints where UMS (Messaging Service) will send notifications, one per event type, and the optional retry policy.",
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "ms.MessagingEventNotification.ContentEvent": {
                    "description": "Indicates the HTTPS configuration endpoint of your server to receive notifications of type ContentEvent.",
                    "$ref": "#/$defs/webhook"
                },
                "ms.MessagingEventNotification.RichContentEvent": {
                    "description": "Indicates the HTTPS configuration endpoint of your server to receive notifications of type RichContentEvent.",
                    "$ref": "#/$defs/webhook"
                },
                "ms.MessagingEventNotification.AcceptStatusEvent": {
                    "description": "Indicates the HTTPS configuration endpoint of your server to receive notifications of type AcceptStatusEvent.",
                    "$ref": "#/$defs/webhook"
                },
                "ms.MessagingEventNotification.ChatStateEvent": {
                    "description": "Indicates the HTTPS configuration endpoint of your server to receive notifications of type ChatStateEvent.",
                    "$ref": "#/$defs/webhook"
                },
                "cqm.ExConversationChangeNotification": {
                    "description": "Indicates the HTTPS configuration endpoint of your server to receive notifications of type ExConversationChangeNotification. (The seed's table spells it ms.MessagingEventNotification.ExConversationChangeNotification; every sample and every other LivePerson page uses cqm.)",
                    "$ref": "#/$defs/webhook"
                },
                "retry": {
                    "title": "Retry policy",
                    "description": "Webhooks retry policy. When set, max_retries of the webhooks is ignored.",
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "retention_time"
                    ],
                    "properties": {
                        "retention_time": {
                            "title": "Retention time",
                            "description": "How long (in seconds) failed notifications are retried. Minimum 2, maximum 259200 (72 hours).",
                            "type": "integer",
                            "minimum": 2,
                            "maximum": 259200
                        }
                    }
                }
            }
        },
        "webhook": {
            "title": "Webhook",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "endpoint"
            ],
            "properties": {
                "endpoint": {
                    "title": "Endpoint",
                    "description": "The url to send the notification to, including query parameters. Starts with \"https://\".",
                    "type": "string",
                    "pattern": "^https://"
                },
                "max_retries": {
                    "title": "Max retries",
                    "description": "The max number of retry attempts to send the notification if it fails. Minimum value: 0, maximum value: 5.",
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                },
                "headers": {
                    "title": "Headers",
                    "description": "List of http headers to add to the notification request, e.g. [{\"header_name\": \"NAME1\", \"header_value\": \"VALUE1\"}].",
                    "type": "array",
                    "items": {
                        "$ref": "#/$defs/header"
                    }
                }
            }
        },
        "header": {
            "title": "Header",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "header_name",
                "header_value"
            ],
            "properties": {
                "header_name": {
                    "title": "Header name",
                    "description": "An HTTP field name (RFC 9110 token).",
                    "type": "string"
                },
                "header_value": {
                    "title": "Header value",
                    "description": "The header's value.",
                    "type": "string"
                }
            }
        },
        "engagement": {
            "title": "Engagement",
            "description": "This determines how the application interfaces with LivePerson engagements and their creation. All eight fields are required.",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "design_engagement",
                "design_window",
                "entry_point",
                "visitor_behavior",
                "target_audience",
                "goal",
                "consumer_identity",
                "language_selection"
            ],
            "properties": {
                "design_engagement": {
                    "description": "Toggles the ability to design the engagement button and appearance.",
                    "type": "boolean"
                },
                "design_window": {
                    "description": "Toggles the ability to add an engagement window.",
                    "type": "boolean"
                },
                "entry_point": {
                    "description": "Indicates where to display the engagement which invites consumers to engage with you. Supported values: section, url.",
                    "type": "array",
                    "uniqueItems": true,
                    "items": {
                        "type": "string",
                        "enum": [
                            "section",
                            "url"
                        ]
                    }
                },
                "visitor_behavior": {
                    "description": "The browsing behavior of visitors which is of interest to you.",
                    "type": "array",
                    "uniqueItems": true,
                    "items": {
                        "type": "string",
                        "enum": [
                            "visited_location",
                            "time_on_location",
                            "flow",
                            "engaged_in_session",
                            "about_to_abandon",
                            "cart_value",
                            "cart_items",
                            "visitor_error",
                            "viewed_products",
                            "service_activity"
                        ]
                    }
                },
                "target_audience": {
                    "description": "The visitors you specifically want to target.",
                    "type": "array",
                    "uniqueItems": true,
                    "items": {
                        "type": "string",
                        "enum": [
                            "external_referral",
                            "search_keywords",
                            "ip",
                            "platform",
                            "geo_location",
                            "returning_visitors",
                            "marketing_source",
                            "customer_type",
                            "age",
                            "balance",
                            "customer_id",
                            "gender",
                            "store_zip_code",
                            "store_number",
                            "company_size",
                            "registration_date"
                        ]
                    }
                },
                "goal": {
                    "description": "Indicates what you want to achieve with the engagement.",
                    "type": "array",
                    "uniqueItems": true,
                    "items": {
                        "type": "string",
                        "enum": [
                            "url",
                            "purchase_total",
                            "num_of_pages",
                            "lead",
                            "service_activity"
                        ]
                    }
                },
                "consumer_identity": {
                    "description": "If the consumer does or doesn't have to be an authenticated user. Supported values: auth, unauth; should contain auth.",
                    "type": "array",
                    "uniqueItems": true,
                    "items": {
                        "type": "string",
                        "enum": [
                            "auth",
                            "unauth"
                        ]
                    }
                },
                "language_selection": {
                    "description": "Indicates the possibility of language selection.",
                    "type": "boolean"
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/text/closest.ts
// "Did you mean": the known name closest to a typo, and known values ordered by closeness.
function normalize(s) {
    return s.toLowerCase().replace(/[\s_\-.]/g, '');
}
/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
function editDistance(a, b) {
    const m = a.length;
    const n = b.length;
    if (m === 0)
        return n;
    if (n === 0)
        return m;
    // Three rolling rows (i-2, i-1, i) of the distance table instead of the whole table.
    let before = new Int32Array(n + 1);
    let previous = new Int32Array(n + 1);
    let current = new Int32Array(n + 1);
    for (let j = 0; j <= n; j++)
        previous[j] = j;
    for (let i = 1; i <= m; i++) {
        current[0] = i;
        const ai = a.charCodeAt(i - 1);
        for (let j = 1; j <= n; j++) {
            const bj = b.charCodeAt(j - 1);
            let v = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === bj ? 0 : 1));
            if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
                v = Math.min(v, before[j - 2] + 1);
            current[j] = v;
        }
        const spare = before;
        before = previous;
        previous = current;
        current = spare;
    }
    return previous[n];
}
function score(input, candidate) {
    const a = normalize(input);
    const b = normalize(candidate);
    if (a === b)
        return 0;
    let s = editDistance(a, b);
    if (b.includes(a) || a.includes(b))
        s = Math.min(s, 1 + Math.abs(a.length - b.length) / 4);
    return s;
}
/** The closest candidate, if it is close enough to be a likely typo. */
function closestMatch(input, candidates) {
    if (input.length > 200)
        return undefined;
    let best;
    let bestScore = Infinity;
    for (const c of candidates) {
        const s = score(input, c);
        if (s < bestScore) {
            bestScore = s;
            best = c;
        }
    }
    if (best === undefined)
        return undefined;
    const limit = Math.max(2, Math.floor(Math.min(normalize(input).length, normalize(best).length) / 3));
    return bestScore <= limit ? best : undefined;
}
/** Candidates ordered from closest to farthest (stable for ties). */
function byCloseness(input, candidates) {
    const scored = candidates.map((c, i) => ({ c, i, s: input.length > 200 ? 0 : score(input, c) }));
    scored.sort((x, y) => x.s - y.s || x.i - y.i);
    return scored.map((x) => x.c);
}

;// CONCATENATED MODULE: ./src/text/describe.ts
// Wording helpers shared by rules: how to name a place in a manifest and a JSON type for a person.

/** A short human name for the value at `pointer`: `max_retries`, `grant_types[1]`, `the manifest`. */
function labelOf(pointer) {
    const segments = pointerSegments(pointer);
    if (segments.length === 0)
        return 'the manifest';
    let label = '';
    for (let i = segments.length - 1; i >= 0; i--) {
        const s = segments[i];
        if (/^(0|[1-9][0-9]*)$/.test(s) && i > 0) {
            label = `[${s}]` + label;
            continue;
        }
        return s + label;
    }
    return label;
}
function jsonTypeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    switch (typeof value) {
        case 'string':
            return 'a string';
        case 'number':
            return Number.isInteger(value) ? 'an integer' : 'a number with a fraction';
        case 'boolean':
            return 'a boolean';
        case 'object':
            return 'an object';
        default:
            return typeof value;
    }
}
/** Quote a value taken from the manifest for a message, shortened so a log line stays readable. */
function quote(value, max = 80) {
    const shown = [...value].length > max ? [...value].slice(0, max).join('') + '…' : value;
    return JSON.stringify(shown);
}
function codePointLength(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff)
                i++;
        }
        n++;
    }
    return n;
}
/** The value at a JSON pointer, or undefined. */
function valueAt(root, pointer) {
    let v = root;
    for (const s of pointerSegments(pointer)) {
        if (v === null || typeof v !== 'object')
            return undefined;
        if (!Object.prototype.hasOwnProperty.call(v, s))
            return undefined;
        v = v[s];
    }
    return v;
}

;// CONCATENATED MODULE: ./src/schema/schema-findings.ts





/** Fields LivePerson sets itself; reported by the `server-field` rule, not as unknown properties. */
const SERVER_FIELDS = ['id', 'client_id', 'client_secret', 'client_id_issued_at', 'client_secret_expires_at', 'deleted'];
const WEBHOOKS_POINTER = '/capabilities/webhooks';
const MISSPELLED_EVENT = 'ms.MessagingEventNotification.ExConversationChangeNotification';
const RIGHT_EVENT = 'cqm.ExConversationChangeNotification';
const root = manifestSchema;
function resolve(node) {
    let n = node;
    for (let guard = 0; n?.$ref && guard < 10; guard++)
        n = root.$defs[n.$ref.replace('#/$defs/', '')];
    return n;
}
/** The schema that applies to the instance at `pointer`. */
function schemaAt(pointer) {
    let node = resolve(root);
    for (const segment of pointerSegments(pointer)) {
        if (!node)
            return undefined;
        let next = node.properties?.[segment];
        if (!next && node.patternProperties) {
            for (const [pattern, s] of Object.entries(node.patternProperties))
                if (new RegExp(pattern).test(segment))
                    next = s;
        }
        if (!next && node.items && /^[0-9]+$/.test(segment))
            next = node.items;
        node = resolve(next);
    }
    return node;
}
const TYPE_NAMES = {
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'a boolean (true or false)',
    array: 'an array',
    object: 'an object',
};
function joinQuoted(values) {
    return values.map((v) => JSON.stringify(v)).join(', ');
}
function mapError(error, context) {
    const { manifest } = context;
    const pointer = error.instancePath;
    const value = valueAt(manifest, pointer);
    const label = labelOf(pointer);
    switch (error.keyword) {
        case 'required': {
            const missing = error.params.missingProperty;
            const message = pointer === '' ? `missing required property "${missing}"` : `${label} is missing required property "${missing}"`;
            return [{ rule: 'required', severity: 'error', pointer, target: 'open-brace', message }];
        }
        case 'additionalProperties': {
            const name = error.params.additionalProperty;
            const at = pointerFrom([...pointerSegments(pointer), name]);
            const known = Object.keys(schemaAt(pointer)?.properties ?? {});
            if (pointer === '' && SERVER_FIELDS.includes(name))
                return [];
            if (pointer === WEBHOOKS_POINTER) {
                const events = known.filter((k) => k !== 'retry');
                let message;
                if (name === MISSPELLED_EVENT) {
                    message = `unknown webhook event "${name}": the key is "${RIGHT_EVENT}" (the LivePerson page's table misspells it); this webhook never fires`;
                }
                else {
                    const guess = closestMatch(name, known);
                    message = guess
                        ? `unknown webhook event ${quote(name)}; did you mean "${guess}"? This webhook never fires`
                        : `unknown webhook event ${quote(name)}; this webhook never fires. Events: ${joinQuoted(events)} (and "retry")`;
                }
                return [{ rule: 'unknown-event', severity: 'error', pointer: at, target: 'key', message }];
            }
            const guess = closestMatch(name, known);
            const guessPointer = guess === undefined ? '' : pointerFrom([...pointerSegments(pointer), guess]);
            const required = guess !== undefined && context.missingRequired.has(guessPointer);
            if (required)
                context.explainedByTypo.add(guessPointer);
            const message = guess
                ? `unknown property ${quote(name)}; did you mean "${guess}"?${required ? ` (${guess} is required)` : ''}`
                : `unknown property ${quote(name)}${pointer === '' ? '' : ` in ${label}`}; known properties: ${joinQuoted(known)}`;
            return [{ rule: 'unknown-property', severity: 'error', pointer: at, target: 'key', message }];
        }
        case 'type': {
            const expected = error.params.type;
            const subject = pointer === '' ? 'the manifest' : label;
            return [{ rule: 'type', severity: 'error', pointer, target: 'value', message: `${subject} must be ${TYPE_NAMES[expected] ?? expected}, not ${jsonTypeOf(value)}` }];
        }
        case 'enum': {
            const allowed = (error.params.allowedValues ?? []).map(String);
            const ordered = typeof value === 'string' ? byCloseness(value, allowed) : allowed;
            const shown = typeof value === 'string' ? quote(value) : JSON.stringify(value);
            const parent = labelOf(pointerFrom(pointerSegments(pointer).slice(0, -1)));
            return [{ rule: 'enum', severity: 'error', pointer, target: 'value', message: `${shown} is not a supported value of ${parent}; supported: ${joinQuoted(ordered)}` }];
        }
        case 'maxLength': {
            const limit = error.params.limit;
            const length = typeof value === 'string' ? codePointLength(value) : NaN;
            return [{ rule: 'max-length', severity: 'error', pointer, target: 'value', message: `${label} is ${length} characters long; the limit is ${limit}` }];
        }
        case 'minimum':
        case 'maximum': {
            const s = schemaAt(pointer);
            return [{ rule: 'range', severity: 'error', pointer, target: 'value', message: `${label} is ${String(value)}; it must be between ${s?.minimum} and ${s?.maximum}` }];
        }
        case 'pattern':
            return [{ rule: 'format', severity: 'error', pointer, target: 'value', message: `${label} must be an absolute https:// URL` }];
        case 'uniqueItems':
            return duplicateItems(pointer, value);
        default:
            return [{ rule: 'type', severity: 'error', pointer, target: 'value', message: `${label} is not valid (${error.keyword})` }];
    }
}
/** One finding per repeated item (Ajv reports only the first pair). */
function duplicateItems(pointer, value) {
    if (!Array.isArray(value))
        return [];
    const first = new Map();
    const findings = [];
    value.forEach((item, index) => {
        const key = JSON.stringify(item) ?? 'undefined';
        const seen = first.get(key);
        if (seen === undefined)
            first.set(key, index);
        else {
            const shown = typeof item === 'string' ? quote(item) : typeof item === 'number' ? String(item) : 'this item';
            findings.push({
                rule: 'duplicate-item',
                severity: 'warning',
                pointer: pointerFrom([...pointerSegments(pointer), index]),
                target: 'value',
                message: `${shown} is repeated in ${labelOf(pointer)} (first at ${labelOf(pointer)}[${seen}])`,
            });
        }
    });
    return findings;
}
function schemaFindings(manifest) {
    if (validate_manifest_default()(manifest))
        return [];
    const errors = (validate_manifest_default()).errors ?? [];
    // A value of the wrong type gets one finding (the type), not also enum/length/range ones.
    const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
    const missing = (e) => pointerFrom([...pointerSegments(e.instancePath), e.params.missingProperty]);
    const context = {
        manifest,
        missingRequired: new Set(errors.filter((e) => e.keyword === 'required').map(missing)),
        explainedByTypo: new Set(),
    };
    const findings = [];
    for (const error of errors) {
        if (error.keyword === 'required')
            continue;
        if (error.keyword !== 'type' && error.keyword !== 'additionalProperties' && wrongType.has(error.instancePath))
            continue;
        findings.push(...mapError(error, context));
    }
    // `"clientName"` where `"client_name"` is required is one problem (the typo), not two.
    for (const error of errors) {
        if (error.keyword === 'required' && !context.explainedByTypo.has(missing(error)))
            findings.push(...mapError(error, context));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/semantic/duplicate-client-name.ts

function duplicateClientNames(entries) {
    const byName = new Map();
    for (const e of entries)
        byName.set(e.clientName, [...(byName.get(e.clientName) ?? []), e]);
    const out = [];
    for (const [name, group] of byName) {
        if (group.length < 2)
            continue;
        for (const entry of group) {
            const others = group.filter((o) => o !== entry).map((o) => `${o.path}:${o.line}`);
            out.push({
                path: entry.path,
                finding: {
                    rule: 'duplicate-client-name',
                    severity: 'error',
                    pointer: '/client_name',
                    target: 'value',
                    message: `client_name ${quote(name)} is also used by ${others.join(', ')}; LivePerson requires it to be unique`,
                },
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/semantic/consumer-identity.ts

const checkConsumerIdentity = ({ manifest }) => {
    const capabilities = own(manifest, 'capabilities');
    if (!isRecord(capabilities))
        return [];
    const engagement = own(capabilities, 'engagement');
    if (!isRecord(engagement))
        return [];
    const identity = own(engagement, 'consumer_identity');
    if (!Array.isArray(identity) || identity.includes('auth'))
        return [];
    return [
        {
            rule: 'consumer-identity',
            severity: 'warning',
            pointer: '/capabilities/engagement/consumer_identity',
            target: 'value',
            message: `consumer_identity ${identity.length === 0 ? 'is empty' : 'lacks "auth"'}; the LivePerson page says it has to be set to "auth"`,
        },
    ];
};

;// CONCATENATED MODULE: ./src/semantic/webhook-headers.ts
// The headers of every webhook, with where they are: shared by header-name and secret-in-header.
// Items that are not objects are skipped (the schema reports them).


/** Every header object of every webhook, grouped by webhook (in manifest order). */
function headersByWebhook(manifest) {
    const groups = [];
    for (const { event, webhook } of webhooksOf(manifest)) {
        const headers = Object.prototype.hasOwnProperty.call(webhook, 'headers') ? webhook['headers'] : undefined;
        if (!Array.isArray(headers))
            continue;
        const group = [];
        headers.forEach((header, index) => {
            if (isRecord(header))
                group.push({ event, index, header, pointer: pointerFrom(['capabilities', 'webhooks', event, 'headers', index]) });
        });
        groups.push(group);
    }
    return groups;
}
/** "headers[0] of cqm.ExConversationChangeNotification": a place a person can find. */
function headerLabel(h) {
    return `headers[${h.index}] of ${h.event}`;
}

;// CONCATENATED MODULE: ./src/semantic/header-name.ts




/** RFC 9110 §5.6.2 token: what a field name must be. */
const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const checkHeaderName = ({ manifest }) => {
    const findings = [];
    for (const group of headersByWebhook(manifest)) {
        const first = new Map();
        for (const h of group) {
            const name = own(h.header, 'header_name');
            if (typeof name !== 'string')
                continue;
            const pointer = pointerFrom([...pointerSegments(h.pointer), 'header_name']);
            if (!HTTP_TOKEN.test(name)) {
                const why = name === '' ? 'is empty' : /\s/.test(name) ? 'contains white space' : name.includes(':') ? 'contains ":"' : 'contains a character not allowed in an HTTP field name';
                findings.push({
                    rule: 'header-name',
                    severity: 'error',
                    pointer,
                    target: 'value',
                    message: `the header_name of ${headerLabel(h)} ${why}; use letters, digits and !#$%&'*+-.^_\`|~ only (RFC 9110), e.g. "X-My-Header"`,
                });
                continue;
            }
            const key = name.toLowerCase();
            const seen = first.get(key);
            if (seen === undefined)
                first.set(key, h.index);
            else {
                findings.push({
                    rule: 'header-name',
                    severity: 'error',
                    pointer,
                    target: 'value',
                    message: `header_name ${quote(name)} is repeated in the headers of ${h.event} (first at headers[${seen}]; header names are case-insensitive)`,
                });
            }
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/semantic/insecure-url.ts


const HTTP = /^http:/i;
const checkInsecureUrl = ({ manifest }) => {
    const findings = [];
    const flag = (pointer, message) => findings.push({ rule: 'insecure-url', severity: 'warning', pointer, target: 'value', message });
    const redirects = own(manifest, 'redirect_uris');
    if (Array.isArray(redirects)) {
        redirects.forEach((uri, i) => {
            if (typeof uri === 'string' && HTTP.test(uri)) {
                flag(pointerFrom(['redirect_uris', i]), `redirect_uris[${i}] uses http://: the authorization response would travel unencrypted; use https://`);
            }
        });
    }
    const entry = own(manifest, 'entry_uri');
    if (typeof entry === 'string' && HTTP.test(entry))
        flag('/entry_uri', 'entry_uri uses http://: the app would load unencrypted; use https://');
    const logo = own(manifest, 'logo_uri');
    if (typeof logo === 'string' && HTTP.test(logo))
        flag('/logo_uri', 'logo_uri uses http://: browsers block or warn about insecure images on an https page; use https://');
    return findings;
};

;// CONCATENATED MODULE: ./src/semantic/language-tag.ts


const PREFIX = 'client_name#';
/** RFC 5646 §2.2.8 grandfathered tags (a closed list), lower-cased. */
const GRANDFATHERED = new Set([
    'en-GB-oed', 'i-ami', 'i-bnn', 'i-default', 'i-enochian', 'i-hak', 'i-klingon', 'i-lux', 'i-mingo', 'i-navajo', 'i-pwn', 'i-tao',
    'i-tay', 'i-tsu', 'sgn-BE-FR', 'sgn-BE-NL', 'sgn-CH-DE', 'art-lojban', 'cel-gaulish', 'no-bok', 'no-nyn', 'zh-guoyu', 'zh-hakka',
    'zh-min', 'zh-min-nan', 'zh-xiang',
].map((t) => t.toLowerCase()));
const PRIVATE_USE = /^x(-[a-z0-9]{1,8})+$/i;
/** Why `tag` is not a valid BCP 47 language tag, or undefined when it is. */
function languageTagProblem(tag) {
    if (tag === '')
        return 'is empty';
    if (GRANDFATHERED.has(tag.toLowerCase()) || PRIVATE_USE.test(tag))
        return undefined;
    try {
        Intl.getCanonicalLocales(tag);
    }
    catch {
        return 'is not a well-formed BCP 47 language tag';
    }
    const language = tag.split('-')[0];
    if (!/^[a-z]{2,3}$/i.test(language)) {
        const what = 'a 2- or 3-letter ISO 639 language code';
        return language === tag ? `is not ${what}` : `starts with ${quote(language)}, which is not ${what}`;
    }
    return undefined;
}
const checkLanguageTag = ({ manifest }) => {
    const findings = [];
    for (const key of Object.keys(manifest)) {
        if (!key.startsWith(PREFIX))
            continue;
        const tag = key.slice(PREFIX.length);
        const problem = languageTagProblem(tag);
        if (problem === undefined)
            continue;
        findings.push({
            rule: 'language-tag',
            severity: 'error',
            pointer: pointerFrom([key]),
            target: 'key',
            message: `the language tag ${tag === '' ? 'after "client_name#"' : quote(tag)} ${problem}; use a BCP 47 tag such as "client_name#fr" or "client_name#pt-BR"`,
        });
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/semantic/logo-size.ts
// `logo-size`: LivePerson requires the logo to be exactly 70x70 pixels. When logo_uri is not an
// absolute URL it is resolved to a file of the workspace: relative to the manifest's folder, or to
// the workspace root for a leading `/`. When that file is a PNG, JPEG, GIF, SVG or WebP image of
// another size, the finding (at the logo_uri value) gives the actual size. Silent: URLs, missing
// files, other file types, unreadable images, and any path (`..` or symbolic link) that leads
// outside the workspace. At most the first 1 MiB of the file is read.



const LOGO_SIZE = 70;
const READ_LIMIT = 1024 * 1024;
const IMAGE_TYPES = { png: 'PNG', jpg: 'JPEG', gif: 'GIF', svg: 'SVG', webp: 'WebP' };
function logo_size_isInside(child, parent) {
    const rel = (0,external_node_path_namespaceObject.relative)(parent, child);
    return rel === '' || (!rel.startsWith('..' + external_node_path_namespaceObject.sep) && rel !== '..' && !(0,external_node_path_namespaceObject.isAbsolute)(rel));
}
/** The workspace file logo_uri names, or undefined for a URL or a path that leaves the workspace. */
function logoPath(logoUri, manifestPath, workspaceRoot) {
    if (logoUri === '' || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(logoUri) || logoUri.startsWith('//') || logoUri.includes('\\'))
        return undefined;
    let path = logoUri.replace(/[?#].*$/s, '');
    try {
        path = decodeURIComponent(path);
    }
    catch {
        return undefined;
    }
    if (path === '' || path.includes('\0'))
        return undefined;
    const root = (0,external_node_path_namespaceObject.resolve)(workspaceRoot);
    // (No string literal joined to the path: ncc's asset relocator would rewrite such a resolve().)
    const base = path.startsWith('/') ? root : (0,external_node_path_namespaceObject.resolve)(root, (0,external_node_path_namespaceObject.dirname)(manifestPath));
    const full = (0,external_node_path_namespaceObject.resolve)(base, path.replace(/^\/+/, ''));
    return logo_size_isInside(full, root) ? full : undefined;
}
async function readStart(path) {
    if (!(await (0,promises_namespaceObject.stat)(path)).isFile())
        return undefined; // before open(): opening a FIFO would block
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        const info = await handle.stat();
        if (!info.isFile())
            return undefined;
        const buffer = Buffer.alloc(Math.min(info.size, READ_LIMIT));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
const checkLogoSize = async ({ manifest, path, workspaceRoot }) => {
    const logo = own(manifest, 'logo_uri');
    if (typeof logo !== 'string')
        return [];
    const file = logoPath(logo, path, workspaceRoot);
    if (file === undefined)
        return [];
    let size;
    try {
        // Symbolic links: the real file must still be inside the (real) workspace.
        const [real, realRoot] = await Promise.all([(0,promises_namespaceObject.realpath)(file), (0,promises_namespaceObject.realpath)(workspaceRoot)]);
        if (!logo_size_isInside(real, realRoot))
            return [];
        const bytes = await readStart(real);
        if (!bytes || bytes.length === 0)
            return [];
        const { imageSize } = await __nccwpck_require__.e(/* import() */ 13).then(__nccwpck_require__.bind(__nccwpck_require__, 13)); // loaded only when a logo file exists
        const result = imageSize(bytes);
        if (result.type === undefined || !(result.type in IMAGE_TYPES))
            return [];
        const swap = result.type === 'jpg' && (result.orientation ?? 1) >= 5; // EXIF: rotated by 90°
        size = { width: swap ? result.height : result.width, height: swap ? result.width : result.height, type: result.type };
    }
    catch {
        return []; // missing, unreadable, or not an image we can measure
    }
    if (!Number.isFinite(size.width) || !Number.isFinite(size.height))
        return [];
    if (size.width === LOGO_SIZE && size.height === LOGO_SIZE)
        return [];
    return [
        {
            rule: 'logo-size',
            severity: 'error',
            pointer: '/logo_uri',
            target: 'value',
            message: `the logo is ${size.width}×${size.height} pixels (${IMAGE_TYPES[size.type]}); LivePerson requires exactly ${LOGO_SIZE}×${LOGO_SIZE}`,
        },
    ];
};

;// CONCATENATED MODULE: ./src/semantic/max-retries-ignored.ts


const checkMaxRetriesIgnored = ({ manifest }) => {
    const capabilities = own(manifest, 'capabilities');
    if (!isRecord(capabilities))
        return [];
    const webhooks = own(capabilities, 'webhooks');
    if (!isRecord(webhooks))
        return [];
    const retry = own(webhooks, 'retry');
    if (!isRecord(retry) || typeof own(retry, 'retention_time') !== 'number')
        return [];
    const findings = [];
    for (const { event, webhook } of webhooksOf(manifest)) {
        if (own(webhook, 'max_retries') === undefined)
            continue;
        findings.push({
            rule: 'max-retries-ignored',
            severity: 'warning',
            pointer: pointerFrom(['capabilities', 'webhooks', event, 'max_retries']),
            target: 'value',
            message: `max_retries of ${event} is ignored because capabilities.webhooks.retry.retention_time is set; remove max_retries, or remove retry to use it`,
        });
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/semantic/oauth-flow.ts


const checkOauthFlow = ({ manifest }) => {
    const findings = [];
    const grants = own(manifest, 'grant_types');
    const redirects = own(manifest, 'redirect_uris');
    if (Array.isArray(redirects)) {
        redirects.forEach((uri, i) => {
            if (typeof uri === 'string' && uri.includes('#')) {
                findings.push({
                    rule: 'oauth-flow',
                    severity: 'error',
                    pointer: pointerFrom(['redirect_uris', i]),
                    target: 'value',
                    message: `redirect_uris[${i}] has a #fragment; a redirect URI must not contain one (RFC 6749 §3.1.2)`,
                });
            }
        });
    }
    if (!Array.isArray(grants))
        return findings;
    const authorizationCode = grants.indexOf('authorization_code');
    const refreshToken = grants.indexOf('refresh_token');
    if (authorizationCode >= 0) {
        const hasRedirect = Array.isArray(redirects) && redirects.some((u) => typeof u === 'string' && u.trim() !== '');
        if (redirects === undefined) {
            findings.push({
                rule: 'oauth-flow',
                severity: 'error',
                pointer: pointerFrom(['grant_types', authorizationCode]),
                target: 'value',
                message: 'grant type "authorization_code" needs redirect_uris, and there is none; LivePerson requires both for the authorization code flow',
            });
        }
        else if (Array.isArray(redirects) && !hasRedirect) {
            findings.push({
                rule: 'oauth-flow',
                severity: 'error',
                pointer: '/redirect_uris',
                target: 'value',
                message: 'redirect_uris has no redirect URI but grant_types has "authorization_code"; LivePerson requires at least one for the authorization code flow',
            });
        }
        // redirect_uris of another type: the schema reports it; nothing to interpret here.
    }
    else if (refreshToken >= 0) {
        findings.push({
            rule: 'oauth-flow',
            severity: 'warning',
            pointer: pointerFrom(['grant_types', refreshToken]),
            target: 'value',
            message: 'grant type "refresh_token" without "authorization_code": refresh tokens are issued by the authorization code flow, so this grant is never used',
        });
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/semantic/parsed-url.ts
// WHATWG URL parsing shared by the URL rules (format, placeholder), once per distinct string: the
// same endpoints recur in every webhook and across manifests, and `new URL` is the costliest step of
// those rules. Callers only read the result.
const cache = new Map();
const CACHE_LIMIT = 4096;
/** The absolute URL, or null when `value` does not parse as one. */
function parseAbsoluteUrl(value) {
    let parsed = cache.get(value);
    if (parsed !== undefined)
        return parsed;
    try {
        const url = new URL(value);
        parsed = { protocol: url.protocol, host: url.host, hostname: url.hostname };
    }
    catch {
        parsed = null;
    }
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(value, parsed);
    return parsed;
}

;// CONCATENATED MODULE: ./src/semantic/placeholder.ts




const BRACES = /\{[^{}]*\}|<[^<>]*>/;
function hostWithoutDot(value) {
    if (!/^https?:\/\//i.test(value))
        return undefined;
    const url = parseAbsoluteUrl(value);
    if (!url)
        return undefined; // not a URL: the format rule reports it
    const host = url.hostname;
    if (host === '' || host.startsWith('[') || host.includes('.'))
        return undefined;
    return host;
}
function problem(value, isUrl) {
    const braces = BRACES.exec(value);
    if (braces)
        return `contains the placeholder ${quote(braces[0], 60)}; replace it with the real value`;
    if (!isUrl)
        return undefined;
    const host = hostWithoutDot(value);
    if (host !== undefined)
        return `has the host ${quote(host, 60)}, which has no dot: a template placeholder? Use the real host name`;
    return undefined;
}
const checkPlaceholder = ({ manifest }) => {
    const findings = [];
    const check = (segments, label, value, isUrl) => {
        if (typeof value !== 'string')
            return;
        const why = problem(value, isUrl);
        if (why !== undefined)
            findings.push({ rule: 'placeholder', severity: 'warning', pointer: pointerFrom(segments), target: 'value', message: `${label} ${why}` });
    };
    for (const key of Object.keys(manifest)) {
        if (key === 'client_name' || key === 'display_name' || key.startsWith('client_name#'))
            check([key], key, manifest[key], false);
    }
    const redirects = own(manifest, 'redirect_uris');
    if (Array.isArray(redirects))
        redirects.forEach((uri, i) => check(['redirect_uris', i], `redirect_uris[${i}]`, uri, true));
    check(['entry_uri'], 'entry_uri', own(manifest, 'entry_uri'), true);
    check(['logo_uri'], 'logo_uri', own(manifest, 'logo_uri'), true);
    for (const { event, webhook } of webhooksOf(manifest)) {
        check(['capabilities', 'webhooks', event, 'endpoint'], `the endpoint of ${event}`, own(webhook, 'endpoint'), true);
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/semantic/quick-launch.ts

const checkQuickLaunch = ({ manifest }) => {
    if (own(manifest, 'quick_launch_enabled') !== true)
        return [];
    const findings = [];
    const entry = own(manifest, 'entry_uri');
    if (entry === undefined) {
        findings.push({
            rule: 'quick-launch',
            severity: 'error',
            pointer: '/quick_launch_enabled',
            target: 'value',
            message: 'quick_launch_enabled is true but there is no entry_uri: the app will not appear in the QuickLaunch menu; add the URI that starts the app',
        });
    }
    else if (typeof entry === 'string' && entry.trim() === '') {
        findings.push({
            rule: 'quick-launch',
            severity: 'error',
            pointer: '/entry_uri',
            target: 'value',
            message: 'entry_uri is empty but quick_launch_enabled is true: the app will not appear in the QuickLaunch menu; set the URI that starts the app',
        });
    }
    const profiles = own(manifest, 'enabled_for_profiles');
    if (profiles === undefined) {
        findings.push({
            rule: 'quick-launch',
            severity: 'warning',
            pointer: '/quick_launch_enabled',
            target: 'value',
            message: 'quick_launch_enabled is true but there is no enabled_for_profiles: no user profile will see the app in QuickLaunch; list the profile ids',
        });
    }
    else if (Array.isArray(profiles) && profiles.length === 0) {
        findings.push({
            rule: 'quick-launch',
            severity: 'warning',
            pointer: '/enabled_for_profiles',
            target: 'value',
            message: 'enabled_for_profiles is empty but quick_launch_enabled is true: no user profile will see the app in QuickLaunch; list the profile ids',
        });
    }
    if (own(manifest, 'enabled') === false) {
        findings.push({
            rule: 'quick-launch',
            severity: 'warning',
            pointer: '/enabled',
            target: 'value',
            message: 'the app is disabled ("enabled": false) but quick_launch_enabled is true: it will not appear in QuickLaunch',
        });
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/semantic/quick-launch-profile.ts


function profileList(profiles) {
    return profiles.length === 1 ? `profile ${profiles[0]}` : `profiles ${profiles.join(', ')}`;
}
const checkQuickLaunchProfile = ({ manifest, options }) => {
    const listed = options.profiles;
    if (listed.length === 0)
        return [];
    const status = quickLaunchStatus(manifest, listed);
    if (!status || (status.visibleTo?.length ?? 0) > 0)
        return [];
    if (!status.enabled && !options.requireQuickLaunch)
        return [];
    const present = (key) => own(manifest, key) !== undefined;
    const reasons = [];
    if (!status.enabled) {
        const flag = own(manifest, 'quick_launch_enabled');
        const text = flag === undefined ? 'quick_launch_enabled is not set' : flag === false ? 'quick_launch_enabled is false' : 'quick_launch_enabled is not true';
        reasons.push({ text, pointer: '/quick_launch_enabled' });
    }
    const entry = own(manifest, 'entry_uri');
    if (!(typeof entry === 'string' && entry.trim() !== '')) {
        const text = entry === undefined ? 'there is no entry_uri' : typeof entry === 'string' ? 'entry_uri is empty' : 'entry_uri is not a string';
        reasons.push({ text, pointer: '/entry_uri' });
    }
    if (own(manifest, 'enabled') === false)
        reasons.push({ text: 'the app is disabled ("enabled": false)', pointer: '/enabled' });
    if (status.profiles.length === 0) {
        reasons.push({ text: present('enabled_for_profiles') ? 'enabled_for_profiles lists no profile' : 'there is no enabled_for_profiles', pointer: '/enabled_for_profiles' });
    }
    else if (!listed.some((p) => status.profiles.includes(p))) {
        const shown = status.profiles.length > 10 ? `${status.profiles.slice(0, 10).join(', ')}, …` : status.profiles.join(', ');
        reasons.push({ text: `enabled_for_profiles (${shown}) lists none of them`, pointer: '/enabled_for_profiles' });
    }
    // Locate at the first reason whose property is present, else at quick_launch_enabled, else at `{`.
    const at = reasons.find((r) => present(r.pointer.slice(1)));
    let pointer = '';
    let target = 'open-brace';
    if (at) {
        pointer = at.pointer;
        target = 'value';
    }
    else if (present('quick_launch_enabled')) {
        pointer = '/quick_launch_enabled';
        target = 'value';
    }
    const why = reasons.map((r) => r.text).join('; ');
    const message = options.requireQuickLaunch
        ? `not QuickLaunch-ready for ${listed.length === 1 ? '' : 'any of '}${profileList(listed)} (require-quick-launch): ${why}`
        : `no user of ${profileList(listed)} will see this app in QuickLaunch: ${why}`;
    return [{ rule: 'quick-launch-profile', severity: 'error', pointer, target, message }];
};

;// CONCATENATED MODULE: ./src/semantic/scope.ts



const KNOWN_SCOPES = ['msg.consumer', 'faas.lambda.invoke'];
const checkScope = ({ manifest }) => {
    const scope = own(manifest, 'scope');
    if (typeof scope !== 'string')
        return [];
    const findings = [];
    const flag = (message) => findings.push({ rule: 'scope', severity: 'warning', pointer: '/scope', target: 'value', message });
    const seen = new Set();
    for (const token of scope.split(' ')) {
        if (token === '')
            continue;
        if (seen.has(token)) {
            flag(`scope token ${quote(token)} is repeated`);
            continue;
        }
        seen.add(token);
        if (KNOWN_SCOPES.includes(token))
            continue;
        const known = KNOWN_SCOPES.map((s) => `"${s}"`).join(', ');
        if (/[,;\t\n]/.test(token) && token.split(/[,;\s]+/).every((t) => t === '' || KNOWN_SCOPES.includes(t))) {
            flag(`scope ${quote(token)} is not space-separated; separate the tokens with spaces`);
            continue;
        }
        const guess = closestMatch(token, KNOWN_SCOPES);
        flag(guess ? `unknown scope token ${quote(token)}; did you mean "${guess}"?` : `unknown scope token ${quote(token)}; known: ${known}`);
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/semantic/secret-in-header.ts





const SCHEME = /^(bearer|basic|digest|token)\s+(.*)$/i;
const CREDENTIAL_NAME = /authori[sz]ation|auth|api[-_.]?key|access[-_.]?key|private[-_.]?key|secret|token|passw(?:or)?d|credential|cookie/i;
const PLACEHOLDER = /^(\$\{[^{}]*\}|\{\{[^{}]*\}\}|\{[^{}]*\}|<[^<>]*>|%[A-Za-z0-9_]+%|\$[A-Za-z_][A-Za-z0-9_]*)$/;
/** Shannon entropy in bits per character. */
function entropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let bits = 0;
    const n = [...s].length;
    for (const k of counts.values())
        bits -= (k / n) * Math.log2(k / n);
    return bits;
}
function classOf(c) {
    return c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 3;
}
/** How often consecutive characters change class (lower case, upper case, digit, other). */
function classChanges(s) {
    let n = 0;
    for (let i = 1; i < s.length; i++)
        if (classOf(s[i]) !== classOf(s[i - 1]))
            n++;
    return n;
}
/**
 * A long random-looking token: an API key, a JWT, a hex secret. Judged on each run of base64
 * characters (separators such as "-", "_", "." split words: "liveperson-webhooks-2024" is not
 * random): 16+ characters mixing upper case, lower case and digits, or 32+ hex digits, or 24+
 * digits and single-case letters, each with enough entropy. Words in camel case
 * ("MyCompanyHeader2024") rarely change character class; random text does so every other character.
 */
function looksRandom(value) {
    if (/\s/.test(value))
        return false;
    const runs = value.match(/[A-Za-z0-9+/]+/g) ?? [];
    return runs.some((run) => {
        if (run.length < 16)
            return false;
        const lower = /[a-z]/.test(run);
        const upper = /[A-Z]/.test(run);
        const digit = /[0-9]/.test(run);
        const mixing = classChanges(run) / (run.length - 1);
        if (lower && upper && digit && entropy(run) >= 3.5 && mixing >= 0.35)
            return true;
        if (run.length >= 32 && /^[0-9a-f]+$/i.test(run) && digit && (lower || upper))
            return true;
        return run.length >= 24 && digit && lower !== upper && entropy(run) >= 4 && mixing >= 0.25;
    });
}
/** Why the header looks like it carries a credential, or undefined. */
function credentialReason(name, value) {
    const trimmed = value.trim();
    if (trimmed === '' || PLACEHOLDER.test(trimmed))
        return undefined;
    const scheme = SCHEME.exec(trimmed);
    if (scheme) {
        const rest = scheme[2].trim();
        if (rest === '' || PLACEHOLDER.test(rest))
            return undefined;
        return `it starts with the "${scheme[1][0].toUpperCase()}${scheme[1].slice(1).toLowerCase()}" authorization scheme`;
    }
    if (typeof name === 'string' && CREDENTIAL_NAME.test(name)) {
        // An invalid name may hold a whole "Name: value" line: only a valid token is quoted.
        return HTTP_TOKEN.test(name) ? `the header name ${quote(name)} carries credentials` : 'the header name suggests credentials';
    }
    if (looksRandom(trimmed))
        return 'it looks like a long random token';
    return undefined;
}
const checkSecretInHeader = ({ manifest }) => {
    const findings = [];
    for (const group of headersByWebhook(manifest)) {
        for (const h of group) {
            const value = own(h.header, 'header_value');
            if (typeof value !== 'string')
                continue;
            const name = own(h.header, 'header_name');
            const reason = credentialReason(name, value);
            if (reason === undefined)
                continue;
            findings.push({
                rule: 'secret-in-header',
                severity: 'warning',
                pointer: pointerFrom([...pointerSegments(h.pointer), 'header_value']),
                target: 'value',
                message: `the header_value of ${headerLabel(h)} looks like a credential (${reason}); do not commit credentials: inject them at deploy time, and rotate this one`,
            });
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/semantic/server-field.ts


const checkServerField = ({ manifest }) => {
    const findings = [];
    for (const key of SERVER_FIELDS) {
        if (!Object.prototype.hasOwnProperty.call(manifest, key))
            continue;
        const message = key === 'client_secret'
            ? '"client_secret" is set by LivePerson, not by a manifest: this looks like an exported API response, and it commits a secret. Remove it and rotate the secret'
            : `"${key}" is set by LivePerson, not by a manifest: this looks like an exported API response. Remove it`;
        findings.push({ rule: 'server-field', severity: 'error', pointer: pointerFrom([key]), target: 'key', message });
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/semantic/uri-format.ts



function parsesAsAbsoluteUrl(value) {
    if (/\s/.test(value))
        return false;
    const url = parseAbsoluteUrl(value);
    return url !== null && url.protocol.length > 1 && (url.host !== '' || !/^(https?|wss?|ftp):$/.test(url.protocol));
}
function parsesAsReference(value) {
    if (/\s/.test(value))
        return false;
    try {
        new URL(value, 'https://example.invalid/');
        return true;
    }
    catch {
        return false;
    }
}
const checkUriFormat = ({ manifest }) => {
    const findings = [];
    const flag = (pointer, message) => findings.push({ rule: 'format', severity: 'error', pointer, target: 'value', message });
    const redirects = own(manifest, 'redirect_uris');
    if (Array.isArray(redirects)) {
        redirects.forEach((uri, i) => {
            if (typeof uri === 'string' && !parsesAsAbsoluteUrl(uri))
                flag(pointerFrom(['redirect_uris', i]), 'redirect URI is not an absolute URL');
        });
    }
    const entry = own(manifest, 'entry_uri');
    if (typeof entry === 'string' && entry !== '' && !parsesAsAbsoluteUrl(entry))
        flag('/entry_uri', 'entry_uri is not an absolute URL');
    const logo = own(manifest, 'logo_uri');
    if (typeof logo === 'string' && logo !== '' && !parsesAsReference(logo))
        flag('/logo_uri', 'logo_uri is not a URL or a path');
    for (const { event, webhook } of webhooksOf(manifest)) {
        const endpoint = own(webhook, 'endpoint');
        if (typeof endpoint === 'string' && endpoint.startsWith('https://') && !parsesAsAbsoluteUrl(endpoint)) {
            flag(pointerFrom(['capabilities', 'webhooks', event, 'endpoint']), 'endpoint is not a valid absolute https:// URL');
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/semantic/index.ts
// Every per-manifest semantic rule, in one list. (duplicate-client-name spans files: see engine.)














const MANIFEST_CHECKS = [
    checkUriFormat,
    checkServerField,
    checkLanguageTag,
    checkScope,
    checkOauthFlow,
    checkInsecureUrl,
    checkPlaceholder,
    checkLogoSize,
    checkQuickLaunch,
    checkQuickLaunchProfile,
    checkConsumerIdentity,
    checkMaxRetriesIgnored,
    checkHeaderName,
    checkSecretInHeader,
];

;// CONCATENATED MODULE: ./src/engine.ts
// The validation engine: manifest paths in, per-file results out. Pure of GitHub: the action and the
// command line both call it. Per file: read -> JSON.parse -> schema + semantic rules; the
// position-aware parse runs only for files that have findings. One file's failure never stops the run.












const DEPTH_LIMIT = 64;
function place(pending, locate, lines) {
    const span = pending.span ?? locate(pending);
    const start = lines.position(span.start);
    const end = lines.position(Math.max(span.end, span.start));
    return {
        rule: pending.rule,
        severity: pending.severity,
        message: pending.message,
        pointer: pending.pointer,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
    };
}
function applySeverities(findings, overrides) {
    if (!overrides || overrides.size === 0)
        return findings;
    const kept = [];
    for (const f of findings) {
        const override = overrides.get(f.rule);
        if (override === 'off')
            continue;
        kept.push(override ? { ...f, severity: override } : f);
    }
    return kept;
}
function finish(path, findings, quickLaunch, options) {
    const kept = applySeverities(findings, options.severities).sort(compareFindings);
    return { path, valid: !kept.some((f) => f.severity === 'error'), quickLaunch, findings: kept };
}
async function checkFile(input, options) {
    let text = input.text;
    if (text === undefined) {
        const read = await readManifestText((0,external_node_path_namespaceObject.join)(options.workspaceRoot, input.path), options.workspaceRoot, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
        if (!read.ok)
            return { result: finish(input.path, [place(read.finding, () => ({ start: 0, end: 0 }), new LineIndex(read.prefix ?? ''))], null, options) };
        text = read.text;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
        return { result: finish(input.path, [place(parsed.finding, () => ({ start: 0, end: 0 }), new LineIndex(text))], null, options) };
    }
    const scan = scanStructure(text, DEPTH_LIMIT);
    if (scan.overDepthAt >= 0) {
        const tooDeep = {
            rule: 'unreadable-file',
            severity: 'error',
            message: `JSON nests deeper than ${DEPTH_LIMIT} levels; a manifest needs at most 6`,
            pointer: '',
            target: 'value',
            span: { start: scan.overDepthAt, end: scan.overDepthAt + 1 },
        };
        return { result: finish(input.path, [place(tooDeep, () => tooDeep.span, new LineIndex(text))], null, options) };
    }
    const manifest = parsed.value;
    const pending = schemaFindings(manifest);
    if (isRecord(manifest)) {
        const context = {
            manifest,
            path: input.path,
            workspaceRoot: options.workspaceRoot,
            options: { profiles: options.profiles ?? [], requireQuickLaunch: options.requireQuickLaunch ?? false },
        };
        for (const check of MANIFEST_CHECKS) {
            // Most rules are synchronous: no await (a microtask hop per rule and file) for those.
            const found = check(context);
            pending.push(...(Array.isArray(found) ? found : await found));
        }
    }
    const hasDuplicateKeys = scan.keys !== countParsedKeys(manifest);
    let findings = [];
    if (pending.length > 0 || hasDuplicateKeys) {
        const map = new SourceMap(text);
        if (hasDuplicateKeys)
            pending.push(...map.duplicateKeys());
        findings = pending.map((p) => place(p, (q) => map.locate(q.pointer, q.target), map.lines));
    }
    const clientName = isRecord(manifest) ? own(manifest, 'client_name') : undefined;
    return {
        result: finish(input.path, findings, quickLaunchStatus(manifest, options.profiles ?? []), options),
        clientName: typeof clientName === 'string' && clientName.trim() !== '' ? clientName : undefined,
        givenText: input.text,
    };
}
function internalError(path, error, options) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const finding = {
        rule: 'internal-error',
        severity: describeRule('internal-error').defaultSeverity,
        message: `the validator failed on this file (${detail.slice(0, 200)}); the other files were still checked`,
        pointer: '',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
    };
    return { result: finish(path, [finding], null, options) };
}
/** Locates each manifest's client_name (re-reading only files whose name collides). */
async function addDuplicateClientNames(checked, options) {
    const byName = new Map();
    for (const c of checked) {
        if (c.clientName === undefined)
            continue;
        const list = byName.get(c.clientName);
        if (list)
            list.push(c);
        else
            byName.set(c.clientName, [c]);
    }
    const colliding = [...byName.values()].filter((list) => list.length > 1).flat();
    if (colliding.length === 0)
        return;
    const entries = [];
    for (const file of colliding) {
        let text = file.givenText;
        if (text === undefined) {
            const read = await readManifestText((0,external_node_path_namespaceObject.join)(options.workspaceRoot, file.result.path), options.workspaceRoot, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
            if (!read.ok)
                continue;
            text = read.text;
        }
        const map = new SourceMap(text);
        const line = map.position(map.locate('/client_name', 'value').start).line;
        entries.push({ path: file.result.path, clientName: file.clientName, line, file, map });
    }
    const found = duplicateClientNames(entries);
    for (const entry of entries) {
        const added = found
            .filter((p) => p.path === entry.path)
            .map((p) => place(p.finding, (q) => entry.map.locate(q.pointer, q.target), entry.map.lines));
        if (added.length > 0)
            entry.file.result = finish(entry.path, [...entry.file.result.findings, ...added], entry.file.result.quickLaunch, options);
    }
}
/** Validates manifests concurrently; results are sorted by path. */
async function validateManifests(inputs, options) {
    const checked = new Array(inputs.length);
    let next = 0;
    const worker = async () => {
        while (next < inputs.length) {
            const index = next++;
            const input = inputs[index];
            try {
                checked[index] = await checkFile(input, options);
            }
            catch (error) {
                checked[index] = internalError(input.path, error, options);
            }
        }
    };
    const workers = Math.max(1, Math.min(options.concurrency ?? 16, inputs.length));
    await Promise.all(Array.from({ length: workers }, worker));
    await addDuplicateClientNames(checked, options);
    return checked.map((c) => c.result).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/options.ts



function parseFailOn(value, inputName = 'fail-on') {
    const v = value.trim().toLowerCase() || 'error';
    if (v === 'error' || v === 'warning' || v === 'never')
        return v;
    throw new discovery_UsageError(`${inputName}: "${value.trim()}" is not one of error, warning, never`);
}
function parseProfiles(value, inputName = 'profiles') {
    const out = [];
    for (const token of value.split(/[\s,]+/)) {
        if (token === '')
            continue;
        if (!/^[0-9]+$/.test(token) || !Number.isSafeInteger(Number(token))) {
            throw new discovery_UsageError(`${inputName}: "${token}" is not a profile id; give integers separated by commas, spaces or newlines (e.g. "42, 43")`);
        }
        const id = Number(token);
        if (!out.includes(id))
            out.push(id);
    }
    return out;
}
function parseSeverityOverrides(value, inputName = 'rules') {
    const overrides = new Map();
    for (const item of splitList(value)) {
        const match = /^([a-z-]+)\s*[=:]\s*([a-z]+)$/i.exec(item.trim());
        if (!match) {
            throw new discovery_UsageError(`${inputName}: "${item}" is not of the form id=off|warning|error (e.g. "placeholder=off, insecure-url=error")`);
        }
        const id = match[1].toLowerCase();
        const level = match[2].toLowerCase();
        if (!isRuleId(id)) {
            throw new discovery_UsageError(`${inputName}: unknown rule id "${id}"; valid ids: ${RULE_IDS.join(', ')}`);
        }
        if (id === 'internal-error') {
            throw new discovery_UsageError(`${inputName}: internal-error cannot be changed; a validator failure always fails the run`);
        }
        if (level !== 'off' && level !== 'warning' && level !== 'error') {
            throw new discovery_UsageError(`${inputName}: "${match[2]}" for ${id} is not one of off, warning, error`);
        }
        overrides.set(id, level);
    }
    return overrides;
}
function parseBoolean(value, inputName, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new UsageError(`${inputName}: "${v}" is not true or false`);
}
/** Whether the findings fail the step / command, per fail-on. An internal error always fails. */
function isFailing(files, failOn) {
    if (files.some((f) => f.findings.some((x) => x.rule === 'internal-error')))
        return true;
    if (failOn === 'never')
        return false;
    return files.some((f) => f.findings.some((x) => x.severity === 'error' || failOn === 'warning'));
}

;// CONCATENATED MODULE: ./src/tool-info.ts
// Name, version and documentation home of the tool (kept equal to package.json by a test).
const TOOL_NAME = 'lp-manifest';
const TOOL_VERSION = '1.0.0';
const REPOSITORY_URL = 'https://github.com/lp-manifest/liveperson-manifest-action';
const README_URL = `${REPOSITORY_URL}/blob/main/README.md`;

;// CONCATENATED MODULE: ./src/report.ts


function buildReport(files) {
    return { version: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, summary: summarize(files), files: [...files] };
}

;// CONCATENATED MODULE: ./src/reporters/json-report.ts
function formatJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/sarif-report.ts


const SARIF_LEVEL = { error: 'error', warning: 'warning' };
function buildSarif(report, options = {}) {
    const readme = options.readmeUrl ?? README_URL;
    const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
    const results = report.files.flatMap((file) => file.findings.map((f) => ({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(file.path).replace(/[?#]/g, encodeURIComponent), uriBaseId: '%SRCROOT%' },
                    region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column + 1 : 1) },
                },
            },
        ],
        partialFingerprints: { 'lpManifestFinding/v1': `${f.rule}:${file.path}:${f.pointer}` },
    })));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: TOOL_VERSION,
                        semanticVersion: TOOL_VERSION,
                        informationUri: REPOSITORY_URL,
                        rules: RULES.map((r) => ({
                            id: r.id,
                            name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
                            shortDescription: { text: r.summary },
                            fullDescription: { text: `${r.summary} ${r.fix}` },
                            help: { text: r.fix, markdown: `${r.summary}\n\n**Fix:** ${r.fix}\n\n[Documentation](${readme}#${r.id})` },
                            helpUri: `${readme}#${r.id}`,
                            defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
                            properties: { tags: ['liveperson', 'manifest'] },
                        })),
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root (workspace).' } } },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}
function formatSarif(report, options = {}) {
    return JSON.stringify(buildSarif(report, options), null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/text-report.ts
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function formatText(report) {
    const lines = [];
    for (const file of report.files) {
        for (const f of file.findings)
            lines.push(`${file.path}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${f.message}`);
    }
    const { manifests, errors, warnings } = report.summary;
    lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(manifests, 'manifest')}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/workflow-commands.ts

/** GitHub shows at most this many annotations of each level per step. */
const ANNOTATIONS_SHOWN_PER_LEVEL = 10;
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function annotationCommand(path, f) {
    const props = [
        ['file', path],
        ['line', f.line],
        ['endLine', f.endLine],
    ];
    if (f.line === f.endLine)
        props.push(['col', f.column], ['endColumn', f.endColumn]);
    props.push(['title', `${f.rule} (LivePerson manifest)`]);
    const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    return `::${f.severity} ${list}::${escapeData(f.message)}`;
}
/** One command per finding, and a notice when GitHub will not display them all. */
function annotationCommands(report, options = {}) {
    const lines = [];
    let errors = 0;
    let warnings = 0;
    for (const file of report.files) {
        for (const f of file.findings) {
            lines.push(annotationCommand(file.path, f));
            if (f.severity === 'error')
                errors++;
            else
                warnings++;
        }
    }
    const hidden = Math.max(0, errors - ANNOTATIONS_SHOWN_PER_LEVEL) + Math.max(0, warnings - ANNOTATIONS_SHOWN_PER_LEVEL);
    if (hidden > 0) {
        const where = options.moreAt ?? 'the job summary and the log';
        lines.push(`::notice title=More findings than annotations::${escapeData(`${plural(errors, 'error')} and ${plural(warnings, 'warning')} found; GitHub displays only ${ANNOTATIONS_SHOWN_PER_LEVEL} errors and ${ANNOTATIONS_SHOWN_PER_LEVEL} warnings per step, so ${plural(hidden, 'finding')} are not shown as annotations here. Every finding is in ${where}.`)}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts












const HELP = `Usage: ${TOOL_NAME} [PATH|GLOB ...] [options]

Validates LivePerson application manifests. With no PATH, finds every manifest in the current
directory (git-aware: files ignored by git and node_modules/ are skipped). A directory is searched
the same way; a file is always checked; a glob (quote it) selects files whatever they hold.

Options:
  --format text|json|sarif|github   output format (default: text)
  --fail-on error|warning|never     which findings make the exit code 1 (default: error)
  --profiles "42,43"                profile ids: report who sees each app in QuickLaunch
  --require-quick-launch            every manifest must be QuickLaunch-ready for one of --profiles
  --rules "placeholder=off,insecure-url=error"
                                    severity overrides (off|warning|error)
  --exclude GLOB                    skip matching files (repeatable, or comma separated)
  --help, --version

Exit codes: 0 clean, 1 failing per --fail-on, 2 usage error.
Rule ids: ${RULE_IDS.join(', ')}
`;
function hasGlobChars(s) {
    return /[*?[\]{}!]/.test(s);
}
async function runCli(argv, io) {
    let parsed;
    try {
        parsed = io.parseArgs({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string', default: 'text' },
                'fail-on': { type: 'string', default: 'error' },
                profiles: { type: 'string', default: '' },
                'require-quick-launch': { type: 'boolean', default: false },
                rules: { type: 'string', default: '' },
                exclude: { type: 'string', multiple: true, default: [] },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false },
            },
        });
    }
    catch (error) {
        io.stderr(`${TOOL_NAME}: ${error.message}\nRun ${TOOL_NAME} --help for usage.\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (values.version) {
        io.stdout(`${TOOL_VERSION}\n`);
        return 0;
    }
    try {
        const format = values.format;
        if (!['text', 'json', 'sarif', 'github'].includes(format)) {
            throw new discovery_UsageError(`--format: "${format}" is not one of text, json, sarif, github`);
        }
        const failOn = parseFailOn(values['fail-on'], '--fail-on');
        const profiles = parseProfiles(values.profiles, '--profiles');
        const severities = parseSeverityOverrides(values.rules, '--rules');
        const exclude = values.exclude.flatMap(splitList);
        if (values['require-quick-launch'] && profiles.length === 0) {
            throw new discovery_UsageError('--require-quick-launch needs --profiles (the profiles that must see each app)');
        }
        const root = io.cwd;
        const inputs = new Map();
        const globs = [];
        // Discovery hands over the text it read: the engine does not read those files again.
        const add = (path, found) => inputs.set(path, found ? (found.path === path ? found : { ...found, path }) : { path });
        if (positionals.length === 0) {
            for (const m of (await discoverManifests({ workspaceRoot: root, exclude })).manifests)
                add(m.path, m);
        }
        for (const arg of positionals) {
            const absolute = (0,external_node_path_namespaceObject.isAbsolute)(arg) ? arg : (0,external_node_path_namespaceObject.join)(root, arg);
            const info = await (0,promises_namespaceObject.stat)(absolute).catch(() => undefined);
            if (info?.isDirectory()) {
                const prefix = toPosix((0,external_node_path_namespaceObject.relative)(root, absolute));
                const found = await discoverManifests({ workspaceRoot: absolute, exclude });
                for (const m of found.manifests)
                    add(prefix === '' ? m.path : `${prefix}/${m.path}`, m);
            }
            else if (info || !hasGlobChars(arg)) {
                add(toPosix((0,external_node_path_namespaceObject.relative)(root, absolute)));
            }
            else {
                globs.push(arg);
            }
        }
        if (globs.length > 0) {
            normalizeGlobs(globs, 'PATH');
            const found = await discoverManifests({ workspaceRoot: root, files: globs, exclude });
            if (found.manifests.length === 0)
                throw new discovery_UsageError(`no file matches ${globs.map((g) => JSON.stringify(g)).join(', ')}`);
            for (const m of found.manifests)
                add(m.path);
        }
        const files = await validateManifests([...inputs.values()], { workspaceRoot: root, profiles, requireQuickLaunch: values['require-quick-launch'], severities });
        const report = buildReport(files);
        if (format === 'json')
            io.stdout(formatJson(report));
        else if (format === 'sarif')
            io.stdout(formatSarif(report));
        else if (format === 'github')
            io.stdout(annotationCommands(report).join('\n') + '\n');
        else {
            if (report.files.length === 0)
                io.stderr('no LivePerson manifests found\n');
            io.stdout(formatText(report));
        }
        return isFailing(report.files, failOn) ? 1 : 0;
    }
    catch (error) {
        if (error instanceof discovery_UsageError) {
            io.stderr(`${TOOL_NAME}: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
}


/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 422:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Generated by scripts/build-schema.mjs from schemas/liveperson-app-manifest.schema.json. Do not edit.
module.exports = validate20;module.exports["default"] = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/liveperson-manifest-action/schemas/liveperson-app-manifest.schema.json","title":"LivePerson application manifest","description":"The JSON manifest uploaded under \"Private apps\" in LivePerson Conversational Cloud to install an application. Source: \"Installing LivePerson Applications\", with the decisions of the project's rules.md (cqm.ExConversationChangeNotification, cart_items, arrays for target_audience and goal, display_name, webhooks.retry).","type":"object","required":["client_name"],"properties":{"client_name":{"title":"Client name","description":"Choose the name for your Connector application. Must be unique in the account. Can be internationalized by adding a BCP 47 (RFC 5646) language tag after a hash character, e.g. \"client_name#fr-CA\". Max length: 128.","type":"string","maxLength":128},"display_name":{"title":"Display name","description":"The name shown in Conversational Cloud. Max length: 128.","type":"string","maxLength":128},"description":{"title":"Description","description":"App description. Max length: 256.","type":"string","maxLength":256},"grant_types":{"title":"Grant types","description":"Authorization grant according to OAuth 2.0. Supported values: \"client_credentials\", \"authorization_code\", \"refresh_token\".","type":"array","uniqueItems":true,"items":{"type":"string","enum":["client_credentials","authorization_code","refresh_token"]}},"redirect_uris":{"title":"Redirect URIs","description":"For web/native apps, the URIs to which the JWT/code will be sent after redirect. Each max length: 128. Mandatory (non-empty) for the authorization_code flow.","type":"array","uniqueItems":true,"items":{"type":"string","maxLength":128}},"response_types":{"title":"Response types","description":"OAuth 2.0 response type strings that the client can use at the authorization endpoint. Supported values: \"code\", \"token\", \"id_token\", \"id_token token\".","type":"array","uniqueItems":true,"items":{"type":"string","enum":["code","token","id_token","id_token token"]}},"scope":{"title":"Scope","description":"Space-separated list of scope values that the client can use when requesting access tokens. Known values: \"msg.consumer\", \"faas.lambda.invoke\". Max length: 128.","type":"string","maxLength":128},"logo_uri":{"title":"Logo URI","description":"URL string that references a logo for the client. The logo must be exactly 70x70 pixels. Max length: 1024.","type":"string","maxLength":1024},"capabilities":{"title":"Capabilities","description":"LivePerson capabilities utilized by this app: the LivePerson services or applications that can interface with this application. Supported values: \"webhooks\" (the endpoints where UMS, the Messaging Service, will send notifications) and \"engagement\" (how the application interfaces with LivePerson engagements and their creation).","type":"object","additionalProperties":false,"properties":{"webhooks":{"$ref":"#/$defs/webhooks"},"engagement":{"$ref":"#/$defs/engagement"}}},"enabled":{"title":"Enabled","description":"Whether the application is enabled or not. Default value: true.","type":"boolean","default":true},"quick_launch_enabled":{"title":"QuickLaunch enabled","description":"Whether the application should be displayed in the QuickLaunch menu. It appears there only with a non-empty entry_uri and for the profiles in enabled_for_profiles. Default value: false.","type":"boolean","default":false},"entry_uri":{"title":"Entry URI","description":"The URI to start the application. Max length: 1024.","type":"string","maxLength":1024},"enabled_for_profiles":{"title":"Enabled for profiles","description":"A list of profiles (integer ids) to which this application should be available.","type":"array","uniqueItems":true,"items":{"type":"integer"}}},"patternProperties":{"^client_name#":{"title":"Localized client name","description":"client_name internationalized with a BCP 47 (RFC 5646) language tag after the hash character. Max length: 128.","type":"string","maxLength":128}},"additionalProperties":false,"$defs":{"webhooks":{"title":"Webhooks","description":"Contains the endpoints where UMS (Messaging Service) will send notifications, one per event type, and the optional retry policy.","type":"object","additionalProperties":false,"properties":{"ms.MessagingEventNotification.ContentEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ContentEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.RichContentEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type RichContentEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.AcceptStatusEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type AcceptStatusEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.ChatStateEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ChatStateEvent.","$ref":"#/$defs/webhook"},"cqm.ExConversationChangeNotification":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ExConversationChangeNotification. (The seed's table spells it ms.MessagingEventNotification.ExConversationChangeNotification; every sample and every other LivePerson page uses cqm.)","$ref":"#/$defs/webhook"},"retry":{"title":"Retry policy","description":"Webhooks retry policy. When set, max_retries of the webhooks is ignored.","type":"object","additionalProperties":false,"required":["retention_time"],"properties":{"retention_time":{"title":"Retention time","description":"How long (in seconds) failed notifications are retried. Minimum 2, maximum 259200 (72 hours).","type":"integer","minimum":2,"maximum":259200}}}}},"webhook":{"title":"Webhook","type":"object","additionalProperties":false,"required":["endpoint"],"properties":{"endpoint":{"title":"Endpoint","description":"The url to send the notification to, including query parameters. Starts with \"https://\".","type":"string","pattern":"^https://"},"max_retries":{"title":"Max retries","description":"The max number of retry attempts to send the notification if it fails. Minimum value: 0, maximum value: 5.","type":"integer","minimum":0,"maximum":5},"headers":{"title":"Headers","description":"List of http headers to add to the notification request, e.g. [{\"header_name\": \"NAME1\", \"header_value\": \"VALUE1\"}].","type":"array","items":{"$ref":"#/$defs/header"}}}},"header":{"title":"Header","type":"object","additionalProperties":false,"required":["header_name","header_value"],"properties":{"header_name":{"title":"Header name","description":"An HTTP field name (RFC 9110 token).","type":"string"},"header_value":{"title":"Header value","description":"The header's value.","type":"string"}}},"engagement":{"title":"Engagement","description":"This determines how the application interfaces with LivePerson engagements and their creation. All eight fields are required.","type":"object","additionalProperties":false,"required":["design_engagement","design_window","entry_point","visitor_behavior","target_audience","goal","consumer_identity","language_selection"],"properties":{"design_engagement":{"description":"Toggles the ability to design the engagement button and appearance.","type":"boolean"},"design_window":{"description":"Toggles the ability to add an engagement window.","type":"boolean"},"entry_point":{"description":"Indicates where to display the engagement which invites consumers to engage with you. Supported values: section, url.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["section","url"]}},"visitor_behavior":{"description":"The browsing behavior of visitors which is of interest to you.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["visited_location","time_on_location","flow","engaged_in_session","about_to_abandon","cart_value","cart_items","visitor_error","viewed_products","service_activity"]}},"target_audience":{"description":"The visitors you specifically want to target.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["external_referral","search_keywords","ip","platform","geo_location","returning_visitors","marketing_source","customer_type","age","balance","customer_id","gender","store_zip_code","store_number","company_size","registration_date"]}},"goal":{"description":"Indicates what you want to achieve with the engagement.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["url","purchase_total","num_of_pages","lead","service_activity"]}},"consumer_identity":{"description":"If the consumer does or doesn't have to be an authenticated user. Supported values: auth, unauth; should contain auth.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["auth","unauth"]}},"language_selection":{"description":"Indicates the possibility of language selection.","type":"boolean"}}}}};const schema35 = {"title":"Engagement","description":"This determines how the application interfaces with LivePerson engagements and their creation. All eight fields are required.","type":"object","additionalProperties":false,"required":["design_engagement","design_window","entry_point","visitor_behavior","target_audience","goal","consumer_identity","language_selection"],"properties":{"design_engagement":{"description":"Toggles the ability to design the engagement button and appearance.","type":"boolean"},"design_window":{"description":"Toggles the ability to add an engagement window.","type":"boolean"},"entry_point":{"description":"Indicates where to display the engagement which invites consumers to engage with you. Supported values: section, url.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["section","url"]}},"visitor_behavior":{"description":"The browsing behavior of visitors which is of interest to you.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["visited_location","time_on_location","flow","engaged_in_session","about_to_abandon","cart_value","cart_items","visitor_error","viewed_products","service_activity"]}},"target_audience":{"description":"The visitors you specifically want to target.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["external_referral","search_keywords","ip","platform","geo_location","returning_visitors","marketing_source","customer_type","age","balance","customer_id","gender","store_zip_code","store_number","company_size","registration_date"]}},"goal":{"description":"Indicates what you want to achieve with the engagement.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["url","purchase_total","num_of_pages","lead","service_activity"]}},"consumer_identity":{"description":"If the consumer does or doesn't have to be an authenticated user. Supported values: auth, unauth; should contain auth.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["auth","unauth"]}},"language_selection":{"description":"Indicates the possibility of language selection.","type":"boolean"}}};const func1 = Object.prototype.hasOwnProperty;const func2 = (__nccwpck_require__(214)/* ["default"] */ .A);const pattern4 = new RegExp("^client_name#", "u");const schema32 = {"title":"Webhooks","description":"Contains the endpoints where UMS (Messaging Service) will send notifications, one per event type, and the optional retry policy.","type":"object","additionalProperties":false,"properties":{"ms.MessagingEventNotification.ContentEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ContentEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.RichContentEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type RichContentEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.AcceptStatusEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type AcceptStatusEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.ChatStateEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ChatStateEvent.","$ref":"#/$defs/webhook"},"cqm.ExConversationChangeNotification":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ExConversationChangeNotification. (The seed's table spells it ms.MessagingEventNotification.ExConversationChangeNotification; every sample and every other LivePerson page uses cqm.)","$ref":"#/$defs/webhook"},"retry":{"title":"Retry policy","description":"Webhooks retry policy. When set, max_retries of the webhooks is ignored.","type":"object","additionalProperties":false,"required":["retention_time"],"properties":{"retention_time":{"title":"Retention time","description":"How long (in seconds) failed notifications are retried. Minimum 2, maximum 259200 (72 hours).","type":"integer","minimum":2,"maximum":259200}}}}};const schema33 = {"title":"Webhook","type":"object","additionalProperties":false,"required":["endpoint"],"properties":{"endpoint":{"title":"Endpoint","description":"The url to send the notification to, including query parameters. Starts with \"https://\".","type":"string","pattern":"^https://"},"max_retries":{"title":"Max retries","description":"The max number of retry attempts to send the notification if it fails. Minimum value: 0, maximum value: 5.","type":"integer","minimum":0,"maximum":5},"headers":{"title":"Headers","description":"List of http headers to add to the notification request, e.g. [{\"header_name\": \"NAME1\", \"header_value\": \"VALUE1\"}].","type":"array","items":{"$ref":"#/$defs/header"}}}};const schema34 = {"title":"Header","type":"object","additionalProperties":false,"required":["header_name","header_value"],"properties":{"header_name":{"title":"Header name","description":"An HTTP field name (RFC 9110 token).","type":"string"},"header_value":{"title":"Header value","description":"The header's value.","type":"string"}}};const pattern5 = new RegExp("^https://", "u");function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.endpoint === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint"},message:"must have required property '"+"endpoint"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((key0 === "endpoint") || (key0 === "max_retries")) || (key0 === "headers"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.endpoint !== undefined){let data0 = data.endpoint;if(typeof data0 === "string"){if(!pattern5.test(data0)){const err2 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\""};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.max_retries !== undefined){let data1 = data.max_retries;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err4 = {instancePath:instancePath+"/max_retries",schemaPath:"#/properties/max_retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 > 5 || isNaN(data1)){const err5 = {instancePath:instancePath+"/max_retries",schemaPath:"#/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data1 < 0 || isNaN(data1)){const err6 = {instancePath:instancePath+"/max_retries",schemaPath:"#/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}if(data.headers !== undefined){let data2 = data.headers;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.header_name === undefined){const err7 = {instancePath:instancePath+"/headers/" + i0,schemaPath:"#/$defs/header/required",keyword:"required",params:{missingProperty: "header_name"},message:"must have required property '"+"header_name"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data3.header_value === undefined){const err8 = {instancePath:instancePath+"/headers/" + i0,schemaPath:"#/$defs/header/required",keyword:"required",params:{missingProperty: "header_value"},message:"must have required property '"+"header_value"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}for(const key1 in data3){if(!((key1 === "header_name") || (key1 === "header_value"))){const err9 = {instancePath:instancePath+"/headers/" + i0,schemaPath:"#/$defs/header/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.header_name !== undefined){if(typeof data3.header_name !== "string"){const err10 = {instancePath:instancePath+"/headers/" + i0+"/header_name",schemaPath:"#/$defs/header/properties/header_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data3.header_value !== undefined){if(typeof data3.header_value !== "string"){const err11 = {instancePath:instancePath+"/headers/" + i0+"/header_value",schemaPath:"#/$defs/header/properties/header_value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/headers/" + i0,schemaPath:"#/$defs/header/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((key0 === "ms.MessagingEventNotification.ContentEvent") || (key0 === "ms.MessagingEventNotification.RichContentEvent")) || (key0 === "ms.MessagingEventNotification.AcceptStatusEvent")) || (key0 === "ms.MessagingEventNotification.ChatStateEvent")) || (key0 === "cqm.ExConversationChangeNotification")) || (key0 === "retry"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data["ms.MessagingEventNotification.ContentEvent"] !== undefined){if(!(validate22(data["ms.MessagingEventNotification.ContentEvent"], {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent",parentData:data,parentDataProperty:"ms.MessagingEventNotification.ContentEvent",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data["ms.MessagingEventNotification.RichContentEvent"] !== undefined){if(!(validate22(data["ms.MessagingEventNotification.RichContentEvent"], {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent",parentData:data,parentDataProperty:"ms.MessagingEventNotification.RichContentEvent",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data["ms.MessagingEventNotification.AcceptStatusEvent"] !== undefined){if(!(validate22(data["ms.MessagingEventNotification.AcceptStatusEvent"], {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent",parentData:data,parentDataProperty:"ms.MessagingEventNotification.AcceptStatusEvent",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data["ms.MessagingEventNotification.ChatStateEvent"] !== undefined){if(!(validate22(data["ms.MessagingEventNotification.ChatStateEvent"], {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent",parentData:data,parentDataProperty:"ms.MessagingEventNotification.ChatStateEvent",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data["cqm.ExConversationChangeNotification"] !== undefined){if(!(validate22(data["cqm.ExConversationChangeNotification"], {instancePath:instancePath+"/cqm.ExConversationChangeNotification",parentData:data,parentDataProperty:"cqm.ExConversationChangeNotification",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.retry !== undefined){let data5 = data.retry;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.retention_time === undefined){const err1 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/required",keyword:"required",params:{missingProperty: "retention_time"},message:"must have required property '"+"retention_time"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key1 in data5){if(!(key1 === "retention_time")){const err2 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data5.retention_time !== undefined){let data6 = data5.retention_time;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err3 = {instancePath:instancePath+"/retry/retention_time",schemaPath:"#/properties/retry/properties/retention_time/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 259200 || isNaN(data6)){const err4 = {instancePath:instancePath+"/retry/retention_time",schemaPath:"#/properties/retry/properties/retention_time/maximum",keyword:"maximum",params:{comparison: "<=", limit: 259200},message:"must be <= 259200"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data6 < 2 || isNaN(data6)){const err5 = {instancePath:instancePath+"/retry/retention_time",schemaPath:"#/properties/retry/properties/retention_time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}}else {const err6 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://github.com/liveperson-manifest-action/schemas/liveperson-app-manifest.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.client_name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_name"},message:"must have required property '"+"client_name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((func1.call(schema31.properties, key0)) || (pattern4.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.client_name !== undefined){let data0 = data.client_name;if(typeof data0 === "string"){if(func2(data0) > 128){const err2 = {instancePath:instancePath+"/client_name",schemaPath:"#/properties/client_name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/client_name",schemaPath:"#/properties/client_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.display_name !== undefined){let data1 = data.display_name;if(typeof data1 === "string"){if(func2(data1) > 128){const err4 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.description !== undefined){let data2 = data.description;if(typeof data2 === "string"){if(func2(data2) > 256){const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.grant_types !== undefined){let data3 = data.grant_types;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/grant_types/" + i0,schemaPath:"#/properties/grant_types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((data4 === "client_credentials") || (data4 === "authorization_code")) || (data4 === "refresh_token"))){const err9 = {instancePath:instancePath+"/grant_types/" + i0,schemaPath:"#/properties/grant_types/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.grant_types.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}let i1 = data3.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data3[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err10 = {instancePath:instancePath+"/grant_types",schemaPath:"#/properties/grant_types/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;break;}indices0[item0] = i1;}}}else {const err11 = {instancePath:instancePath+"/grant_types",schemaPath:"#/properties/grant_types/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.redirect_uris !== undefined){let data5 = data.redirect_uris;if(Array.isArray(data5)){const len1 = data5.length;for(let i2=0; i2<len1; i2++){let data6 = data5[i2];if(typeof data6 === "string"){if(func2(data6) > 128){const err12 = {instancePath:instancePath+"/redirect_uris/" + i2,schemaPath:"#/properties/redirect_uris/items/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/redirect_uris/" + i2,schemaPath:"#/properties/redirect_uris/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}let i3 = data5.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data5[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err14 = {instancePath:instancePath+"/redirect_uris",schemaPath:"#/properties/redirect_uris/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;break;}indices1[item1] = i3;}}}else {const err15 = {instancePath:instancePath+"/redirect_uris",schemaPath:"#/properties/redirect_uris/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.response_types !== undefined){let data7 = data.response_types;if(Array.isArray(data7)){const len2 = data7.length;for(let i4=0; i4<len2; i4++){let data8 = data7[i4];if(typeof data8 !== "string"){const err16 = {instancePath:instancePath+"/response_types/" + i4,schemaPath:"#/properties/response_types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!((((data8 === "code") || (data8 === "token")) || (data8 === "id_token")) || (data8 === "id_token token"))){const err17 = {instancePath:instancePath+"/response_types/" + i4,schemaPath:"#/properties/response_types/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.response_types.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}let i5 = data7.length;let j2;if(i5 > 1){const indices2 = {};for(;i5--;){let item2 = data7[i5];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err18 = {instancePath:instancePath+"/response_types",schemaPath:"#/properties/response_types/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;break;}indices2[item2] = i5;}}}else {const err19 = {instancePath:instancePath+"/response_types",schemaPath:"#/properties/response_types/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.scope !== undefined){let data9 = data.scope;if(typeof data9 === "string"){if(func2(data9) > 128){const err20 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.logo_uri !== undefined){let data10 = data.logo_uri;if(typeof data10 === "string"){if(func2(data10) > 1024){const err22 = {instancePath:instancePath+"/logo_uri",schemaPath:"#/properties/logo_uri/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/logo_uri",schemaPath:"#/properties/logo_uri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.capabilities !== undefined){let data11 = data.capabilities;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key1 in data11){if(!((key1 === "webhooks") || (key1 === "engagement"))){const err24 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data11.webhooks !== undefined){if(!(validate21(data11.webhooks, {instancePath:instancePath+"/capabilities/webhooks",parentData:data11,parentDataProperty:"webhooks",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}if(data11.engagement !== undefined){let data13 = data11.engagement;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.design_engagement === undefined){const err25 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "design_engagement"},message:"must have required property '"+"design_engagement"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data13.design_window === undefined){const err26 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "design_window"},message:"must have required property '"+"design_window"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data13.entry_point === undefined){const err27 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "entry_point"},message:"must have required property '"+"entry_point"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data13.visitor_behavior === undefined){const err28 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "visitor_behavior"},message:"must have required property '"+"visitor_behavior"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data13.target_audience === undefined){const err29 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "target_audience"},message:"must have required property '"+"target_audience"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data13.goal === undefined){const err30 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data13.consumer_identity === undefined){const err31 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "consumer_identity"},message:"must have required property '"+"consumer_identity"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data13.language_selection === undefined){const err32 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "language_selection"},message:"must have required property '"+"language_selection"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key2 in data13){if(!((((((((key2 === "design_engagement") || (key2 === "design_window")) || (key2 === "entry_point")) || (key2 === "visitor_behavior")) || (key2 === "target_audience")) || (key2 === "goal")) || (key2 === "consumer_identity")) || (key2 === "language_selection"))){const err33 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data13.design_engagement !== undefined){if(typeof data13.design_engagement !== "boolean"){const err34 = {instancePath:instancePath+"/capabilities/engagement/design_engagement",schemaPath:"#/$defs/engagement/properties/design_engagement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data13.design_window !== undefined){if(typeof data13.design_window !== "boolean"){const err35 = {instancePath:instancePath+"/capabilities/engagement/design_window",schemaPath:"#/$defs/engagement/properties/design_window/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data13.entry_point !== undefined){let data16 = data13.entry_point;if(Array.isArray(data16)){const len3 = data16.length;for(let i6=0; i6<len3; i6++){let data17 = data16[i6];if(typeof data17 !== "string"){const err36 = {instancePath:instancePath+"/capabilities/engagement/entry_point/" + i6,schemaPath:"#/$defs/engagement/properties/entry_point/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(!((data17 === "section") || (data17 === "url"))){const err37 = {instancePath:instancePath+"/capabilities/engagement/entry_point/" + i6,schemaPath:"#/$defs/engagement/properties/entry_point/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.entry_point.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}let i7 = data16.length;let j3;if(i7 > 1){const indices3 = {};for(;i7--;){let item3 = data16[i7];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err38 = {instancePath:instancePath+"/capabilities/engagement/entry_point",schemaPath:"#/$defs/engagement/properties/entry_point/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;break;}indices3[item3] = i7;}}}else {const err39 = {instancePath:instancePath+"/capabilities/engagement/entry_point",schemaPath:"#/$defs/engagement/properties/entry_point/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data13.visitor_behavior !== undefined){let data18 = data13.visitor_behavior;if(Array.isArray(data18)){const len4 = data18.length;for(let i8=0; i8<len4; i8++){let data19 = data18[i8];if(typeof data19 !== "string"){const err40 = {instancePath:instancePath+"/capabilities/engagement/visitor_behavior/" + i8,schemaPath:"#/$defs/engagement/properties/visitor_behavior/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(!((((((((((data19 === "visited_location") || (data19 === "time_on_location")) || (data19 === "flow")) || (data19 === "engaged_in_session")) || (data19 === "about_to_abandon")) || (data19 === "cart_value")) || (data19 === "cart_items")) || (data19 === "visitor_error")) || (data19 === "viewed_products")) || (data19 === "service_activity"))){const err41 = {instancePath:instancePath+"/capabilities/engagement/visitor_behavior/" + i8,schemaPath:"#/$defs/engagement/properties/visitor_behavior/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.visitor_behavior.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}let i9 = data18.length;let j4;if(i9 > 1){const indices4 = {};for(;i9--;){let item4 = data18[i9];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err42 = {instancePath:instancePath+"/capabilities/engagement/visitor_behavior",schemaPath:"#/$defs/engagement/properties/visitor_behavior/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;break;}indices4[item4] = i9;}}}else {const err43 = {instancePath:instancePath+"/capabilities/engagement/visitor_behavior",schemaPath:"#/$defs/engagement/properties/visitor_behavior/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data13.target_audience !== undefined){let data20 = data13.target_audience;if(Array.isArray(data20)){const len5 = data20.length;for(let i10=0; i10<len5; i10++){let data21 = data20[i10];if(typeof data21 !== "string"){const err44 = {instancePath:instancePath+"/capabilities/engagement/target_audience/" + i10,schemaPath:"#/$defs/engagement/properties/target_audience/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(!((((((((((((((((data21 === "external_referral") || (data21 === "search_keywords")) || (data21 === "ip")) || (data21 === "platform")) || (data21 === "geo_location")) || (data21 === "returning_visitors")) || (data21 === "marketing_source")) || (data21 === "customer_type")) || (data21 === "age")) || (data21 === "balance")) || (data21 === "customer_id")) || (data21 === "gender")) || (data21 === "store_zip_code")) || (data21 === "store_number")) || (data21 === "company_size")) || (data21 === "registration_date"))){const err45 = {instancePath:instancePath+"/capabilities/engagement/target_audience/" + i10,schemaPath:"#/$defs/engagement/properties/target_audience/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.target_audience.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}let i11 = data20.length;let j5;if(i11 > 1){const indices5 = {};for(;i11--;){let item5 = data20[i11];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err46 = {instancePath:instancePath+"/capabilities/engagement/target_audience",schemaPath:"#/$defs/engagement/properties/target_audience/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;break;}indices5[item5] = i11;}}}else {const err47 = {instancePath:instancePath+"/capabilities/engagement/target_audience",schemaPath:"#/$defs/engagement/properties/target_audience/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data13.goal !== undefined){let data22 = data13.goal;if(Array.isArray(data22)){const len6 = data22.length;for(let i12=0; i12<len6; i12++){let data23 = data22[i12];if(typeof data23 !== "string"){const err48 = {instancePath:instancePath+"/capabilities/engagement/goal/" + i12,schemaPath:"#/$defs/engagement/properties/goal/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(!(((((data23 === "url") || (data23 === "purchase_total")) || (data23 === "num_of_pages")) || (data23 === "lead")) || (data23 === "service_activity"))){const err49 = {instancePath:instancePath+"/capabilities/engagement/goal/" + i12,schemaPath:"#/$defs/engagement/properties/goal/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.goal.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}let i13 = data22.length;let j6;if(i13 > 1){const indices6 = {};for(;i13--;){let item6 = data22[i13];if(typeof item6 !== "string"){continue;}if(typeof indices6[item6] == "number"){j6 = indices6[item6];const err50 = {instancePath:instancePath+"/capabilities/engagement/goal",schemaPath:"#/$defs/engagement/properties/goal/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i13+" are identical)"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;break;}indices6[item6] = i13;}}}else {const err51 = {instancePath:instancePath+"/capabilities/engagement/goal",schemaPath:"#/$defs/engagement/properties/goal/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data13.consumer_identity !== undefined){let data24 = data13.consumer_identity;if(Array.isArray(data24)){const len7 = data24.length;for(let i14=0; i14<len7; i14++){let data25 = data24[i14];if(typeof data25 !== "string"){const err52 = {instancePath:instancePath+"/capabilities/engagement/consumer_identity/" + i14,schemaPath:"#/$defs/engagement/properties/consumer_identity/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(!((data25 === "auth") || (data25 === "unauth"))){const err53 = {instancePath:instancePath+"/capabilities/engagement/consumer_identity/" + i14,schemaPath:"#/$defs/engagement/properties/consumer_identity/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.consumer_identity.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}let i15 = data24.length;let j7;if(i15 > 1){const indices7 = {};for(;i15--;){let item7 = data24[i15];if(typeof item7 !== "string"){continue;}if(typeof indices7[item7] == "number"){j7 = indices7[item7];const err54 = {instancePath:instancePath+"/capabilities/engagement/consumer_identity",schemaPath:"#/$defs/engagement/properties/consumer_identity/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i15+" are identical)"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;break;}indices7[item7] = i15;}}}else {const err55 = {instancePath:instancePath+"/capabilities/engagement/consumer_identity",schemaPath:"#/$defs/engagement/properties/consumer_identity/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data13.language_selection !== undefined){if(typeof data13.language_selection !== "boolean"){const err56 = {instancePath:instancePath+"/capabilities/engagement/language_selection",schemaPath:"#/$defs/engagement/properties/language_selection/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.enabled !== undefined){if(typeof data.enabled !== "boolean"){const err59 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.quick_launch_enabled !== undefined){if(typeof data.quick_launch_enabled !== "boolean"){const err60 = {instancePath:instancePath+"/quick_launch_enabled",schemaPath:"#/properties/quick_launch_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.entry_uri !== undefined){let data29 = data.entry_uri;if(typeof data29 === "string"){if(func2(data29) > 1024){const err61 = {instancePath:instancePath+"/entry_uri",schemaPath:"#/properties/entry_uri/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/entry_uri",schemaPath:"#/properties/entry_uri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.enabled_for_profiles !== undefined){let data30 = data.enabled_for_profiles;if(Array.isArray(data30)){const len8 = data30.length;for(let i16=0; i16<len8; i16++){let data31 = data30[i16];if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err63 = {instancePath:instancePath+"/enabled_for_profiles/" + i16,schemaPath:"#/properties/enabled_for_profiles/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}let i17 = data30.length;let j8;if(i17 > 1){const indices8 = {};for(;i17--;){let item8 = data30[i17];if(!(((typeof item8 == "number") && (!(item8 % 1) && !isNaN(item8))) && (isFinite(item8)))){continue;}if(typeof indices8[item8] == "number"){j8 = indices8[item8];const err64 = {instancePath:instancePath+"/enabled_for_profiles",schemaPath:"#/properties/enabled_for_profiles/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i17+" are identical)"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;break;}indices8[item8] = i17;}}}else {const err65 = {instancePath:instancePath+"/enabled_for_profiles",schemaPath:"#/properties/enabled_for_profiles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}for(const key3 in data){if(pattern4.test(key3)){let data32 = data[key3];if(typeof data32 === "string"){if(func2(data32) > 128){const err66 = {instancePath:instancePath+"/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5Eclient_name%23/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}else {const err67 = {instancePath:instancePath+"/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5Eclient_name%23/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}}else {const err68 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
