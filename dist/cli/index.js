import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6214:
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

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    // Every cached result is an object, so one read both tells a hit and
    //   fetches it, where `in` and then a read hashed the path twice.
    const cached = cache[path]

    if (cached) {
      return cached
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

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

/***/ 5595:
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

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

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

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
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

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
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
} = __nccwpck_require__(5595);

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

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

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

/***/ 2957:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9854);
// The command line entry point: `lp-manifest [PATH|GLOB ...]`. Wiring only: arguments -> discovery
// -> engine -> one reporter -> exit code (0 clean, 1 failing per --fail-on, 2 usage error).


const code = await (0,_run_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    // Reports come in pieces: wait for a pipe that is full (asynchronous on macOS) before the next.
    stdout: (s) => (process.stdout.write(s) ? undefined : new Promise((done) => process.stdout.once('drain', done))),
    stderr: (s) => process.stderr.write(s),
    parseArgs: node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs,
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    readStdin: async (limit) => {
        const chunks = [];
        let length = 0;
        for await (const chunk of process.stdin) {
            chunks.push(chunk);
            length += chunk.length;
            if (length >= limit)
                break;
        }
        return Buffer.concat(chunks).subarray(0, limit);
    },
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9854:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/discovery/file-path.ts
// Where a workspace file is on disk. A file name is bytes: one that is not valid UTF-8 has a display
// path with escapes (ManifestInput.path) and its bytes (fsPath), which is what is opened.

/**
 * Absolute paths of workspace files, as join(root, path) gives them: a path listed by git or the
 * walk is already normal (no "." or ".." segments, no doubled "/"), so on POSIX the normalized root
 * and the path are simply concatenated (join normalizes the whole string every time: measurable on
 * 10,000 files). A file with `fsPath` gets a Buffer, which every fs call accepts.
 */
function pathJoiner(root) {
    const base = (0,external_node_path_.join)(root, '.');
    const prefix = base === '.' ? '' : base.endsWith(external_node_path_.sep) ? base : base + external_node_path_.sep;
    const prefixBytes = Buffer.from(prefix);
    const ofPath = external_node_path_.sep === '/' ? (path) => prefix + path : (path) => (0,external_node_path_.join)(root, path);
    return (file) => (file.fsPath === undefined ? ofPath(file.path) : Buffer.concat([prefixBytes, file.fsPath]));
}

// EXTERNAL MODULE: ./src/text/unicode-encoding.ts
var unicode_encoding = __nccwpck_require__(3940);
;// CONCATENATED MODULE: ./src/discovery/read-manifest-file.ts
// Reads one manifest file as text, safely: size checked before reading, symbolic links never
// followed out of the workspace, UTF-8 only (a UTF-8 byte order mark is accepted and dropped,
// UTF-16/32 and invalid bytes are refused). Every refusal is an `unreadable-file` finding.





const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
function unreadable(message, start = 0, end = 0, prefix) {
    return {
        ok: false,
        prefix,
        finding: { rule: 'unreadable-file', severity: 'error', message, pointer: '', target: 'value', span: { start, end } },
    };
}
function tooLarge(size, maxBytes, read) {
    let shown = formatBytes(size);
    let limit = formatBytes(maxBytes);
    // "file is 1.0 MiB; the limit is 1.0 MiB" says nothing: give the exact counts then.
    if (shown === limit)
        [shown, limit] = [`${size.toLocaleString('en')} bytes`, `${maxBytes.toLocaleString('en')} bytes`];
    return unreadable(`file is ${shown}; the limit is ${limit}${read ? '' : ' (not read)'}`);
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} bytes`;
}
const SEPARATOR = external_node_path_.sep.charCodeAt(0);
/** Whether `child` is `parent` or below it: real, absolute paths as bytes (a file name need not be UTF-8). */
function isInside(child, parent) {
    if (child.length < parent.length || !child.subarray(0, parent.length).equals(parent))
        return false;
    return child.length === parent.length || parent[parent.length - 1] === SEPARATOR || child[parent.length] === SEPARATOR;
}
/** The real path of a file, as bytes. */
function realPathBytes(path) {
    return (0,promises_.realpath)(path, { encoding: 'buffer' });
}
/**
 * open(2) flags of the fast path: O_NOFOLLOW makes a symbolic link fail (ELOOP) instead of being
 * followed, O_NONBLOCK keeps a FIFO from blocking the open. Undefined where the platform has no
 * O_NOFOLLOW (Windows): every read then takes the careful path.
 */
const NO_FOLLOW_FLAGS = external_node_fs_namespaceObject.constants.O_NOFOLLOW !== undefined && external_node_fs_namespaceObject.constants.O_NONBLOCK !== undefined ? external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK : undefined;
/** Below this size (a page), one read(2) that returns less than asked has read the whole file. */
const WHOLE_FILE_IN_ONE_READ = 4096;
/** The one read buffer of the fast path (size limit + 1 bytes); see readWithoutFollowing. */
let readBuffer = Buffer.alloc(0);
/**
 * Reads a file that is not a symbolic link synchronously: open, read into a shared buffer of the size
 * limit plus one byte (files of a page or more: read again to see the end of the file), close. For the small files manifests
 * are, the thread-pool round trips of fs/promises (lstat, open, fstat, read, close) cost several times
 * the reads themselves, and an fstat(2) per file (and the Stats object Node builds from it) costs
 * more than the read that finds the end; measured in scripts/bench.mjs. fstat runs only when the
 * read says something unusual: nothing read (an empty file, a FIFO, a device), more than the limit,
 * or an error. Anything else unusual comes back as `careful`, for the caller's careful path.
 *
 * The bytes returned live in the shared buffer: they are valid until the next call, so callers
 * decode them (or copy them) before reading another file.
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
        const capacity = maxBytes + 1;
        if (readBuffer.length !== capacity)
            readBuffer = Buffer.allocUnsafeSlow(capacity);
        let length = 0;
        try {
            // Until the end of the file (a read of 0 bytes) or one byte past the limit, whichever is first.
            // A first read of less than a page is the whole file: a regular file's read(2) returns less
            // than asked only at its end, and no file system splits reads below a page. (Most manifests
            // are that small: one read(2) instead of two.)
            for (;;) {
                const n = (0,external_node_fs_namespaceObject.readSync)(fd, readBuffer, length, capacity - length, null);
                if (n === 0)
                    break;
                length += n;
                if (length === capacity || (length === n && n < WHOLE_FILE_IN_ONE_READ))
                    break;
            }
        }
        catch (error) {
            // EISDIR for a directory; otherwise let fstat tell what it is, when it can.
            const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (info.isDirectory())
                return { kind: 'directory' };
            if (!info.isFile())
                return { kind: 'not-file' };
            return { kind: 'error', error };
        }
        if (length === 0 || length > maxBytes) {
            const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (info.isDirectory())
                return { kind: 'directory' };
            if (!info.isFile())
                return { kind: 'not-file' };
            if (length > maxBytes)
                return { kind: 'too-large', size: Math.max(info.size, length), start: readBuffer.subarray(0, length) };
        }
        return { kind: 'bytes', bytes: readBuffer.subarray(0, length) };
    }
    catch (error) {
        return { kind: 'error', error };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** The first line of a Git LFS pointer file (and of the pointers of LFS's predecessor, hawser). */
const LFS_VERSIONS = ['version https://git-lfs.github.com/spec/', 'version https://hawser.github.com/spec/'];
/** Git LFS pointers are at most this long (git-lfs's own limit). */
const LFS_POINTER_MAX = 1024;
/**
 * Whether a file's bytes are a Git LFS pointer: what a checkout without LFS content leaves instead of
 * the file (the version line first, then `oid sha256:…` and `size …`). A JSON text never starts so.
 */
function isLfsPointer(bytes) {
    if (bytes.length > LFS_POINTER_MAX || bytes[0] !== 0x76)
        return false;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    return LFS_VERSIONS.some((v) => text.startsWith(v)) && /^oid [a-z0-9]+:[0-9a-f]+$/m.test(text);
}
function lfsPointer(text) {
    const size = /^size (\d{1,15})$/m.exec(text)?.[1];
    const object = size === undefined ? 'a file' : `a file of ${formatBytes(Number(size))}`;
    return unreadable(`file is a Git LFS pointer (to ${object}), not the manifest itself: the checkout did not fetch Git LFS content; check out with lfs: true (actions/checkout) or run git lfs pull`);
}
/** Real paths of workspace roots (a run asks for one root, once per symbolic link). */
const realRoots = new Map();
/**
 * The real path of a symbolic link's final target, when it is inside the workspace: one realpath(3)
 * (synchronous, however many links lead there), and the workspace root's real path once per root.
 * Undefined when the link leaves the workspace, loops, leads nowhere or cannot be resolved: the
 * careful path then reports why. The target is read with O_NOFOLLOW (readWithoutFollowing), so a
 * link swapped in after this call is not followed either.
 */
function linkTargetInside(absolutePath, workspaceRoot) {
    if (NO_FOLLOW_FLAGS === undefined)
        return undefined;
    try {
        const target = external_node_fs_namespaceObject.realpathSync.native(absolutePath, { encoding: 'buffer' });
        let root = realRoots.get(workspaceRoot);
        if (root === undefined) {
            root = external_node_fs_namespaceObject.realpathSync.native(workspaceRoot, { encoding: 'buffer' });
            realRoots.set(workspaceRoot, root);
        }
        return isInside(target, root) ? target : undefined;
    }
    catch {
        return undefined;
    }
}
/** The checks on a file's bytes: size limit, UTF-16/32 (with or without a byte order mark), UTF-8 byte order mark and validity. */
function decodeManifestBytes(bytes, maxBytes = DEFAULT_MAX_FILE_BYTES) {
    if (bytes.length > maxBytes) {
        return tooLarge(bytes.length, maxBytes, true);
    }
    const wide = (0,unicode_encoding/* wideEncodingOf */.EQ)(bytes);
    if (wide !== undefined)
        return unreadable(`file is ${wide.encoding} encoded${wide.bom ? '' : ' (no byte order mark)'}; save it as UTF-8`);
    const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    // Decoding replaces each invalid sequence with U+FFFD, so only a text that has one needs the
    // validity check (it may also be a real U+FFFD, which is valid): one pass over most files, not two.
    const text = bytes.toString('utf8', hasBom ? 3 : 0);
    const body = hasBom ? bytes.subarray(3) : bytes;
    // A NUL byte: no JSON text holds one (a binary file, or text in an encoding the checks above do
    // not believe). Reported as itself, at the first one, unless an invalid byte comes before it.
    const nul = body.indexOf(0);
    const bad = text.includes('\uFFFD') && !(0,external_node_buffer_namespaceObject.isUtf8)(body) ? (0,unicode_encoding/* firstInvalidUtf8Byte */.jx)(body) : -1;
    if (nul >= 0 && (bad < 0 || nul < bad)) {
        const prefix = body.subarray(0, nul).toString('utf8');
        return unreadable(`file holds a NUL byte (0x00) at byte offset ${nul + (hasBom ? 3 : 0)}, which JSON text never does (a binary file, or text saved in another encoding); save it as UTF-8 text`, prefix.length, prefix.length + 1, prefix + ' ');
    }
    if (bad < 0)
        return !hasBom && isLfsPointer(bytes) ? lfsPointer(text) : { ok: true, text, bom: hasBom };
    const prefix = body.subarray(0, bad).toString('utf8');
    const byteOffset = bad + (hasBom ? 3 : 0);
    return unreadable(`file is not valid UTF-8 (invalid byte 0x${body[bad]?.toString(16).padStart(2, '0')} at byte offset ${byteOffset}); save it as UTF-8`, prefix.length, prefix.length + 1, prefix + ' ');
}
/**
 * readManifestText's synchronous fast path: the outcome, or undefined when the file needs the
 * careful path (a platform without O_NOFOLLOW, or a symbolic link that does not resolve to a path
 * inside `workspaceRoot`, or any symbolic link when no root is given).
 */
function readManifestTextSync(absolutePath, maxBytes = DEFAULT_MAX_FILE_BYTES, workspaceRoot) {
    let fast = readWithoutFollowing(absolutePath, maxBytes);
    if (fast.kind === 'careful' && workspaceRoot !== undefined) {
        // A symbolic link inside the workspace: its target, resolved in one call and read the same way.
        const target = linkTargetInside(absolutePath, workspaceRoot);
        if (target !== undefined)
            fast = readWithoutFollowing(target, maxBytes);
    }
    switch (fast.kind) {
        case 'bytes':
            return decodeManifestBytes(fast.bytes, maxBytes);
        case 'directory':
            return unreadable('this is a directory, not a file');
        case 'not-file':
            return unreadable('not a regular file');
        case 'too-large':
            return tooLarge(fast.size, maxBytes, false);
        case 'error':
            return unreadable(describeFsError(fast.error));
        case 'careful':
            return undefined;
    }
}
async function readManifestText(absolutePath, workspaceRoot, maxBytes = DEFAULT_MAX_FILE_BYTES) {
    return readManifestTextSync(absolutePath, maxBytes, workspaceRoot) ?? (await readCarefully(absolutePath, workspaceRoot, maxBytes));
}
/** Symbolic links (followed only inside the workspace), and every read where O_NOFOLLOW is missing. */
async function readCarefully(absolutePath, workspaceRoot, maxBytes) {
    let target = absolutePath;
    try {
        const link = await (0,promises_.lstat)(absolutePath);
        if (link.isSymbolicLink()) {
            const resolved = await realPathBytes(absolutePath);
            if (!isInside(resolved, await realPathBytes(workspaceRoot))) {
                return unreadable('symbolic link to a file outside the workspace; not followed');
            }
            target = resolved;
        }
        const info = link.isSymbolicLink() ? await (0,promises_.stat)(target) : link;
        if (info.isDirectory())
            return unreadable('this is a directory, not a file');
        if (!info.isFile())
            return unreadable('not a regular file');
        if (info.size > maxBytes)
            return tooLarge(info.size, maxBytes, false);
    }
    catch (error) {
        return unreadable(describeFsError(error));
    }
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(target);
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

// EXTERNAL MODULE: ./src/text/closest.ts
var text_closest = __nccwpck_require__(7504);
;// CONCATENATED MODULE: ./src/discovery/recognize-manifest.ts
// Whether a JSON file is a LivePerson manifest, for auto-discovery (README, "Which files are checked"):
// its top-level object, as parsed, has a key that is, or nearly is, one only a manifest uses. A
// misspelled name key is the commonest mistake: it must never make a manifest invisible, so near
// misses count. A text that does not parse is a manifest when one of its string literals spells such
// a key, or it has such a key as a JavaScript object literal writes it (single-quoted, or unquoted
// before a colon: `client_name: 'My app'`), or when the file is named like a manifest.

/** The keys only a manifest uses. */
const MANIFEST_KEYS = ['client_name', 'capabilities', 'entry_uri', 'quick_launch_enabled', 'enabled_for_profiles'];
/** Edit distance (after normalisation) within which a key counts as one of MANIFEST_KEYS. */
const NEAR = 2;
const SEPARATORS = /[\s_\-.]/g;
/** Lower case, without `_`, `-`, dots and white space: `Client-Name` and `client name` are `clientname`. */
function normalizeKey(key) {
    return key.toLowerCase().replace(SEPARATORS, '');
}
const NORMALIZED = MANIFEST_KEYS.map(normalizeKey);
const EXACT = new Set(NORMALIZED);
/** A normalised key shorter or longer is more than NEAR edits from every manifest key: no distance to compute. */
const SHORTEST = Math.min(...NORMALIZED.map((k) => k.length)) - NEAR;
const LONGEST = Math.max(...NORMALIZED.map((k) => k.length)) + NEAR;
/**
 * Whether `key` is, or nearly is, a manifest key: equal after normalisation, or within edit
 * distance 2 of one (`clinet_name`, `capabilites`). A language tag (`client_name#fr`) is ignored.
 * Linear in the key: a distance is computed for keys of about the right length only, and given up
 * past 2.
 */
function isManifestKey(key) {
    // (Normalising never lengthens a key: one too short is not normalised.)
    if (key.length < SHORTEST)
        return false;
    const tag = key.indexOf('#');
    const n = normalizeKey(tag >= 0 ? key.slice(0, tag) : key);
    if (n.length < SHORTEST || n.length > LONGEST)
        return false;
    if (EXACT.has(n))
        return true; // the common case: no distance to compute
    for (const k of NORMALIZED)
        if (Math.abs(n.length - k.length) <= NEAR && (0,text_closest/* editDistance */.YC)(n, k, NEAR) <= NEAR)
            return true;
    return false;
}
/** Whether a parsed JSON value is an object with a manifest key of its own. */
function hasManifestKey(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++)
        if (isManifestKey(keys[i]))
            return true;
    return false;
}
/**
 * Whether a text that does not parse holds a manifest key in quotes, escapes decoded
 * (`"client\u005fname"`). One pass over the string literals; a literal ends at its closing quote or
 * at the end of its line (JSON strings hold no line break: an unclosed quote must not swallow the
 * rest of the file).
 */
function hasQuotedManifestKey(text) {
    let open = text.indexOf('"');
    while (open >= 0) {
        let i = open + 1;
        let escaped = false;
        for (; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 0x22 || c === 0x0a || c === 0x0d)
                break;
            if (c === 0x5c) {
                escaped = true;
                const next = text.charCodeAt(i + 1);
                if (next !== 0x0a && next !== 0x0d)
                    i++;
            }
        }
        if (i >= text.length)
            return false;
        if (text.charCodeAt(i) === 0x22) {
            const key = escaped ? decodeLiteral(text.slice(open, i + 1)) : text.slice(open + 1, i);
            if (key !== undefined && isManifestKey(key))
                return true;
        }
        open = text.indexOf('"', i + 1);
    }
    return false;
}
function decodeLiteral(literal) {
    try {
        return JSON.parse(literal);
    }
    catch {
        return undefined; // a bad escape: not a key
    }
}
/** Whether a path's file name looks like a manifest's: `*manifest*.json`, `*app-install*.json`, `*liveperson*.json`, any case. */
function namedLikeManifest(path) {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    if (!name.endsWith('.json'))
        return false;
    const stem = name.slice(0, -'.json'.length);
    return stem.includes('manifest') || stem.includes('app-install') || stem.includes('liveperson');
}
const NOT_A_MANIFEST = { manifest: false };
const A_BROKEN_MANIFEST = { manifest: true };
/** The verdict on a file's text (UTF-8, or UTF-16/32 decoded; no byte order mark). */
function recognizeManifest(text, path) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return isBrokenManifestText(text, path) ? A_BROKEN_MANIFEST : NOT_A_MANIFEST;
    }
    return hasManifestKey(value) ? { manifest: true, value } : NOT_A_MANIFEST;
}
/** The verdict on a text that does not parse (or the first part of a file over the size limit). */
function isBrokenManifestText(text, path) {
    return hasQuotedManifestKey(text) || hasObjectLiteralManifestKey(text) || namedLikeManifest(path);
}
/** A letter, digit, "_" or "$": a character of a JavaScript identifier (ASCII). */
function isIdentifierPart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}
/**
 * Whether a text that does not parse has a manifest key written as a JavaScript or TypeScript object
 * literal writes one: a single-quoted string (`'client_name'`) or an identifier followed by a colon
 * (`client_name:`), outside double-quoted strings and comments. One pass; a string or comment ends at
 * the end of its line at the latest (an unclosed quote must not swallow the rest of the file).
 */
function hasObjectLiteralManifestKey(text) {
    const n = text.length;
    for (let i = 0; i < n;) {
        const c = text.charCodeAt(i);
        if (c === 0x22 || c === 0x27) {
            // A string, to its closing quote or the end of its line.
            let j = i + 1;
            let escaped = false;
            for (; j < n; j++) {
                const d = text.charCodeAt(j);
                if (d === c || d === 0x0a || d === 0x0d)
                    break;
                if (d === 0x5c) {
                    escaped = true;
                    j++;
                }
            }
            if (c === 0x27 && j < n && text.charCodeAt(j) === 0x27 && !escaped && isManifestKey(text.slice(i + 1, j)))
                return true;
            i = j + 1;
        }
        else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
            const eol = text.indexOf('\n', i);
            i = eol === -1 ? n : eol + 1;
        }
        else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
            const close = text.indexOf('*/', i + 2);
            i = close === -1 ? n : close + 2;
        }
        else if (isIdentifierPart(c)) {
            const start = i;
            while (i < n && isIdentifierPart(text.charCodeAt(i)))
                i++;
            let j = i;
            while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09))
                j++;
            if (text.charCodeAt(j) === 0x3a && isManifestKey(text.slice(start, i)))
                return true;
        }
        else
            i++;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/discovery/recognize-large-file.ts
// Whether a candidate over the size limit is a manifest, judged by its own bytes without parsing or
// holding it: one streaming pass over the whole file, in chunks of a fixed size, that finds the keys
// of the top-level object (escapes decoded, as in a parsed file) and stops at the first manifest key.
// Linear in the file's size; memory: one chunk and at most one key's first characters. White space
// before the object, a long first string or a huge first value no longer hide a manifest key.



/** Bytes read at a time. */
const CHUNK = 64 * 1024;
/** Characters of a key kept (separators dropped): a longer key is no manifest key. */
const KEY_LIMIT = 64;
var Escape;
(function (Escape) {
    Escape[Escape["None"] = 0] = "None";
    /** After a backslash. */
    Escape[Escape["Start"] = 1] = "Start";
    /** Inside `\uXXXX`: hex digits still expected, counted down from 4. */
    Escape[Escape["Hex1"] = 2] = "Hex1";
    Escape[Escape["Hex2"] = 3] = "Hex2";
    Escape[Escape["Hex3"] = 4] = "Hex3";
    Escape[Escape["Hex4"] = 5] = "Hex4";
})(Escape || (Escape = {}));
/**
 * The streaming scan: text in (any chunking), `found` once a top-level key of a top-level object is,
 * or nearly is, a manifest key (recognize-manifest.ts's isManifestKey). Tolerant of text that does
 * not parse: brackets are counted whatever they close, a string ends at its closing quote or at a
 * line break (JSON strings hold none), and U+0000 is ignored (a NUL byte cannot hide a key).
 */
class TopLevelKeyScan {
    found = false;
    depth = 0;
    topIsObject = false;
    /** At the top level, after a `:`: the next string is a value; any other string there is a key. */
    afterColon = false;
    inString = false;
    isKey = false;
    escape = Escape.None;
    hex = 0;
    /** The key's characters so far, separators (`_`, `-`, `.`, white space) dropped, up to a `#`. */
    key = '';
    keyDone = false;
    keyBad = false;
    /** The key has more than KEY_LIMIT characters besides separators: no manifest key. */
    overflow = false;
    /** Scans the next part of the text; returns `found`. */
    push(text) {
        if (this.found)
            return true;
        const n = text.length;
        for (let i = 0; i < n; i++) {
            const c = text.charCodeAt(i);
            if (c === 0)
                continue;
            if (this.inString) {
                if (!this.isKey) {
                    if (this.escape === Escape.Start) {
                        // The chunk ended after a backslash: this character is escaped (a line break still ends the literal).
                        this.escape = Escape.None;
                        if (c === 0x0a || c === 0x0d)
                            this.inString = false;
                        continue;
                    }
                    // Skip to the next quote, backslash or line break.
                    i = nextSpecial(text, i);
                    if (i < 0)
                        return false;
                    if (text.charCodeAt(i) !== 0x5c)
                        this.inString = false;
                    else if (i + 1 === n)
                        this.escape = Escape.Start;
                    else if (text.charCodeAt(i + 1) !== 0x0a && text.charCodeAt(i + 1) !== 0x0d)
                        i++;
                    continue;
                }
                if (this.keyChar(c))
                    return true;
                continue;
            }
            switch (c) {
                case 0x22: // "
                    this.inString = true;
                    this.isKey = this.depth === 1 && this.topIsObject && !this.afterColon;
                    if (this.depth === 1)
                        this.afterColon = false;
                    this.escape = Escape.None;
                    if (this.isKey) {
                        this.key = '';
                        this.keyDone = false;
                        this.keyBad = false;
                        this.overflow = false;
                    }
                    break;
                case 0x7b: // {
                case 0x5b: // [
                    if (this.depth === 0)
                        this.topIsObject = c === 0x7b;
                    this.afterColon = false;
                    this.depth++;
                    break;
                case 0x7d: // }
                case 0x5d: // ]
                    if (this.depth > 0)
                        this.depth--;
                    break;
                case 0x3a: // :
                    if (this.depth === 1)
                        this.afterColon = true;
                    break;
                default:
                    // A number or a literal after a colon: the value (tolerant: a missing comma does not hide the next key).
                    if (c > 0x20 && this.depth === 1)
                        this.afterColon = false;
                    break;
            }
        }
        return false;
    }
    /** One character of a top-level key; true when the key just ended as a manifest key. */
    keyChar(c) {
        if (this.escape === Escape.Start) {
            this.escape = Escape.None;
            switch (c) {
                case 0x22:
                case 0x5c:
                case 0x2f:
                    this.add(c);
                    return false;
                case 0x62: // \b \f: neither is a separator
                case 0x66:
                    this.add(c === 0x62 ? 0x08 : 0x0c);
                    return false;
                case 0x6e: // \n \r \t: white space, dropped
                case 0x72:
                case 0x74:
                    return false;
                case 0x75:
                    this.escape = Escape.Hex1;
                    this.hex = 0;
                    return false;
                case 0x0a:
                case 0x0d:
                    this.inString = false;
                    return false;
                default:
                    this.keyBad = true; // a bad escape: JSON.parse refuses it, so no key
                    return false;
            }
        }
        if (this.escape >= Escape.Hex1) {
            const digit = hexValue(c);
            if (digit < 0) {
                this.keyBad = true;
                this.escape = Escape.None;
                // This character is read again as a plain one.
                return this.keyChar(c);
            }
            this.hex = this.hex * 16 + digit;
            if (this.escape === Escape.Hex4) {
                this.escape = Escape.None;
                this.add(this.hex);
            }
            else
                this.escape++;
            return false;
        }
        switch (c) {
            case 0x22:
                this.inString = false;
                return (this.found = !this.keyBad && !this.overflow && isManifestKey(this.key));
            case 0x5c:
                this.escape = Escape.Start;
                return false;
            case 0x0a:
            case 0x0d:
                this.inString = false; // an unclosed literal: not a key
                return false;
            default:
                this.add(c);
                return false;
        }
    }
    add(c) {
        if (this.keyDone)
            return;
        if (c === 0x23) {
            this.keyDone = true; // `client_name#fr`: the tag is not part of the key
            return;
        }
        if (isSeparator(c))
            return;
        if (this.key.length >= KEY_LIMIT) {
            this.overflow = true;
            this.keyDone = true;
            return;
        }
        this.key += String.fromCharCode(c);
    }
}
function nextSpecial(text, from) {
    SPECIAL.lastIndex = from;
    return SPECIAL.exec(text)?.index ?? -1;
}
const SPECIAL = /["\\\n\r]/g;
function hexValue(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    if (c >= 0x41 && c <= 0x46)
        return c - 0x37;
    if (c >= 0x61 && c <= 0x66)
        return c - 0x57;
    return -1;
}
const WHITE_SPACE = /\s/;
/** recognize-manifest.ts's separators: `_`, `-`, `.` and white space (a UTF-16 code unit). */
function isSeparator(c) {
    if (c === 0x5f || c === 0x2d || c === 0x2e || c === 0x20 || (c >= 0x09 && c <= 0x0d))
        return true;
    return c >= 0x80 && WHITE_SPACE.test(String.fromCharCode(c));
}
/** A decoder of chunks in the file's encoding (UTF-16/32 when its start says so, else UTF-8). */
function chunkDecoder(wide) {
    if (wide === undefined || wide.encoding === 'UTF-16LE' || wide.encoding === 'UTF-16BE') {
        const decoder = new TextDecoder(wide === undefined ? 'utf-8' : wide.encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be');
        return (bytes, last) => decoder.decode(bytes, { stream: !last });
    }
    const le = wide.encoding === 'UTF-32LE';
    let carry = new Uint8Array(0);
    return (chunk) => {
        const bytes = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
        const whole = bytes.length - (bytes.length % 4);
        let out = '';
        for (let i = 0; i < whole; i += 4) {
            const cp = le
                ? (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) >>> 0
                : ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
            out += cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(cp);
        }
        carry = bytes.slice(whole);
        return out;
    };
}
let chunkBuffer;
/**
 * Whether the file at `absolutePath` (a regular file: opened with `flags`, O_NOFOLLOW for a path
 * that is not a resolved one) has a top-level manifest key, read to its end or to the first such
 * key. False when it cannot be read.
 */
function hasTopLevelManifestKey(absolutePath, flags) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(absolutePath, flags);
    }
    catch {
        return false;
    }
    try {
        const buffer = (chunkBuffer ??= Buffer.allocUnsafeSlow(CHUNK));
        const scan = new TopLevelKeyScan();
        let decode;
        for (;;) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, CHUNK, null);
            const bytes = buffer.subarray(0, n);
            // The encoding is told by the first bytes (a BOM, or the NUL bytes of UTF-16/32 text).
            decode ??= chunkDecoder((0,unicode_encoding/* wideEncodingOf */.EQ)(bytes));
            if (scan.push(decode(bytes, n === 0)))
                return true;
            if (n === 0)
                return false;
        }
    }
    catch {
        return false;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/text/describe.ts
var describe = __nccwpck_require__(2586);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/discovery/exclude.ts
// `exclude` (the input, --exclude and the config file's) with .gitignore semantics, by the `ignore`
// package (the matcher Prettier and ESLint use): `widgets/` is a folder at any depth, `*.tmp.json` a
// name at any depth, `/apps` or `apps/legacy` anchored at the repository root, `**` any folders,
// `!pattern` includes again (not inside an excluded folder, as git). Letter case counts, as in git
// on Linux. Each pattern that excludes no file is reported, so a typo does not pass silently.


/** Patterns an exclude may hold: each is a regular expression tested against every path. */
const MAX_EXCLUDE_PATTERNS = 1000;
const MAX_EXCLUDE_PATTERN_LENGTH = 1000;
/** Paths tested again, at most, to be sure that a pattern that decided no path matches none (a bound for the whole run). */
const MAX_RECHECKS = 1_000_000;
/** At most this many `**` segments in an exclude pattern. */
const MAX_EXCLUDE_GLOBSTARS = 1;
/** At most this many `**` segments in a config file's files and overrides globs (picomatch). */
const MAX_GLOB_GLOBSTARS = 2;
/** How many path segments of `pattern` are `**`. */
function globstars(pattern) {
    let n = 0;
    for (const segment of pattern.split('/'))
        if (segment === '**')
            n++;
    return n;
}
/** Checks and normalizes one pattern (a UsageError naming the input for one that leaves the workspace). */
function normalize(raw, inputName) {
    let p = raw.trim();
    if (p === '' || p.startsWith('#'))
        return undefined;
    const negated = p.startsWith('!');
    const body = negated ? p.slice(1) : p;
    if (/^[A-Za-z]:[\\/]/.test(body) || body.split('/').includes('..')) {
        throw new discovery_UsageError(`${inputName}: "${raw.trim()}" points outside the workspace; patterns are relative to the repository root, as in .gitignore (e.g. "widgets/", "apps/legacy/**")`);
    }
    if (p.length > MAX_EXCLUDE_PATTERN_LENGTH)
        throw new discovery_UsageError(`${inputName}: a pattern of ${p.length} characters is too long (at most ${MAX_EXCLUDE_PATTERN_LENGTH})`);
    // The matcher's regular expression backtracks on each further "**" (two of them against a path 2,000
    // folders deep: 10 s for one path); one keeps every test linear in the path's length.
    if (globstars(body) > MAX_EXCLUDE_GLOBSTARS) {
        throw new discovery_UsageError(`${inputName}: "${raw.trim().slice(0, 80)}" has ${globstars(body)} "**" segments; a pattern may have at most ${MAX_EXCLUDE_GLOBSTARS} (a pattern without "/" already matches at any depth: "widgets/")`);
    }
    // "./apps": the repository's apps (a leading slash anchors, as in .gitignore).
    if (body.startsWith('./'))
        p = `${negated ? '!' : ''}/${body.replace(/^(\.\/)+/, '')}`;
    return p;
}
const nothing = { excludes: () => false, unmatched: () => [] };
function createExcluder(patterns, inputName = 'exclude') {
    if (patterns.length > MAX_EXCLUDE_PATTERNS)
        throw new discovery_UsageError(`${inputName}: ${patterns.length} patterns are too many (at most ${MAX_EXCLUDE_PATTERNS})`);
    const rules = [];
    for (const given of patterns) {
        const pattern = normalize(given, inputName);
        if (pattern !== undefined)
            rules.push({ given: given.trim(), pattern });
    }
    if (rules.length === 0)
        return nothing;
    const matcher = ignore_default()({ ignorecase: false }).add(rules.map((r) => r.pattern));
    /** The patterns that decided at least one path. */
    const used = new Set();
    /**
     * The paths some pattern decided (excluded, or included again), kept while some pattern has decided
     * none: a pattern that matches only paths a later one decides is found among them at the end.
     */
    let decided = [];
    const excludes = (path) => {
        // A path above the workspace (a PATH argument's `..`) is never excluded (ignore refuses it).
        if (path.startsWith('../') || path === '..')
            return false;
        const result = matcher.test(path);
        if (result.rule !== undefined) {
            used.add(result.rule.pattern);
            if (decided !== undefined) {
                if (used.size === rules.length)
                    decided = undefined;
                else
                    decided.push(path);
            }
        }
        return result.ignored;
    };
    const unmatched = () => {
        const candidates = rules.filter((r) => !used.has(r.pattern));
        const out = [];
        let budget = MAX_RECHECKS;
        for (const r of candidates) {
            const paths = decided ?? [];
            // Past the budget, no warning rather than a wrong one.
            if ((budget -= paths.length) < 0)
                break;
            const alone = ignore_default()({ ignorecase: false }).add(r.pattern.startsWith('!') ? r.pattern.slice(1) : r.pattern);
            if (!paths.some((p) => alone.ignores(p)))
                out.push(r.given);
        }
        return out;
    };
    return { excludes, unmatched };
}
/** The warning the shells give for each of Discovery.unmatchedExcludes. */
function unmatchedExcludeWarning(pattern) {
    return `exclude pattern ${JSON.stringify(pattern)} matches no file that would be checked (patterns follow .gitignore: "widgets/" is a folder at any depth, "apps/legacy/**" is relative to the repository root)`;
}

;// CONCATENATED MODULE: ./src/discovery/discovery.ts
// Finds the manifests to check. Candidates come from git (one `git ls-files`: tracked, plus
// untracked files that are not ignored) or, outside a git repository, from a walk that skips
// node_modules/ and .git/; file names are bytes (a name that is not UTF-8 is shown quoted as git
// quotes it, and opened by its bytes). With `files` globs every matching file is a manifest; without, a file whose
// name ends in .json (any case) is one when recognize-manifest.ts says so.












class discovery_UsageError extends Error {
    name = 'UsageError';
}
function toPosix(path) {
    return external_node_path_.sep === '/' ? path : path.split(external_node_path_.sep).join('/');
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
/** Bytes `git ls-files` may print (some two million paths): beyond, git's listing fails and the walk is used. */
const GIT_OUTPUT_LIMIT = 256 * 1024 * 1024;
/** Runs git; its output as bytes (file names need not be UTF-8); a failure is an Error with the first line git printed to stderr. */
function git(args, cwd) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', args, { cwd, maxBuffer: GIT_OUTPUT_LIMIT, encoding: 'buffer' }, (error, stdout, stderr) => {
            if (error)
                reject(new Error(stderr
                    .toString('utf8')
                    .split('\n')
                    .find((line) => line.trim() !== '')
                    ?.trim() ?? error.message));
            else
                resolve(stdout);
        });
    });
}
/** Whether `dir` or a parent has a `.git` (directory or file): a git work tree, whatever git says. */
function looksLikeGitWorkTree(dir) {
    for (let d = (0,external_node_path_.resolve)(dir);; d = (0,external_node_path_.dirname)(d)) {
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_.join)(d, '.git')))
            return true;
        if ((0,external_node_path_.dirname)(d) === d)
            return false;
    }
}
/**
 * A file name from bytes: as is when valid UTF-8, else quoted as git quotes it (`"caf\351.json"`)
 * and kept as bytes to open. A UTF-8 name that starts with `"` is quoted too, so that no name is
 * shown as another's quoted form: paths stay one-to-one with names.
 */
function fromBytes(bytes, valid) {
    return valid && bytes[0] !== QUOTE ? { path: bytes.toString('utf8') } : { path: (0,unicode_encoding/* quoteName */.AB)(bytes), fsPath: bytes };
}
const QUOTE = 0x22;
/** `file` below `prefix` (a directory, POSIX, ending in '/'; or ''). */
function prefixed(prefix, file) {
    if (prefix === '')
        return file;
    return file.fsPath === undefined ? { path: prefix + file.path } : fromBytes(Buffer.concat([Buffer.from(prefix), file.fsPath]), false);
}
/**
 * git's candidates: one `git ls-files` for tracked files and untracked ones that are not ignored,
 * NUL-separated bytes (no quoting), split as bytes. A path git prints once per merge stage, in a row,
 * is kept once (tracked and untracked files are distinct).
 */
async function gitFiles(root, prefix, wanted) {
    const out = await git(['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], root);
    // One validity check for the whole listing; per name only when some name is not UTF-8.
    const allValid = (0,external_node_buffer_namespaceObject.isUtf8)(out);
    const files = [];
    let previous;
    for (let start = 0; start < out.length;) {
        let end = out.indexOf(0, start);
        if (end < 0)
            end = out.length;
        const bytes = out.subarray(start, end);
        start = end + 1;
        if (bytes.length === 0 || (previous !== undefined && bytes.equals(previous)))
            continue;
        previous = bytes;
        const file = prefixed(prefix, fromBytes(bytes, allValid || (0,external_node_buffer_namespaceObject.isUtf8)(bytes)));
        if (wanted((0,unicode_encoding/* unquotedForm */.es)(file.path)))
            files.push(file);
    }
    return files;
}
/** Outside git: every file but node_modules/ and .git/, names read as bytes; sorted by path. */
async function walkFiles(root, prefix, wanted) {
    const files = [];
    const absoluteOf = pathJoiner(root);
    const stack = [{ path: '' }];
    while (stack.length > 0) {
        const dir = stack.pop();
        let entries;
        try {
            entries = await (0,promises_.readdir)(absoluteOf(dir), { withFileTypes: true, encoding: 'buffer' });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!e.name.equals(NODE_MODULES) && !e.name.equals(DOT_GIT))
                    stack.push(inDirectory(dir, e.name));
            }
            else if (e.isFile() || e.isSymbolicLink()) {
                const file = prefixed(prefix, inDirectory(dir, e.name));
                if (wanted((0,unicode_encoding/* unquotedForm */.es)(file.path)))
                    files.push(file);
            }
        }
    }
    return files.sort(byPath);
}
/** The entry `name` of directory `dir` (both relative to the walk's root). */
function inDirectory(dir, name) {
    if (dir.fsPath === undefined && (0,external_node_buffer_namespaceObject.isUtf8)(name) && !(dir.path === '' && name[0] === QUOTE)) {
        const n = name.toString('utf8');
        return { path: dir.path === '' ? n : `${dir.path}/${n}` };
    }
    const bytes = dir.path === '' ? name : Buffer.concat([dir.fsPath ?? Buffer.from(dir.path), SLASH, name]);
    return fromBytes(bytes, (0,external_node_buffer_namespaceObject.isUtf8)(bytes));
}
const SLASH = Buffer.from('/');
const NODE_MODULES = Buffer.from('node_modules');
const DOT_GIT = Buffer.from('.git');
function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function inNodeModules(path) {
    return path === 'node_modules' || path.startsWith('node_modules/') || path.includes('/node_modules/');
}
/** `.json` in any letter case. */
const JSON_FILE = /\.json$/i;
const isJsonFile = (path) => JSON_FILE.test(path);
const discovery_NOT_A_MANIFEST = { manifest: false };
/** Not a manifest by its name: a Git LFS pointer, for the notice. */
const AN_LFS_POINTER = { manifest: false, lfsPointer: true };
const A_MANIFEST = { manifest: true };
/**
 * The texts to judge a file by when the engine cannot read it as UTF-8: UTF-16/32 decoded when its
 * bytes say so (so such a manifest is found and the engine reports its encoding instead of discovery
 * skipping it), and always the bytes as UTF-8 (U+FFFD for bad bytes); NUL characters dropped from
 * both, so that neither a stray NUL byte nor the NUL bytes of wide text hide a key.
 */
function textsToJudge(bytes) {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const texts = [withoutNul(bytes.toString('utf8', bom ? 3 : 0))];
    const wide = (0,unicode_encoding/* wideEncodingOf */.EQ)(bytes);
    if (wide !== undefined)
        texts.unshift(withoutNul((0,unicode_encoding/* decodeWide */.OK)(bytes, wide)));
    return texts;
}
function withoutNul(text) {
    return text.includes('\0') ? text.replaceAll('\0', '') : text;
}
/**
 * The content check on a file's bytes (at most the size limit). A manifest's text and parsed value
 * go to the engine: no second read, no second parse.
 */
function verdictOf(bytes, path, maxBytes) {
    const decoded = decodeManifestBytes(bytes, maxBytes);
    if (!decoded.ok) {
        if (textsToJudge(bytes).some((text) => recognizeManifest(text, path).manifest))
            return A_MANIFEST;
        return isLfsPointer(bytes) ? AN_LFS_POINTER : discovery_NOT_A_MANIFEST;
    }
    const { manifest, value } = recognizeManifest(decoded.text, path);
    if (!manifest)
        return discovery_NOT_A_MANIFEST;
    return value === undefined ? { manifest, text: decoded.text } : { manifest, text: decoded.text, value };
}
/**
 * A file over the size limit is not parsed: it is a manifest when its first part (the limit), judged
 * as a text that does not parse, or its name says so, or else when a streaming pass over the whole
 * file finds a manifest key in its top-level object (recognize-large-file.ts). The engine then
 * reports it as too large instead of skipping it silently.
 */
function tooLargeVerdict(start, path, maxBytes, file, flags) {
    if (textsToJudge(start.subarray(0, maxBytes)).some((text) => isBrokenManifestText(text, path)))
        return A_MANIFEST;
    return hasTopLevelManifestKey(file, flags) ? A_MANIFEST : discovery_NOT_A_MANIFEST;
}
/**
 * The content check without following symbolic links, in a few synchronous system calls.
 * Undefined for a symbolic link or anything unusual: the careful path decides.
 */
function sniff(absolutePath, path, maxBytes, workspaceRoot) {
    let file = absolutePath;
    let read = readWithoutFollowing(file, maxBytes);
    let link = false;
    if (read.kind === 'careful') {
        // A symbolic link whose target is inside the workspace: resolved in one call, read the same way
        // (and its text handed to the engine, like a file's). Anything else: the careful path.
        const target = linkTargetInside(absolutePath, workspaceRoot);
        if (target === undefined)
            return undefined;
        file = target;
        link = true;
        read = readWithoutFollowing(file, maxBytes);
        if (read.kind === 'careful')
            return undefined;
    }
    if (read.kind === 'too-large')
        return tooLargeVerdict(read.start, path, maxBytes, file, NO_FOLLOW_FLAGS);
    // A link named *.json to a directory (or anything but a file) is kept, for the engine to report.
    if (read.kind !== 'bytes')
        return link ? A_MANIFEST : discovery_NOT_A_MANIFEST;
    return verdictOf(read.bytes, path, maxBytes);
}
/** The content check of a symbolic link (or anything sniff leaves alone), with fs/promises. */
async function lookCarefully(absolutePath, path, maxBytes, workspaceRoot) {
    try {
        const link = await (0,promises_.lstat)(absolutePath);
        /** What is read: the link's real target (inside the workspace), or the file itself. */
        let file = absolutePath;
        if (link.isSymbolicLink()) {
            // Never read through a link that leaves the workspace (or loops): keep it as a manifest so
            // the engine reports it as unreadable-file instead of silently skipping it.
            const target = await realPathBytes(absolutePath).catch(() => null);
            if (target === null || !isInside(target, await realPathBytes(workspaceRoot)))
                return A_MANIFEST;
            file = target;
        }
        const info = await (0,promises_.stat)(absolutePath);
        // A link named *.json to a directory (or anything but a file) is kept, for the engine to report
        // as unreadable-file, never skipped.
        if (!info.isFile())
            return link.isSymbolicLink() ? A_MANIFEST : discovery_NOT_A_MANIFEST;
        if (info.size > maxBytes)
            return tooLargeVerdict(await readStart(file, maxBytes + 1), path, maxBytes, file, NO_FOLLOW_FLAGS ?? external_node_fs_namespaceObject.constants.O_RDONLY);
        // The engine reads a link again, carefully: no text handed over.
        const verdict = verdictOf(await (0,promises_.readFile)(absolutePath), path, maxBytes);
        return verdict.manifest ? A_MANIFEST : verdict.lfsPointer ? AN_LFS_POINTER : discovery_NOT_A_MANIFEST;
    }
    catch {
        return discovery_NOT_A_MANIFEST;
    }
}
/** The first `length` bytes of a file (fewer if it is shorter). */
async function readStart(absolutePath, length) {
    const file = await (0,promises_.open)(absolutePath, 'r');
    try {
        const start = Buffer.alloc(length);
        const { bytesRead } = await file.read(start, 0, length, 0);
        return start.subarray(0, bytesRead);
    }
    finally {
        await file.close();
    }
}
async function discoverManifests(options) {
    const root = options.workspaceRoot;
    const include = normalizeGlobs(options.files ?? [], 'files');
    // exclude: .gitignore semantics (src/discovery/exclude.ts).
    const excluder = createExcluder(options.exclude ?? []);
    const isExcluded = (path) => excluder.excludes(path);
    // picomatch is loaded only when there are globs (most runs have none).
    const picomatch = include.length > 0 ? (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4006, 23))).default : undefined;
    const explicit = include.length > 0;
    // Globs match the path without the quotes of a quoted one (a name that is not UTF-8 shows git's `\351` escapes).
    const isIncluded = explicit ? picomatch(include, { dot: true }) : isJsonFile;
    const wanted = (path) => isIncluded(path) && !isExcluded(path) && !inNodeModules(path);
    const searchRoot = options.under ? (0,external_node_path_.join)(root, options.under) : root;
    const prefix = options.under ? `${options.under.replace(/\/+$/, '')}/` : '';
    let source = 'git';
    /** Why git could not list the files, when it failed. */
    let gitFailure;
    let candidates;
    try {
        candidates = await gitFiles(searchRoot, prefix, wanted);
    }
    catch (error) {
        gitFailure = error.message;
        source = 'walk';
        candidates = await walkFiles(searchRoot, prefix, wanted);
    }
    const absoluteOf = pathJoiner(root);
    const unmatchedExcludes = excluder.unmatched();
    const problem = { ...gitProblem(source, gitFailure, searchRoot), ...(unmatchedExcludes.length > 0 ? { unmatchedExcludes } : {}) };
    if (explicit) {
        const existing = [];
        for (const file of candidates.sort(byPath)) {
            try {
                // Deleted in the work tree but still in the index: nothing to check. (lstat: a broken
                // symbolic link is there, and reported.)
                if ((0,external_node_fs_namespaceObject.lstatSync)(absoluteOf(file), { throwIfNoEntry: false }) !== undefined)
                    existing.push(file);
            }
            catch {
                existing.push(file);
            }
        }
        return { manifests: existing, explicit: true, source, ...problem, ...noticesOf(root, source, []) };
    }
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const manifests = [];
    /** Candidates that are Git LFS pointers, not named like manifests. */
    const lfsPointers = [];
    const onManifest = options.onManifest;
    for (const file of candidates) {
        const absolute = absoluteOf(file);
        // (Recognition by name sees a quoted path without its quotes: `"caf\351-manifest.json"` ends in .json.)
        const name = (0,unicode_encoding/* unquotedForm */.es)(file.path);
        const verdict = sniff(absolute, name, maxBytes, root) ?? (await lookCarefully(absolute, name, maxBytes, root));
        if (!verdict.manifest) {
            if (verdict.lfsPointer === true)
                lfsPointers.push(file.path);
            continue;
        }
        const text = verdict.text === undefined ? {} : { text: verdict.text };
        if (onManifest === undefined) {
            // Every manifest in one list: texts kept (not read again), parsed values not (the memory of them
            // all costs more than parsing again; measured with scripts/bench.mjs).
            manifests.push({ ...file, ...text });
            continue;
        }
        manifests.push(file);
        const wait = onManifest(verdict.value === undefined ? { ...file, ...text } : { ...file, ...text, value: verdict.value });
        if (wait)
            await wait;
    }
    manifests.sort(byPath);
    return { manifests, explicit: false, source, ...problem, ...noticesOf(root, source, lfsPointers) };
}
/** Paths a notice names at most (then: "and N more"). */
const NAMED_IN_NOTICE = 5;
function named(paths) {
    const shown = paths.slice(0, NAMED_IN_NOTICE).map(describe/* displayPath */.Gt).join(', ');
    return paths.length > NAMED_IN_NOTICE ? `${shown} and ${(paths.length - NAMED_IN_NOTICE).toLocaleString('en')} more` : shown;
}
/** The notices of a discovery: git submodules (when `.gitmodules` exists) and Git LFS pointers. */
function noticesOf(root, source, lfsPointers) {
    const notices = [];
    const submodules = submodulePaths(root);
    if (submodules !== undefined) {
        const which = submodules.length > 0 ? ` (${named(submodules)})` : '';
        notices.push(source === 'git'
            ? `this repository has git submodules${which}: git lists a submodule as one entry, not its files, so manifests inside submodules were not checked; check them in each submodule's own repository`
            : `this repository has git submodules${which}: a submodule that is not checked out (actions/checkout with submodules: true) has no files here, so its manifests were not checked`);
    }
    if (lfsPointers.length > 0) {
        const one = lfsPointers.length === 1;
        const files = one ? '1 .json file is a Git LFS pointer' : `${lfsPointers.length.toLocaleString('en')} .json files are Git LFS pointers`;
        notices.push(`${files} (${named(lfsPointers)}), not ${one ? "the file's" : "the files'"} content: the checkout did not fetch Git LFS content, so ${one ? 'it was' : 'they were'} not checked; check out with lfs: true (actions/checkout) or run git lfs pull`);
    }
    return notices.length > 0 ? { notices } : {};
}
/** Bytes of `.gitmodules` read, at most. */
const GITMODULES_LIMIT = 64 * 1024;
/**
 * The paths `.gitmodules` (at the workspace's root) names, in its order, each once; undefined when
 * there is no such regular file. Read without following a symbolic link, at most 64 KiB.
 */
function submodulePaths(root) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)((0,external_node_path_.join)(root, '.gitmodules'), NO_FOLLOW_FLAGS ?? external_node_fs_namespaceObject.constants.O_RDONLY);
    }
    catch {
        return undefined;
    }
    try {
        if (!(0,external_node_fs_namespaceObject.fstatSync)(fd).isFile())
            return undefined;
        const buffer = Buffer.alloc(GITMODULES_LIMIT);
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, GITMODULES_LIMIT, 0);
        const paths = new Set();
        for (const line of buffer.toString('utf8', 0, n).split('\n')) {
            const path = /^\s*path\s*=\s*(.*?)\s*$/.exec(line)?.[1];
            if (path)
                paths.add(path.replace(/^"(.*)"$/, '$1'));
        }
        return [...paths];
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * One file (a workspace-relative path) judged as auto-discovery judges a candidate: its name ends in
 * .json (any case), it is not under node_modules/, and its content is a manifest's (recognize-manifest.ts;
 * a symbolic link that leaves the workspace is kept, to be reported). For the command line's
 * --only-manifests: pre-commit passes every staged file its filter matched, package.json among them.
 * The manifest, with the text read when there is one, or undefined.
 */
async function recognizeFile(workspaceRoot, path, maxFileBytes = DEFAULT_MAX_FILE_BYTES) {
    if (!isJsonFile(path) || inNodeModules(path))
        return undefined;
    const absolute = (0,external_node_path_.join)(workspaceRoot, path);
    const verdict = sniff(absolute, path, maxFileBytes, workspaceRoot) ?? (await lookCarefully(absolute, path, maxFileBytes, workspaceRoot));
    if (!verdict.manifest)
        return undefined;
    return verdict.text === undefined ? { path } : { path, text: verdict.text };
}
/** The warning the shells give for a Discovery's gitProblem. */
function gitProblemWarning(problem) {
    return `git could not list the files of this repository (${problem}); every file but node_modules/ and .git/ was searched instead, including files .gitignore excludes`;
}
/** The gitProblem of a discovery that walked the files of a git work tree because git failed. */
function gitProblem(source, failure, searchRoot) {
    return source === 'walk' && failure !== undefined && looksLikeGitWorkTree(searchRoot) ? { gitProblem: failure } : {};
}

// EXTERNAL MODULE: ./src/engine/findings.ts
var engine_findings = __nccwpck_require__(8166);
// EXTERNAL MODULE: ./src/engine/finding-budget.ts
var finding_budget = __nccwpck_require__(7405);
;// CONCATENATED MODULE: ./src/json/edit-ops.ts
// Turns a rule's edit operations (by JSON pointer: rename this key, remove that item) into exact
// character edits, from the positions of the parsed tokens. Every edit keeps the JSON valid and the
// rest of the text byte for byte: a removed member or item takes exactly one adjacent comma and the
// white space between it and its neighbour, so the indentation, line endings (LF or CRLF) and key
// order of everything else stay as they were.

/** A JSON pointer segment that names an array index. */
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;
/**
 * The edits of `ops`, in text order, or undefined when one cannot be made (the pointer is not in
 * the text, or two of them overlap): no fix is better than a wrong one. `tree` gives the location
 * tree of the text (asked only when an operation needs it: `delete` does not; undefined for text
 * that does not parse).
 */
function resolveOps(text, ops, tree) {
    const edits = [];
    for (const op of ops) {
        let edit;
        if (op.op === 'delete')
            edit = deletion(text, op.span);
        else {
            const root = tree();
            if (root !== undefined)
                edit = resolveInTree(text, root, op);
        }
        if (edit === undefined)
            return undefined;
        edits.push(edit);
    }
    edits.sort((a, b) => a.start - b.start);
    for (let i = 1; i < edits.length; i++)
        if (edits[i].start < edits[i - 1].end)
            return undefined;
    return edits;
}
function deletion(text, span) {
    return span.start >= 0 && span.start <= span.end && span.end <= text.length ? { start: span.start, end: span.end, text: '' } : undefined;
}
/** The index of the member whose key starts at `offset` (members are in text order), or -1. */
function memberAt(members, offset) {
    let lo = 0;
    let hi = members.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const start = members[mid].name.start;
        if (start === offset)
            return mid;
        if (start < offset)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}
/**
 * The member of an object: the last of a repeated key (JSON.parse keeps it), or the one whose key
 * starts at `keyOffset`. In time logarithmic in the object's size (a file may have a fix for each
 * of many thousand members).
 */
function memberIndex(node, key, keyOffset) {
    if (keyOffset === undefined) {
        if (node.byKey === undefined) {
            node.byKey = new Map();
            for (const m of node.members)
                node.byKey.set(m.key, m);
        }
        const member = node.byKey.get(key);
        if (member === undefined)
            return -1;
        keyOffset = member.name.start;
    }
    const index = memberAt(node.members, keyOffset);
    return index >= 0 && node.members[index].key === key ? index : -1;
}
function placeOf(root, pointer, keyOffset) {
    const segments = (0,engine_findings/* pointerSegments */.cP)(pointer);
    if (segments.length === 0)
        return undefined; // the document itself is never removed or renamed
    let node = root;
    for (let s = 0; s < segments.length; s++) {
        const segment = segments[s];
        const last = s === segments.length - 1;
        let index = -1;
        if (node.type === 'Object')
            index = memberIndex(node, segment, last ? keyOffset : undefined);
        else if (node.type === 'Array' && ARRAY_INDEX.test(segment) && Number(segment) < node.elements.length)
            index = Number(segment);
        if (index < 0)
            return undefined;
        const value = node.type === 'Object' ? node.members[index].value : node.elements[index];
        if (last)
            return { value, container: node, index };
        node = value;
    }
    return undefined;
}
/** The extent of a container's member (key to end of value) or item `k`. */
function extent(container, k) {
    if (container.type === 'Object') {
        const m = container.members[k];
        return { start: m.name.start, end: m.value.end };
    }
    return container.elements[k];
}
/**
 * Removing item `k`: an only item takes everything between the brackets (`{}` remains); any other
 * item but the last takes the comma after it and the white space up to the next item (whose
 * indentation becomes the removed item's); the last takes the comma before it, from the end of the
 * previous item. Strict JSON has only white space and that one comma between two items.
 */
function removal(container, k) {
    const count = container.type === 'Object' ? container.members.length : container.elements.length;
    if (count === 1)
        return { start: container.start + 1, end: container.end - 1, text: '' };
    if (k < count - 1)
        return { start: extent(container, k).start, end: extent(container, k + 1).start, text: '' };
    return { start: extent(container, k - 1).end, end: extent(container, k).end, text: '' };
}
function resolveInTree(text, root, op) {
    const place = placeOf(root, op.pointer, op.op === 'remove-member' ? op.keyOffset : undefined);
    if (place === undefined)
        return undefined;
    const { value, container, index } = place;
    switch (op.op) {
        case 'rename-key': {
            if (container.type !== 'Object')
                return undefined;
            const name = container.members[index].name;
            return { start: name.start, end: name.end, text: JSON.stringify(op.to) };
        }
        case 'replace-value':
            return { start: value.start, end: value.end, text: op.json };
        case 'wrap-in-array':
            return { start: value.start, end: value.end, text: `[${text.slice(value.start, value.end)}]` };
        case 'remove-member':
            return container.type === 'Object' ? removal(container, index) : undefined;
        case 'remove-item':
            return container.type === 'Array' ? removal(container, index) : undefined;
    }
}

;// CONCATENATED MODULE: ./src/json/parse-json.ts
/** The invalid-json finding for what JSON.parse threw on `text`. */
function syntaxErrorFinding(text, error) {
    const v8Message = error instanceof Error ? error.message : String(error);
    if (/at position (\d+)/.test(v8Message) || /end of JSON input/.test(v8Message) || text.trim() === '')
        return describeSyntaxError(text, v8Message);
    // A bad token (NaN, a stray word) or valid tokens in a wrong order: V8 gives no position.
    return describeSyntaxError(text, v8Message, firstSyntaxError(text));
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
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
/** A character that continues a word or number token: a letter, a digit, "_", "$" or ".". */
function isWordPart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46;
}
/**
 * The offset of the first token of `text` that is not JSON (NaN, a word, a comment, a single
 * quote) or that JSON's grammar does not allow where it stands (a comma before `]`, a missing
 * value), or text.length when the text ends too soon. For text JSON.parse refused without a
 * position. One pass over the characters, nothing allocated per token (a tokenizer's list of a
 * million tokens took 300 MB), and no recursion (safe on deep nesting).
 */
function firstSyntaxError(text) {
    /** The open containers: true for an object, false for an array. */
    const open = [];
    let expect = 'value';
    const afterValue = () => (open.length > 0 ? ',-or-close' : 'end');
    const n = text.length;
    let i = 0;
    for (;;) {
        let c = text.charCodeAt(i);
        while (c === 32 || c === 9 || c === 10 || c === 13)
            c = text.charCodeAt(++i);
        if (i >= n)
            return n;
        const start = i;
        // The token at i: a scalar (a value), or one punctuation character.
        let scalar = true;
        if (c === 34) {
            const close = closingQuote(text, i);
            if (close === -1)
                return i;
            i = close + 1;
        }
        else if (c === 45 || (c >= 48 && c <= 57)) {
            NUMBER.lastIndex = i;
            if (!NUMBER.test(text))
                return i;
            i = NUMBER.lastIndex;
            if (isWordPart(text.charCodeAt(i)))
                return start; // "01", "1x": one malformed token
        }
        else if (c === 123 || c === 125 || c === 91 || c === 93 || c === 58 || c === 44) {
            scalar = false;
            i++;
        }
        else {
            while (isWordPart(text.charCodeAt(i)))
                i++;
            const word = text.slice(start, i);
            if (word !== 'true' && word !== 'false' && word !== 'null')
                return start; // not a JSON token: NaN, a word, a quote, a comment
        }
        switch (expect) {
            case 'value':
            case 'value-or-]':
                if (c === 93 && expect === 'value-or-]') {
                    open.pop();
                    expect = afterValue();
                }
                else if (c === 123) {
                    open.push(true);
                    expect = 'key-or-}';
                }
                else if (c === 91) {
                    open.push(false);
                    expect = 'value-or-]';
                }
                else if (scalar)
                    expect = afterValue();
                else
                    return start;
                break;
            case 'key':
            case 'key-or-}':
                if (c === 125 && expect === 'key-or-}') {
                    open.pop();
                    expect = afterValue();
                }
                else if (c === 34)
                    expect = ':';
                else
                    return start;
                break;
            case ':':
                if (c !== 58)
                    return start;
                expect = 'value';
                break;
            case ',-or-close': {
                const inObject = open[open.length - 1];
                if (c === 44 && !scalar)
                    expect = inObject ? 'key' : 'value';
                else if (!scalar && ((c === 125 && inObject) || (c === 93 && !inObject))) {
                    open.pop();
                    expect = afterValue();
                }
                else
                    return start;
                break;
            }
            case 'end':
                return start;
        }
    }
}
/** `located`: where firstSyntaxError puts the error, when V8's message has no position. */
function describeSyntaxError(text, v8Message, located = text.length) {
    const match = /at position (\d+)/.exec(v8Message);
    let offset = match ? Number(match[1]) : /end of JSON input/.test(v8Message) ? text.length : located;
    if (offset > text.length)
        offset = text.length;
    let message;
    let end;
    let fix;
    const named = text.trim() === '' ? undefined : namedByV8(text, v8Message, offset);
    if (text.trim() === '') {
        message = 'the file is empty; a manifest is a JSON object';
        offset = 0;
    }
    else if (named !== undefined) {
        ({ message, start: offset, end } = named);
    }
    else if (offset >= text.length) {
        message = 'unexpected end of file: a value, a comma or a closing bracket is missing';
    }
    else {
        const c = String.fromCodePoint(text.codePointAt(offset)); // a whole character, emoji included
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
            fix = { description: 'remove the trailing comma', ops: [{ op: 'delete', span: { start: offset, end: offset + 1 } }] };
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
        else if (rest.startsWith('...') || c === '\u2026') {
            // Docs examples elide members with an ellipsis ("...", "…"): copied as is, it is the first error.
            message = `an ellipsis (${c === '.' ? '"..."' : '"…"'}) stands where part of an example was left out; JSON has no such token: remove it, and write the members it stands for`;
            end = offset + (c === '.' ? 3 : 1);
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
        else if (previousSignificant(text, offset) === ':') {
            message = `a value is missing after ':' (found ${describeChar(c)})`;
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
    end ??= Math.min(text.length, offset + (offset < text.length ? String.fromCodePoint(text.codePointAt(offset)).length : 1));
    // Still one finding, at the first offending character: what the whole file is, then that character's problem.
    if (text.trim() !== '' && looksLikeObjectLiteral(text))
        message = `this looks like a JavaScript object literal, not JSON: ${message}. A manifest is JSON: every property name and string in double quotes, no comments, no trailing commas`;
    return {
        rule: 'invalid-json',
        severity: 'error',
        message: `invalid JSON: ${message}`,
        pointer: '',
        target: 'value',
        span: { start: offset, end: Math.max(end, offset) },
        fix,
    };
}
/** Words that start a JavaScript or TypeScript module around the object (`export default {`, `module.exports = {`). */
const MODULE_WORDS = new Set(['export', 'module', 'const', 'let', 'var']);
/**
 * Whether text JSON.parse refused is written as a JavaScript or TypeScript object literal: outside
 * double-quoted strings and comments it has a single-quoted string, an unquoted property name
 * (`client_name:`), or starts with a module word (`export default {`). Comments alone are not enough
 * (JSON with comments is its own habit, and its own message). One pass, on the error path only.
 */
function looksLikeObjectLiteral(text) {
    const n = text.length;
    let first = true;
    for (let i = 0; i < n;) {
        const c = text.charCodeAt(i);
        if (c === 34) {
            const close = closingQuote(text, i);
            if (close === -1)
                return false;
            i = close + 1;
        }
        else if (c === 39) {
            return true; // a single-quoted string
        }
        else if (c === 47 && text.charCodeAt(i + 1) === 47) {
            const eol = text.indexOf('\n', i);
            i = eol === -1 ? n : eol + 1;
            continue;
        }
        else if (c === 47 && text.charCodeAt(i + 1) === 42) {
            const close = text.indexOf('*/', i + 2);
            i = close === -1 ? n : close + 2;
            continue;
        }
        else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36) {
            const start = i;
            while (i < n && isWordPart(text.charCodeAt(i)) && text.charCodeAt(i) !== 46)
                i++;
            if (first && MODULE_WORDS.has(text.slice(start, i)))
                return true;
            let j = i;
            while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9))
                j++;
            if (text.charCodeAt(j) === 58)
                return true; // an unquoted property name
        }
        else
            i++;
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff)
            first = false;
    }
    return false;
}
/**
 * The errors V8 names precisely (a string or number cut short, a bad escape): its words, placed at
 * the token that starts the mistake (the opening quote, the backslash, the minus sign, the '.' or
 * the exponent) rather than where V8 noticed it. Undefined for the rest (the caller's heuristics).
 */
function namedByV8(text, v8Message, at) {
    if (/^Unterminated string/.test(v8Message)) {
        const open = unclosedQuote(text);
        if (open >= 0)
            return { message: `a string is not closed: the closing '"' is missing`, start: open, end: open + 1 };
    }
    else if (/^Bad Unicode escape/.test(v8Message)) {
        const slash = text.lastIndexOf('\\u', at);
        if (slash >= 0)
            return { message: 'invalid \\u escape in a string: \\u needs four hexadecimal digits', start: slash, end: Math.max(at, slash + 2) };
    }
    else if (/^Bad escaped character/.test(v8Message) && text[at - 1] === '\\' && at < text.length) {
        const c = String.fromCodePoint(text.codePointAt(at));
        const shown = describeChar(c).startsWith('control') ? `'\\' followed by ${describeChar(c)}` : `'\\${c}'`;
        return { message: `invalid escape ${shown} in a string; JSON's escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hexadecimal digits`, start: at - 1, end: at + c.length };
    }
    else if (/^No number after minus sign/.test(v8Message)) {
        const minus = text.lastIndexOf('-', at);
        if (minus >= 0 && !/^-(NaN|Infinity)/.test(text.slice(minus, minus + 9)))
            return { message: "a number is cut short: '-' must be followed by digits", start: minus, end: minus + 1 };
    }
    else if (/^Unterminated fractional number/.test(v8Message)) {
        const dot = text.lastIndexOf('.', at);
        if (dot >= 0)
            return { message: "a number is cut short: '.' must be followed by digits", start: dot, end: dot + 1 };
    }
    else if (/^Exponent part is missing a number/.test(v8Message)) {
        const e = Math.max(text.lastIndexOf('e', at), text.lastIndexOf('E', at));
        if (e >= 0)
            return { message: `a number is cut short: the exponent '${text[e]}' must be followed by digits`, start: e, end: e + 1 };
    }
    return undefined;
}
/** The opening quote of the first string that is never closed, or -1. */
function unclosedQuote(text) {
    for (let open = text.indexOf('"'); open !== -1;) {
        const close = closingQuote(text, open);
        if (close === -1)
            return open;
        open = text.indexOf('"', close + 1);
    }
    return -1;
}
/** The index of the quote that closes the string opened at `open`, or -1 (an odd run of backslashes escapes a quote). */
function closingQuote(text, open) {
    let j = text.indexOf('"', open + 1);
    while (j !== -1) {
        let k = j - 1;
        while (text.charCodeAt(k) === 92)
            k--;
        if (((j - 1 - k) & 1) === 0)
            return j;
        j = text.indexOf('"', j + 1);
    }
    return -1;
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
            const j = closingQuote(text, i);
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
/**
 * Object members in text JSON.parse accepted, counted fast: when the text has no `\"`, every `"`
 * opens or closes a string, and a string is a key exactly when the next non-whitespace character
 * is `:`. Returns -1 for text with `\"` (scanStructure then counts).
 */
function countMembersFast(text) {
    if (text.includes('\\"'))
        return -1;
    let keys = 0;
    let open = text.indexOf('"');
    while (open !== -1) {
        const close = text.indexOf('"', open + 1);
        if (close === -1)
            return -1; // not text JSON.parse accepted
        let i = close + 1;
        let c = text.charCodeAt(i);
        while (c === 32 || c === 10 || c === 13 || c === 9)
            c = text.charCodeAt(++i);
        if (c === 58)
            keys++;
        open = text.indexOf('"', i);
    }
    return keys;
}
/**
 * Own keys of all objects of a parsed value, or -1 when it nests deeper than `depthLimit` (an
 * object or array is one level, as a bracket is in scanStructure). Recursion stops at the limit.
 */
function countKeysWithin(value, depthLimit) {
    if (value === null || typeof value !== 'object')
        return 0;
    return keysWithin(value, 1, depthLimit);
}
/** countKeysWithin of an object or array at `depth`. */
function keysWithin(v, depth, depthLimit) {
    if (depth > depthLimit)
        return -1;
    let keys = 0;
    if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
            const item = v[i];
            if (item !== null && typeof item === 'object') {
                const inner = keysWithin(item, depth + 1, depthLimit);
                if (inner < 0)
                    return -1;
                keys += inner;
            }
        }
    }
    else {
        for (const key in v) {
            keys++;
            const item = v[key];
            if (item !== null && typeof item === 'object') {
                const inner = keysWithin(item, depth + 1, depthLimit);
                if (inner < 0)
                    return -1;
                keys += inner;
            }
        }
    }
    return keys;
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
// The slow path, taken only for files that have findings: maps a JSON pointer to the exact
// characters of a key or value, by reading the text along the pointer, and finds duplicate keys, with
// a tree of offsets (keys decoded) built only for that. The text is one that JSON.parse accepted, so
// both only record where things are: several times faster than a general-purpose AST (momoa, their
// oracle in __tests__/source-map-oracle.test.ts).






/**
 * duplicateKeys() does not look inside the value of a key longer than this. Every finding there
 * would carry the whole key in its pointer (a 500 KB key over 87,000 repeated keys: a 43 GB JSON
 * report), and no such key is valid in a manifest: it is an unknown-property or unknown-event error
 * already (a client_name#… key holds a string, with no keys inside).
 */
const LONG_KEY = 200;
/** Deeper than this is not a manifest (the engine refuses over 64 levels before it gets here). */
const MAX_DEPTH = 200;
class NotJson extends Error {
}
/** The tree of a text JSON.parse accepted (throws NotJson on anything else). */
function locationTree(text) {
    const n = text.length;
    let i = 0;
    /** Moves i past white space; the character there. */
    const skipSpace = () => text.charCodeAt((i = skipSpaceAt(text, i)));
    /** From an opening quote at i: the offset after the closing quote. */
    const stringEnd = () => stringEndAt(text, i);
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
    if ((skipSpace(), i < n))
        throw new NotJson();
    return root;
}
/** See SourceMapOptions.treeAfterLocates. */
const LOCATES_BEFORE_TREE = 16;
class SourceMap {
    text;
    lines;
    uniqueKeys;
    /** locate() calls left before the tree is built. */
    locatesAlong;
    /** The tree of the whole text, once built (for duplicateKeys(), or after many locate() calls). */
    tree;
    constructor(text, options = {}) {
        this.text = text;
        this.lines = new LineIndex(text);
        this.uniqueKeys = options.uniqueKeys ?? false;
        this.locatesAlong = options.treeAfterLocates ?? LOCATES_BEFORE_TREE;
    }
    position(offset) {
        return this.lines.position(offset);
    }
    /**
     * The characters a finding is about: the key or value at `pointer`, or the nearest existing
     * parent. Found by reading the text along the pointer (a file with findings usually needs a few
     * spans, not a map of the whole file), or in the tree once there is one.
     */
    locate(pointer, target) {
        try {
            if (this.tree === undefined && this.locatesAlong-- <= 0)
                this.tree = locationTree(this.text);
            return this.tree === undefined ? locateAlong(this.text, (0,engine_findings/* pointerSegments */.cP)(pointer), target, this.uniqueKeys) : locateInTree(this.tree, pointer, target);
        }
        catch {
            return { start: 0, end: Math.min(1, this.text.length) }; // JSON.parse accepted it: not expected
        }
    }
    /** The edits of a fix's operations (see edit-ops.ts), or undefined when they cannot be made. */
    edits(ops) {
        try {
            return resolveOps(this.text, ops, () => (this.tree ??= locationTree(this.text)));
        }
        catch {
            return undefined; // JSON.parse accepted it: not expected
        }
    }
    /**
     * Every repeated key, at the repeat (JSON.parse keeps the last one), in file order. `budget`
     * decides which are listed: the others are counted there and not built (no fix, no line lookup).
     */
    duplicateKeys(budget = finding_budget/* LIST_ALL */.f9) {
        let root;
        try {
            root = this.tree ??= locationTree(this.text);
        }
        catch {
            return []; // JSON.parse accepted it: not expected
        }
        const repeats = [];
        // Each value's pointer is made once, from its parent's: a long key (say 500 KB) over many
        // repeated keys is read once, not once per finding.
        const stack = [{ node: root, pointer: '' }];
        while (stack.length > 0) {
            const { node, pointer } = stack.pop();
            if (node.type === 'Object') {
                /** The first and the latest member of each key so far: a repeat's fix removes the latest (JSON.parse keeps the last: the meaning stays). */
                const seen = new Map();
                for (const m of node.members) {
                    const at = pointer + (0,engine_findings/* pointerFrom */.eX)([m.key]);
                    const earlier = seen.get(m.key);
                    if (earlier === undefined)
                        seen.set(m.key, { first: m, latest: m });
                    else {
                        repeats.push({ member: m, earlier: earlier.latest, pointer: at, first: earlier.first });
                        earlier.latest = m;
                    }
                    if (m.value.type !== 'Scalar' && m.key.length <= LONG_KEY)
                        stack.push({ node: m.value, pointer: at });
                }
            }
            else if (node.type === 'Array') {
                for (let i = 0; i < node.elements.length; i++) {
                    const e = node.elements[i];
                    if (e.type !== 'Scalar')
                        stack.push({ node: e, pointer: `${pointer}/${i}` });
                }
            }
        }
        repeats.sort((a, b) => a.member.name.start - b.member.name.start);
        const findings = [];
        /** The message of each first member's repeats (shared: one key may repeat 100,000 times). */
        const messages = new Map();
        for (const { member, earlier, pointer, first } of repeats) {
            if (!budget.admit('duplicate-key', 'error'))
                continue;
            let message = messages.get(first);
            if (message === undefined) {
                message = `duplicate key ${(0,describe/* quote */.hD)(member.key)} (first at line ${this.position(first.name.start).line}); JSON.parse keeps only the last one`;
                messages.set(first, message);
            }
            findings.push({
                rule: 'duplicate-key',
                severity: 'error',
                message,
                pointer,
                target: 'key',
                span: { start: member.name.start, end: member.name.end },
                fix: {
                    description: `remove the earlier ${(0,describe/* quote */.hD)(member.key)} (line ${this.position(earlier.name.start).line}); JSON.parse keeps this one`,
                    ops: [{ op: 'remove-member', pointer, keyOffset: earlier.name.start }],
                },
            });
        }
        return findings;
    }
}
function skipSpaceAt(text, i) {
    let c = text.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9)
        c = text.charCodeAt(++i);
    return i;
}
/** From an opening quote at `i`: the offset after the closing quote. */
function stringEndAt(text, i) {
    const close = closingQuote(text, i);
    if (close === -1)
        throw new NotJson();
    return close + 1;
}
/** The end of the value that starts at `i`, read without building anything. */
function valueEndAt(text, i) {
    const c = text.charCodeAt(i);
    if (c === 34)
        return stringEndAt(text, i);
    if (c === 123 || c === 91) {
        let depth = 0;
        for (let j = i; j < text.length; j++) {
            const d = text.charCodeAt(j);
            if (d === 34)
                j = stringEndAt(text, j) - 1;
            else if (d === 123 || d === 91)
                depth++;
            else if ((d === 125 || d === 93) && --depth === 0)
                return j + 1;
        }
        throw new NotJson();
    }
    // A number, true, false or null: up to the next delimiter.
    let j = i;
    let d = c;
    while (j < text.length && !(d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9))
        d = text.charCodeAt(++j);
    if (j === i)
        throw new NotJson();
    return j;
}
/**
 * locate() without a tree: from the root, each segment's member (the last one of that name, as
 * JSON.parse keeps it, unless keys are known to be unique) or array element is found by skipping
 * over the values before it. Throws NotJson on text JSON.parse would not have accepted.
 */
function locateAlong(text, segments, target, uniqueKeys) {
    let start = skipSpaceAt(text, 0);
    if (start >= text.length)
        throw new NotJson();
    let keyStart = -1;
    let keyEnd = -1;
    for (let s = 0; s < segments.length; s++) {
        const segment = segments[s];
        const open = text.charCodeAt(start);
        let found = -1;
        let foundKeyStart = -1;
        let foundKeyEnd = -1;
        if (open === 123) {
            let i = skipSpaceAt(text, start + 1);
            if (text.charCodeAt(i) !== 125) {
                for (;;) {
                    if (text.charCodeAt(i) !== 34)
                        throw new NotJson();
                    const nameEnd = stringEndAt(text, i);
                    const raw = text.slice(i + 1, nameEnd - 1);
                    const key = raw.includes('\\') ? JSON.parse(text.slice(i, nameEnd)) : raw;
                    const colon = skipSpaceAt(text, nameEnd);
                    if (text.charCodeAt(colon) !== 58)
                        throw new NotJson();
                    const valueStart = skipSpaceAt(text, colon + 1);
                    if (key === segment) {
                        found = valueStart;
                        foundKeyStart = i;
                        foundKeyEnd = nameEnd;
                        if (uniqueKeys)
                            break;
                    }
                    i = skipSpaceAt(text, valueEndAt(text, valueStart));
                    const d = text.charCodeAt(i);
                    if (d === 125)
                        break;
                    if (d !== 44)
                        throw new NotJson();
                    i = skipSpaceAt(text, i + 1);
                }
            }
        }
        else if (open === 91 && ARRAY_INDEX.test(segment)) {
            const index = Number(segment);
            let i = skipSpaceAt(text, start + 1);
            if (text.charCodeAt(i) !== 93) {
                for (let k = 0;; k++) {
                    if (k === index) {
                        found = i;
                        break;
                    }
                    i = skipSpaceAt(text, valueEndAt(text, i));
                    const d = text.charCodeAt(i);
                    if (d === 93)
                        break;
                    if (d !== 44)
                        throw new NotJson();
                    i = skipSpaceAt(text, i + 1);
                }
            }
        }
        if (found < 0) {
            // Not there: the nearest existing parent (its value, whatever the target).
            keyStart = -1;
            break;
        }
        start = found;
        keyStart = foundKeyStart;
        keyEnd = foundKeyEnd;
    }
    if (target === 'key' && keyStart >= 0)
        return { start: keyStart, end: keyEnd };
    if (target === 'open-brace')
        return { start, end: start + 1 };
    return { start, end: valueEndAt(text, start) };
}
/** The array index a pointer segment names (pointer[from, to)), or -1: digits without a leading zero. */
function indexAt(pointer, from, to) {
    if (from >= to || to - from > 15 || (to - from > 1 && pointer.charCodeAt(from) === 48))
        return -1;
    let n = 0;
    for (let i = from; i < to; i++) {
        const c = pointer.charCodeAt(i);
        if (c < 48 || c > 57)
            return -1;
        n = n * 10 + (c - 48);
    }
    return n;
}
/**
 * locate() in the tree: the same answers as locateAlong, each in time proportional to the pointer.
 * The pointer is read in place (no split: a file can have a million findings to place).
 */
function locateInTree(root, pointer, target) {
    let node = root;
    let key;
    for (let from = 1; from <= pointer.length;) {
        let to = pointer.indexOf('/', from);
        if (to < 0)
            to = pointer.length;
        let next;
        if (node.type === 'Object') {
            if (node.byKey === undefined) {
                // The last of a repeated key, as JSON.parse keeps it.
                node.byKey = new Map();
                for (const m of node.members)
                    node.byKey.set(m.key, m);
            }
            const raw = pointer.slice(from, to);
            next = node.byKey.get(raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw);
        }
        else if (node.type === 'Array') {
            const index = indexAt(pointer, from, to);
            if (index >= 0)
                next = node.elements[index];
        }
        if (next === undefined) {
            // Not there: the nearest existing parent (its value, whatever the target).
            key = undefined;
            break;
        }
        if ('key' in next) {
            key = next.name;
            node = next.value;
        }
        else {
            key = undefined;
            node = next;
        }
        from = to + 1;
    }
    if (target === 'key' && key !== undefined)
        return { start: key.start, end: key.end };
    if (target === 'open-brace')
        return { start: node.start, end: node.start + 1 };
    return { start: node.start, end: node.end };
}

// EXTERNAL MODULE: ./src/engine/profile-id.ts
var profile_id = __nccwpck_require__(2077);
// EXTERNAL MODULE: ./src/schema/schema-findings.ts + 1 modules
var schema_findings = __nccwpck_require__(6265);
;// CONCATENATED MODULE: ./src/semantic/manifest-check.ts


/** What a rule returns when it finds nothing (shared: most rules find nothing in most manifests). */
const NO_FINDINGS = Object.freeze([]);
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Own property only: manifests may contain keys such as "__proto__" or "constructor". */
function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}
const NO_WEBHOOKS = Object.freeze([]);
/**
 * The webhook objects of a manifest with their event keys (skipping "retry" and non-objects). An
 * unknown key is a webhook too (the schema checks its value as one), unless it is longer than
 * EVENT_KEY_LIMIT (then, as in the schema, only the key is reported).
 */
function webhooksOf(manifest) {
    const capabilities = own(manifest, 'capabilities');
    if (!isRecord(capabilities))
        return NO_WEBHOOKS;
    const webhooks = own(capabilities, 'webhooks');
    if (!isRecord(webhooks))
        return NO_WEBHOOKS;
    const out = [];
    const events = Object.keys(webhooks);
    for (let i = 0; i < events.length; i++) {
        const event = events[i];
        const webhook = webhooks[event];
        if (event === 'retry' || !isRecord(webhook))
            continue;
        if (event.length > schema_findings/* EVENT_KEY_LIMIT */.VN && (0,describe/* codePointLength */.O7)(event) > schema_findings/* EVENT_KEY_LIMIT */.VN)
            continue;
        out.push({ event, webhook });
    }
    return out;
}
/**
 * How a message names a webhook's event key: as it is for one of the five events, else quoted and
 * shortened. An unknown key is still checked as a webhook, and it may be any length: printed whole in
 * the message of each of its headers, it would grow the output with the square of the file's size.
 */
function eventLabel(event) {
    return schema_findings/* WEBHOOK_EVENTS */.EQ.includes(event) ? event : (0,describe/* quote */.hD)(event, 60);
}
/** Object.keys(context.manifest), computed once per manifest (several rules look at every key). */
function keysIn(context) {
    return (context.keys ??= Object.keys(context.manifest));
}
/** webhooksOf(context.manifest), computed once per manifest (several rules read the webhooks). */
function webhooksIn(context) {
    return (context.webhooks ??= webhooksOf(context.manifest));
}

;// CONCATENATED MODULE: ./src/engine/quick-launch.ts


const NO_PROFILES = Object.freeze([]);
/** The status of most manifests (no QuickLaunch, no profiles), shared: results are read-only. */
const NOT_IN_QUICK_LAUNCH = Object.freeze({ enabled: false, ready: false, profiles: NO_PROFILES });
const NOT_IN_QUICK_LAUNCH_LISTED = Object.freeze({ enabled: false, ready: false, profiles: NO_PROFILES, visibleTo: NO_PROFILES });
/**
 * The JSON text of each item of the top-level `enabled_for_profiles` array of `text` (whose parse
 * is `manifest`), by index: the number tokens as written (`5.0`, `1e300`), undefined for an item
 * that is not a number. Undefined when there is no such array or no number in it. One pass over the
 * array's text (located as JSON.parse reads it: the last of repeated keys).
 */
function enabledProfileTokens(text, manifest) {
    if (!isRecord(manifest))
        return undefined;
    const items = own(manifest, 'enabled_for_profiles');
    if (!Array.isArray(items) || !items.some((p) => typeof p === 'number'))
        return undefined;
    const start = topLevelValueStart(text, 'enabled_for_profiles');
    if (start < 0 || text.charCodeAt(start) !== 91)
        return undefined;
    const tokens = [];
    let depth = 0;
    let index = 0;
    for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34)
            i = stringEnd(text, i) - 1;
        else if (c === 91 || c === 123)
            depth++;
        else if (c === 93 || c === 125) {
            if (depth === 0)
                break;
            depth--;
        }
        else if (depth === 0 && c === 44)
            index++;
        else if (depth === 0 && (c === 45 || (c >= 48 && c <= 57))) {
            let j = i + 1;
            while (j < text.length && isNumberPart(text.charCodeAt(j)))
                j++;
            tokens[index] = text.slice(i, j);
            i = j - 1;
        }
    }
    return tokens;
}
function isNumberPart(c) {
    return (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}
/** From an opening quote at `i`: the offset after the closing quote (text JSON.parse accepted). */
function stringEnd(text, i) {
    for (let j = i + 1; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === 92)
            j++;
        else if (c === 34)
            return j + 1;
    }
    return text.length;
}
/**
 * The offset where the value of the top-level member `key` starts (the last such member, as
 * JSON.parse keeps it), or -1. Keys are compared decoded (`"enabled\u005ffor_profiles"`). One pass.
 */
function topLevelValueStart(text, key) {
    let depth = 0;
    let found = -1;
    let expectKey = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34) {
            const end = stringEnd(text, i);
            if (depth === 1 && expectKey) {
                const raw = text.slice(i + 1, end - 1);
                const name = raw.includes('\\') ? JSON.parse(text.slice(i, end)) : raw;
                if (name === key) {
                    let v = end;
                    while (v < text.length && text.charCodeAt(v) !== 58)
                        v++;
                    v++;
                    while (v < text.length && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9 || text.charCodeAt(v) === 10 || text.charCodeAt(v) === 13))
                        v++;
                    found = v;
                }
                expectKey = false;
            }
            i = end - 1;
        }
        else if (c === 123 || c === 91) {
            depth++;
            expectKey = depth === 1 && c === 123;
        }
        else if (c === 125 || c === 93)
            depth--;
        else if (c === 44 && depth === 1)
            expectKey = true;
    }
    return found;
}
/**
 * `tokens`: enabledProfileTokens of the manifest's text. Without them (a caller with only the parsed
 * value), a profile id is a safe integer from 1 (a larger number cannot be judged exactly).
 */
function quickLaunchStatus(manifest, listedProfiles, tokens) {
    if (!isRecord(manifest))
        return null;
    const enabled = own(manifest, 'quick_launch_enabled') === true;
    const entry = own(manifest, 'entry_uri');
    const rawProfiles = own(manifest, 'enabled_for_profiles');
    if (!enabled && rawProfiles === undefined)
        return listedProfiles.length > 0 ? NOT_IN_QUICK_LAUNCH_LISTED : NOT_IN_QUICK_LAUNCH;
    const profiles = [];
    if (Array.isArray(rawProfiles)) {
        for (let i = 0; i < rawProfiles.length; i++) {
            const p = rawProfiles[i];
            if (typeof p !== 'number')
                continue;
            const token = tokens?.[i];
            const id = token !== undefined ? (0,profile_id/* profileIdOfToken */.v_)(token) : Number.isSafeInteger(p) && p >= 1 ? p : undefined;
            if (id !== undefined)
                profiles.push(id);
        }
    }
    const ready = enabled && typeof entry === 'string' && entry.trim() !== '' && profiles.length > 0 && own(manifest, 'enabled') !== false;
    const status = { enabled, ready, profiles: unique(profiles) };
    if (listedProfiles.length > 0) {
        // A set: the listed profiles times the manifest's (thousands of each) would be quadratic.
        const enabledFor = ready ? new Set(profiles) : undefined;
        status.visibleTo = enabledFor ? listedProfiles.filter((p) => enabledFor.has(p)) : [];
    }
    return status;
}
/** quickLaunchStatus of a manifest being checked, computed once (quick-launch-profile and the result). */
function quickLaunchIn(context) {
    if (context.quickLaunch === undefined)
        context.quickLaunch = quickLaunchStatus(context.manifest, context.options.profiles, context.profileTokens);
    return context.quickLaunch;
}
/** The values without repeats, in order of first appearance. */
function unique(values) {
    if (values.length > 16)
        return [...new Set(values)];
    const out = [];
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (!out.includes(v))
            out.push(v);
    }
    return out;
}

// EXTERNAL MODULE: ./src/rules/catalogue.ts
var catalogue = __nccwpck_require__(1062);
// EXTERNAL MODULE: ./src/text/redact.ts
var redact = __nccwpck_require__(3326);
;// CONCATENATED MODULE: ./src/semantic/duplicate-client-name.ts

/** Other files a message names; the rest are counted. */
const MAX_OTHERS_NAMED = 5;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
/**
 * The name as compared: default-ignorable code points (zero-width spaces and joiners, soft hyphens,
 * variation selectors, BOM) removed, NFKC (compatibility forms: full-width letters, ligatures,
 * composed and decomposed accents), case-folded (upper then lower case: "ß" and "SS" are one) and
 * NFKC again, white space trimmed. "" for a name that is nothing else.
 */
function clientNameKey(name) {
    return name.replace(IGNORABLE, '').normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC').replace(IGNORABLE, '').trim();
}
/**
 * A name quoted so that two spellings of it look different: combining marks as escapes too
 * (`"cafe\u0301"` beside `"café"`), on top of quote()'s invisible characters.
 */
function spelling(name) {
    return (0,describe/* quote */.hD)(name).replace(/\p{M}/gu, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
/** The finding of each entry whose client_name another entry has too (by clientNameKey). */
function duplicateClientNames(entries) {
    const byName = new Map();
    for (const e of entries) {
        const key = clientNameKey(e.clientName);
        if (key === '')
            continue;
        const group = byName.get(key);
        if (group)
            group.push(e);
        else
            byName.set(key, [e]);
    }
    const out = new Map();
    for (const group of byName.values()) {
        if (group.length < 2)
            continue;
        let spelt = false; // whether the group's names are written differently
        for (let i = 1; i < group.length && !spelt; i++)
            spelt = group[i].clientName !== group[0].clientName;
        for (const entry of group) {
            const named = [];
            for (let i = 0; i < group.length && named.length < MAX_OTHERS_NAMED; i++) {
                const other = group[i];
                if (other === entry)
                    continue;
                const as = other.clientName === entry.clientName ? '' : ` (as ${spelling(other.clientName)})`;
                named.push(`${(0,describe/* displayPath */.Gt)(other.path)}:${other.line}${as}`);
            }
            const unnamed = group.length - 1 - named.length;
            const others = unnamed > 0 ? `${named.join(', ')} and ${unnamed.toLocaleString('en')} other file${unnamed === 1 ? '' : 's'}` : named.join(', ');
            const name = spelt ? spelling(entry.clientName) : (0,describe/* quote */.hD)(entry.clientName);
            const why = spelt
                ? '; LivePerson requires it to be unique, and names that differ only in case, spaces, invisible characters or Unicode normalisation are the same name to a person'
                : '; LivePerson requires it to be unique';
            out.set(entry, {
                rule: 'duplicate-client-name',
                severity: 'error',
                pointer: '/client_name',
                target: 'value',
                message: `client_name ${name} is also used by ${others}${why}`,
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/semantic/consumer-identity.ts

const checkConsumerIdentity = ({ manifest, budget }) => {
    const capabilities = own(manifest, 'capabilities');
    if (!isRecord(capabilities))
        return NO_FINDINGS;
    const engagement = own(capabilities, 'engagement');
    if (!isRecord(engagement))
        return NO_FINDINGS;
    const identity = own(engagement, 'consumer_identity');
    if (!Array.isArray(identity) || identity.includes('auth') || !budget.admit('consumer-identity', 'warning'))
        return NO_FINDINGS;
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

;// CONCATENATED MODULE: ./src/semantic/drift.ts



const TOP_FIELDS = [
    'description',
    'display_name',
    'logo_uri',
    'entry_uri',
    'enabled',
    'quick_launch_enabled',
    'enabled_for_profiles',
    'redirect_uris',
    'grant_types',
    'response_types',
    'scope',
];
/** Lists compared as sets (LivePerson may return them in another order). */
const SET_FIELDS = new Set(['enabled_for_profiles', 'redirect_uris', 'grant_types', 'response_types']);
const DEFAULTS = { enabled: true, quick_launch_enabled: false, max_retries: 0 };
/** Nesting compared; deeper is one value (an installation from the account may nest without limit). */
const drift_MAX_DEPTH = 64;
/** JSON with object keys sorted (for comparing): each value read once, at most MAX_DEPTH deep. */
function canonical(value, depth = 0) {
    if (depth > drift_MAX_DEPTH)
        return '"(nested too deep)"';
    if (Array.isArray(value))
        return `[${value.map((v) => canonical(v, depth + 1)).join(',')}]`;
    if (isRecord(value))
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k], depth + 1)}`)
            .join(',')}}`;
    return JSON.stringify(value) ?? 'null';
}
function isDefault(field, value) {
    if (value === undefined || value === null)
        return true;
    if (Object.prototype.hasOwnProperty.call(DEFAULTS, field))
        return DEFAULTS[field] === value;
    if (Array.isArray(value))
        return value.length === 0;
    if (typeof value === 'string')
        return value === '';
    return isRecord(value) && Object.keys(value).length === 0;
}
function same(field, installed, file) {
    if (installed === undefined || file === undefined)
        return isDefault(field, installed) && isDefault(field, file);
    if (field === 'scope' && typeof installed === 'string' && typeof file === 'string') {
        const tokens = (s) => [...new Set(s.split(' ').filter((t) => t !== ''))].sort().join(' ');
        return tokens(installed) === tokens(file);
    }
    if (SET_FIELDS.has(field) && Array.isArray(installed) && Array.isArray(file)) {
        const set = (a) => [...new Set(a.map((v) => canonical(v)))].sort().join(',');
        return set(installed) === set(file);
    }
    return canonical(installed) === canonical(file);
}
/** A value for a message: "not set", a quoted string, or JSON, shortened; invisible characters escaped. */
function show(value) {
    if (value === undefined)
        return 'not set';
    if (typeof value === 'string')
        return (0,describe/* quote */.hD)(value, 80);
    const json = canonical(value);
    return (0,describe/* escapeInvisible */.ts)(json.length > 120 ? json.slice(0, 120) + '…' : json, { oneLine: true });
}
function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
}
/** The webhooks of a capabilities object by event (not retry; objects only). */
function drift_webhooksOf(root) {
    const out = new Map();
    const capabilities = own(root, 'capabilities');
    const webhooks = isRecord(capabilities) ? own(capabilities, 'webhooks') : undefined;
    if (!isRecord(webhooks))
        return out;
    for (const event of Object.keys(webhooks)) {
        const hook = webhooks[event];
        if (event !== 'retry' && isRecord(hook))
            out.set(event, hook);
    }
    return out;
}
/** The headers of a webhook by header_name (the first of a repeated name), with their index. */
function headersOf(hook) {
    const out = new Map();
    const headers = own(hook, 'headers');
    if (!Array.isArray(headers))
        return out;
    for (let index = 0; index < headers.length; index++) {
        const h = headers[index];
        if (!isRecord(h))
            continue;
        const name = own(h, 'header_name');
        if (typeof name === 'string' && !out.has(name.toLowerCase()))
            out.set(name.toLowerCase(), { name, index, value: own(h, 'header_value') });
    }
    return out;
}
const checkDrift = (context) => {
    const view = context.options.account;
    if (view?.installations === undefined)
        return NO_FINDINGS;
    const { manifest, budget } = context;
    const clientName = own(manifest, 'client_name');
    if (typeof clientName !== 'string' || clientName.trim() === '')
        return NO_FINDINGS;
    if (!view.manifests.has(clientName))
        view.manifests.set(clientName, context.path);
    const apps = view.installations.get(clientName);
    if (apps === undefined)
        return NO_FINDINGS;
    const findings = [];
    const add = (pointer, target, message) => {
        if (budget.admit('drift', 'warning'))
            findings.push({ rule: 'drift', severity: 'warning', pointer, target, message });
    };
    if (apps.length > 1) {
        const ids = apps.map((a) => (typeof a['id'] === 'string' || typeof a['id'] === 'number' ? (0,describe/* quote */.hD)(String(a['id']), 40) : 'no id')).join(', ');
        add('/client_name', 'value', `${apps.length} installed apps are named ${(0,describe/* quote */.hD)(clientName)} (ids ${ids}): which one this file is cannot be told, so none is compared; LivePerson requires client_name to be unique`);
        return findings;
    }
    compareApp(context, apps[0], add);
    return findings.length === 0 ? NO_FINDINGS : findings;
};
function compareApp(context, app, add) {
    const { manifest } = context;
    const differs = (label, installed, file) => `${label}: installed: ${show(installed)}; this file: ${show(file)}`;
    for (const field of TOP_FIELDS) {
        const installed = own(app, field);
        const file = own(manifest, field);
        if (same(field, installed, file))
            continue;
        if (has(manifest, field))
            add((0,engine_findings/* pointerFrom */.eX)([field]), 'value', differs(field, installed, file));
        else
            add('', 'open-brace', differs(field, installed, file));
    }
    // capabilities.engagement (the engagement settings of a connector).
    const fileCapabilities = own(manifest, 'capabilities');
    const appCapabilities = own(app, 'capabilities');
    const fileEngagement = isRecord(fileCapabilities) ? own(fileCapabilities, 'engagement') : undefined;
    const appEngagement = isRecord(appCapabilities) ? own(appCapabilities, 'engagement') : undefined;
    if (!same('engagement', appEngagement, fileEngagement)) {
        const message = differs('capabilities.engagement', appEngagement, fileEngagement);
        if (fileEngagement !== undefined)
            add('/capabilities/engagement', 'value', message);
        else
            add(isRecord(fileCapabilities) ? '/capabilities' : '', 'open-brace', message);
    }
    const fileHooks = drift_webhooksOf(manifest);
    const appHooks = drift_webhooksOf(app);
    for (const [event, hook] of fileHooks) {
        const at = (...rest) => (0,engine_findings/* pointerFrom */.eX)(['capabilities', 'webhooks', event, ...rest]);
        const installedHook = appHooks.get(event);
        if (installedHook === undefined) {
            add(at(), 'key', `webhook ${eventLabel(event)}: installed: none; this file: endpoint ${show(own(hook, 'endpoint'))}`);
            continue;
        }
        for (const field of ['endpoint', 'max_retries']) {
            const installed = own(installedHook, field);
            const file = own(hook, field);
            if (same(field, installed, file))
                continue;
            add(has(hook, field) ? at(field) : at(), has(hook, field) ? 'value' : 'open-brace', differs(`${field} of ${eventLabel(event)}`, installed, file));
        }
        const fileHeaders = headersOf(hook);
        const appHeaders = headersOf(installedHook);
        for (const [key, header] of fileHeaders) {
            const installed = appHeaders.get(key);
            const label = `header ${(0,describe/* quote */.hD)(header.name, 60)} of ${eventLabel(event)}`;
            if (installed === undefined)
                add(at('headers', header.index, 'header_name'), 'value', `${label}: installed: none; this file: set`);
            else if (canonical(installed.value) !== canonical(header.value))
                add(at('headers', header.index, 'header_value'), 'value', `${label}: the installed value differs (neither value is shown)`);
        }
        for (const [key, { name }] of appHeaders) {
            if (fileHeaders.has(key))
                continue;
            add(has(hook, 'headers') ? at('headers') : at(), has(hook, 'headers') ? 'value' : 'open-brace', `header ${(0,describe/* quote */.hD)(name, 60)} of ${eventLabel(event)}: installed: set; this file: none`);
        }
    }
    for (const [event, hook] of appHooks) {
        if (fileHooks.has(event))
            continue;
        const capabilities = own(manifest, 'capabilities');
        const webhooks = isRecord(capabilities) ? own(capabilities, 'webhooks') : undefined;
        const pointer = webhooks !== undefined ? '/capabilities/webhooks' : capabilities !== undefined ? '/capabilities' : '';
        add(pointer, pointer === '' ? 'open-brace' : 'key', `webhook ${eventLabel(event)}: installed: endpoint ${show(own(hook, 'endpoint'))}; this file: none`);
    }
}

;// CONCATENATED MODULE: ./src/semantic/webhook-headers.ts
// The headers of every webhook, with where they are: shared by header-name and secret-in-header.
// Items that are not objects are skipped (the schema reports them).


/** Every header object of every webhook, grouped by webhook (in manifest order); computed once per manifest. */
function headersIn(context) {
    return (context.headers ??= headersByWebhook(context));
}
const NO_HEADERS = Object.freeze([]);
function headersByWebhook(context) {
    let groups;
    const webhooks = webhooksIn(context);
    for (let w = 0; w < webhooks.length; w++) {
        const { event, webhook } = webhooks[w];
        const headers = Object.prototype.hasOwnProperty.call(webhook, 'headers') ? webhook['headers'] : undefined;
        if (!Array.isArray(headers))
            continue;
        const group = [];
        for (let index = 0; index < headers.length; index++) {
            const header = headers[index];
            if (isRecord(header))
                group.push({ event, index, header });
        }
        (groups ??= []).push(group);
    }
    return groups ?? NO_HEADERS;
}
/** Pointer of a field of a header object, e.g. /capabilities/webhooks/<event>/headers/0/header_name. */
function headerPointer(h, field) {
    return (0,engine_findings/* pointerFrom */.eX)(['capabilities', 'webhooks', h.event, 'headers', h.index, field]);
}
/** "headers[0] of cqm.ExConversationChangeNotification" (an odd event key quoted): a place a person can find. */
function headerLabel(h) {
    return `headers[${h.index}] of ${eventLabel(h.event)}`;
}

;// CONCATENATED MODULE: ./src/semantic/header-name.ts



/** RFC 9110 §5.6.2 token: what a field name must be. */
const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** LivePerson's own header prefix (webhooks notification headers). */
const LIVEPERSON_PREFIX = 'x-liveperson-';
const checkHeaderName = (context) => {
    let findings;
    const groups = headersIn(context);
    for (let g = 0; g < groups.length; g++) {
        const group = groups[g];
        // Header names seen in this webhook (lower case) and where first; a webhook has few headers.
        let first;
        for (let i = 0; i < group.length; i++) {
            const h = group[i];
            const name = own(h.header, 'header_name');
            if (typeof name !== 'string')
                continue;
            if (!HTTP_TOKEN.test(name)) {
                if (!context.budget.admit('header-name', 'error'))
                    continue;
                const why = name === '' ? 'is empty' : /\s/.test(name) ? 'contains white space' : name.includes(':') ? 'contains ":"' : 'contains a character not allowed in an HTTP field name';
                (findings ??= []).push({
                    rule: 'header-name',
                    severity: 'error',
                    pointer: headerPointer(h, 'header_name'),
                    target: 'value',
                    message: `the header_name of ${headerLabel(h)} ${why}; use letters, digits and !#$%&'*+-.^_\`|~ only (RFC 9110), e.g. "X-My-Header"`,
                });
                continue;
            }
            const key = name.toLowerCase();
            if (key.startsWith(LIVEPERSON_PREFIX) && context.budget.admit('header-name', 'warning')) {
                (findings ??= []).push({
                    rule: 'header-name',
                    severity: 'warning',
                    pointer: headerPointer(h, 'header_name'),
                    target: 'value',
                    message: `header_name ${(0,describe/* quote */.hD)(name)} of ${headerLabel(h)} starts with "X-LivePerson-": LivePerson sends its own X-LivePerson-* headers with every notification (account id, client id, signature), so this one collides with them; use a prefix of your own`,
                });
            }
            const seen = first?.get(key);
            if (seen === undefined)
                (first ??= new Map()).set(key, h.index);
            else if (context.budget.admit('header-name', 'error')) {
                (findings ??= []).push({
                    rule: 'header-name',
                    severity: 'error',
                    pointer: headerPointer(h, 'header_name'),
                    target: 'value',
                    message: `header_name ${(0,describe/* quote */.hD)(name)} is repeated in the headers of ${eventLabel(h.event)} (first at headers[${seen}]; header names are case-insensitive)`,
                });
            }
        }
    }
    return findings ?? NO_FINDINGS;
};

// EXTERNAL MODULE: ./src/semantic/parsed-url.ts
var parsed_url = __nccwpck_require__(2071);
;// CONCATENATED MODULE: ./src/semantic/url-fields.ts
// The URL fields of a manifest, with where they are: shared by format (uri-format.ts), placeholder,
// insecure-url and unreachable-endpoint, which each judge them their own way. Only string values are
// listed (the schema reports the others). Each value is parsed as a URL at most once (absoluteUrlOf),
// whichever rule asks first.



/** parseAbsoluteUrl(field.value), computed once per field. */
function absoluteUrlOf(field) {
    if (field.url === undefined)
        field.url = (0,parsed_url/* parseAbsoluteUrl */.wS)(field.value);
    return field.url;
}
/** Every URL field, in manifest order: redirect_uris items, entry_uri, logo_uri, webhook endpoints; computed once per manifest. */
function urlFieldsIn(context) {
    return (context.urls ??= urlFieldsOf(context));
}
function urlFieldsOf(context) {
    const { manifest } = context;
    const out = [];
    const redirects = own(manifest, 'redirect_uris');
    if (Array.isArray(redirects)) {
        for (let index = 0; index < redirects.length; index++) {
            const value = redirects[index];
            if (typeof value === 'string')
                out.push({ kind: 'redirect', value, index, event: '', url: undefined });
        }
    }
    const entry = own(manifest, 'entry_uri');
    if (typeof entry === 'string')
        out.push({ kind: 'entry', value: entry, index: -1, event: '', url: undefined });
    const logo = own(manifest, 'logo_uri');
    if (typeof logo === 'string')
        out.push({ kind: 'logo', value: logo, index: -1, event: '', url: undefined });
    const webhooks = webhooksIn(context);
    for (let i = 0; i < webhooks.length; i++) {
        const { event, webhook } = webhooks[i];
        const endpoint = own(webhook, 'endpoint');
        if (typeof endpoint === 'string')
            out.push({ kind: 'endpoint', value: endpoint, index: -1, event, url: undefined });
    }
    return out;
}
/** The pointer of a URL field's value. */
function urlFieldPointer(field) {
    switch (field.kind) {
        case 'redirect':
            return (0,engine_findings/* pointerFrom */.eX)(['redirect_uris', field.index]);
        case 'entry':
            return '/entry_uri';
        case 'logo':
            return '/logo_uri';
        case 'endpoint':
            return (0,engine_findings/* pointerFrom */.eX)(['capabilities', 'webhooks', field.event, 'endpoint']);
    }
}
/** How a message names a URL field: "redirect_uris[0]", "entry_uri", "logo_uri", "the endpoint of <event>". */
function urlFieldLabel(field) {
    switch (field.kind) {
        case 'redirect':
            return `redirect_uris[${field.index}]`;
        case 'entry':
            return 'entry_uri';
        case 'logo':
            return 'logo_uri';
        case 'endpoint':
            return `the endpoint of ${eventLabel(field.event)}`;
    }
}

;// CONCATENATED MODULE: ./src/semantic/insecure-url.ts




const HTTP = /^http:/i;
/** Why http:// is a problem, by field (webhook endpoints are the schema's). */
const WHY = {
    redirect: 'the authorization response would travel unencrypted',
    entry: 'the app would load unencrypted',
    logo: 'browsers block or warn about insecure images on an https page',
};
const checkInsecureUrl = (context) => {
    let findings;
    const urls = urlFieldsIn(context);
    for (let i = 0; i < urls.length; i++) {
        const field = urls[i];
        if (field.kind === 'endpoint' || !HTTP.test(field.value))
            continue;
        const url = absoluteUrlOf(field);
        const loopback = url !== null && (0,parsed_url/* isLoopbackHost */.cW)(url.hostname) ? url.hostname : undefined;
        if ((loopback !== undefined && field.kind === 'redirect') || !context.budget.admit('insecure-url', 'warning'))
            continue;
        (findings ??= []).push({
            rule: 'insecure-url',
            severity: 'warning',
            pointer: urlFieldPointer(field),
            target: 'value',
            message: loopback !== undefined
                ? `${urlFieldLabel(field)} uses http:// on the loopback host ${(0,describe/* quote */.hD)(loopback, 60)}: it works only on the developer's own machine; use the https:// address of the deployed app`
                : `${urlFieldLabel(field)} uses http://: ${WHY[field.kind]}; use https://`,
        });
    }
    return findings ?? NO_FINDINGS;
};

;// CONCATENATED MODULE: ./src/semantic/language-tag.ts



const PREFIX = 'client_name#';
/** RFC 5646 §2.2.8 grandfathered tags (a closed list), lower-cased. */
const GRANDFATHERED = new Set([
    'en-GB-oed',
    'i-ami',
    'i-bnn',
    'i-default',
    'i-enochian',
    'i-hak',
    'i-klingon',
    'i-lux',
    'i-mingo',
    'i-navajo',
    'i-pwn',
    'i-tao',
    'i-tay',
    'i-tsu',
    'sgn-BE-FR',
    'sgn-BE-NL',
    'sgn-CH-DE',
    'art-lojban',
    'cel-gaulish',
    'no-bok',
    'no-nyn',
    'zh-guoyu',
    'zh-hakka',
    'zh-min',
    'zh-min-nan',
    'zh-xiang',
].map((t) => t.toLowerCase()));
const PRIVATE_USE = /^x(-[a-z0-9]{1,8})+$/i;
/**
 * Up to three extended language subtags after a 2- or 3-letter language (RFC 5646 §2.2.2:
 * "zh-yue", "sgn-ase"). ECMA-402's grammar (Unicode locale identifiers) has no such subtag, so Intl
 * refuses these well-formed tags; they are taken off before Intl checks the rest.
 */
const EXTLANG = /^([a-z]{2,3})(?:-[a-z]{3}){1,3}(?=-|$)/i;
/** Why `tag` is not a valid BCP 47 language tag, or undefined when it is. */
function languageTagProblem(tag) {
    if (tag === '')
        return 'is empty';
    if (GRANDFATHERED.has(tag.toLowerCase()) || PRIVATE_USE.test(tag))
        return undefined;
    try {
        Intl.getCanonicalLocales(tag.replace(EXTLANG, '$1'));
    }
    catch {
        return 'is not a well-formed BCP 47 language tag';
    }
    const language = tag.split('-')[0];
    if (!/^[a-z]{2,3}$/i.test(language)) {
        const what = 'a 2- or 3-letter ISO 639 language code';
        return language === tag ? `is not ${what}` : `starts with ${(0,describe/* quote */.hD)(language)}, which is not ${what}`;
    }
    return undefined;
}
const checkLanguageTag = (context) => {
    let findings;
    const keys = keysIn(context);
    for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        if (!key.startsWith(PREFIX))
            continue;
        const tag = key.slice(PREFIX.length);
        const problem = languageTagProblem(tag);
        if (problem === undefined || !context.budget.admit('language-tag', 'error'))
            continue;
        (findings ??= []).push({
            rule: 'language-tag',
            severity: 'error',
            pointer: (0,engine_findings/* pointerFrom */.eX)([key]),
            target: 'key',
            message: `the language tag ${tag === '' ? 'after "client_name#"' : (0,describe/* quote */.hD)(tag)} ${problem}; use a BCP 47 tag such as "client_name#fr" or "client_name#pt-BR"`,
        });
    }
    return findings ?? NO_FINDINGS;
};

;// CONCATENATED MODULE: ./src/semantic/logo-size.ts
// `logo-size`: LivePerson requires the logo to be exactly 70x70 pixels. When logo_uri is not an
// absolute URL it is resolved to a file of the workspace: relative to the manifest's folder, or to
// the workspace root for a leading `/`. When that file is a PNG, JPEG, GIF, SVG or WebP image of
// another size, the finding (at the logo_uri value) gives the actual size; an image file over
// LOGO_MAX_BYTES is refused with a finding, unread. Silent: URLs, missing files, other file types,
// unreadable images, and any path (`..` or symbolic link) that leads outside the workspace.
// Each logo file is measured once per run (LogoMeasurements: many manifests may name one logo), and
// only as much of it is read as its format needs: the header of a PNG, GIF or WebP; a JPEG's
// segments up to its frame header, walked by their lengths; an SVG up to the end of its root tag.



const LOGO_SIZE = 70;
/** The largest logo file measured (a 70×70 logo takes a few kilobytes): larger ones are a finding, unread. */
const LOGO_MAX_BYTES = 1024 * 1024;
/** What is read first: every header a PNG, GIF or WebP needs. A JPEG or an SVG may need more (read doubling, up to the file's size). */
const FIRST_READ = 4096;
const IMAGE_TYPES = { png: 'PNG', jpg: 'JPEG', gif: 'GIF', svg: 'SVG', webp: 'WebP' };
const IMAGE_EXTENSION = /\.(png|jpe?g|gif|svg|webp)$/i;
function logo_size_isInside(child, parent) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (!rel.startsWith('..' + external_node_path_.sep) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
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
    const root = (0,external_node_path_.resolve)(workspaceRoot);
    // (No string literal joined to the path: ncc's asset relocator would rewrite such a resolve().)
    const base = path.startsWith('/') ? root : (0,external_node_path_.resolve)(root, (0,external_node_path_.dirname)(manifestPath));
    const full = (0,external_node_path_.resolve)(base, path.replace(/^\/+/, ''));
    return logo_size_isInside(full, root) ? full : undefined;
}
/**
 * The logo files of one run, each measured once (by its path, then by its real path: two names of
 * one file are one measurement). Concurrent checks of manifests naming one logo share one promise.
 */
class LogoMeasurements {
    maxBytes;
    byPath = new Map();
    byRealPath = new Map();
    realRoot;
    /** Files opened and bytes read so far (one file per logo, only the bytes its format needs). */
    reads = { files: 0, bytes: 0 };
    constructor(maxBytes = LOGO_MAX_BYTES) {
        this.maxBytes = maxBytes;
    }
    measure(file, workspaceRoot) {
        let found = this.byPath.get(file);
        if (found === undefined)
            this.byPath.set(file, (found = this.measurePath(file, workspaceRoot)));
        return found;
    }
    async measurePath(file, workspaceRoot) {
        try {
            // Symbolic links: the real file must still be inside the (real) workspace.
            const [real, realRoot] = await Promise.all([(0,promises_.realpath)(file), (this.realRoot ??= (0,promises_.realpath)(workspaceRoot))]);
            if (!logo_size_isInside(real, realRoot))
                return undefined;
            let found = this.byRealPath.get(real);
            if (found === undefined)
                this.byRealPath.set(real, (found = this.measureFile(real)));
            return await found;
        }
        catch {
            return undefined; // missing, unreadable
        }
    }
    async measureFile(path) {
        try {
            if (!(await (0,promises_.stat)(path)).isFile())
                return undefined; // before open(): opening a FIFO would block
            const handle = await (0,promises_.open)(path, 'r');
            try {
                const info = await handle.stat();
                if (!info.isFile() || info.size === 0)
                    return undefined;
                this.reads.files++;
                let bytes = await this.readAt(handle, 0, Math.min(info.size, FIRST_READ));
                if (info.size > this.maxBytes)
                    return looksLikeImage(bytes, path) ? { tooLarge: info.size } : undefined;
                for (;;) {
                    const size = await sizeOf(bytes);
                    if (size !== 'more')
                        return size;
                    if (bytes.length >= info.size)
                        return undefined;
                    const more = await this.readAt(handle, bytes.length, Math.min(info.size, bytes.length * 2) - bytes.length);
                    if (more.length === 0)
                        return undefined;
                    bytes = Buffer.concat([bytes, more]);
                }
            }
            finally {
                await handle.close();
            }
        }
        catch {
            return undefined; // unreadable, or not an image we can measure
        }
    }
    async readAt(handle, position, length) {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, position);
        this.reads.bytes += bytesRead;
        return buffer.subarray(0, bytesRead);
    }
}
function startsWith(bytes, ...prefix) {
    return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}
/** The start of the text, without a byte order mark and white space. */
function textStart(bytes) {
    return bytes
        .subarray(0, 512)
        .toString('latin1')
        .replace(/^(\xef\xbb\xbf)?\s*/, '');
}
/** Whether a file too large to read is an image: by its first bytes or its name. */
function looksLikeImage(bytes, path) {
    if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38))
        return true;
    if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP')
        return true;
    return textStart(bytes).startsWith('<') ? /<svg[\s>]/i.test(bytes.toString('latin1')) || IMAGE_EXTENSION.test(path) : IMAGE_EXTENSION.test(path);
}
/** SOFn markers (frame headers): C0–CF but C4 (DHT), C8 (JPG), CC (DAC). */
function isFrameHeader(marker) {
    return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}
/**
 * A JPEG's size, walking its segments by their lengths (never byte by byte), or 'more' when the
 * frame header lies past `bytes`. Undefined: not a JPEG's structure. EXIF orientation 5–8 (a
 * quarter turn) swaps width and height, as a viewer shows it.
 */
function jpegSize(bytes) {
    let orientation = 1;
    let i = 2;
    for (;;) {
        if (i + 4 > bytes.length)
            return 'more';
        if (bytes[i] !== 0xff)
            return undefined;
        const marker = bytes[i + 1];
        if (marker === 0xff) {
            i++; // fill byte
            continue;
        }
        if (marker === 0xd8 || marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
            if (marker === 0xd9)
                return undefined; // the end, no frame
            i += 2;
            continue;
        }
        const length = bytes.readUInt16BE(i + 2);
        if (length < 2)
            return undefined;
        const end = i + 2 + length;
        if (isFrameHeader(marker)) {
            if (i + 9 > bytes.length)
                return 'more';
            const height = bytes.readUInt16BE(i + 5);
            const width = bytes.readUInt16BE(i + 7);
            const swap = orientation >= 5 && orientation <= 8;
            return { width: swap ? height : width, height: swap ? width : height, type: 'jpg' };
        }
        if (marker === 0xe1) {
            if (end > bytes.length)
                return 'more';
            orientation = exifOrientation(bytes.subarray(i + 4, end)) ?? orientation;
        }
        i = end;
    }
}
/** The orientation tag (274) of IFD0 of an APP1 segment's EXIF data, if any. */
function exifOrientation(app1) {
    if (app1.length < 14 || app1.subarray(0, 6).toString('latin1') !== 'Exif\0\0')
        return undefined;
    const tiff = app1.subarray(6);
    const order = tiff.subarray(0, 2).toString('latin1');
    if (order !== 'II' && order !== 'MM')
        return undefined;
    const big = order === 'MM';
    const u16 = (at) => (at + 2 <= tiff.length ? (big ? tiff.readUInt16BE(at) : tiff.readUInt16LE(at)) : -1);
    const u32 = (at) => (at + 4 <= tiff.length ? (big ? tiff.readUInt32BE(at) : tiff.readUInt32LE(at)) : -1);
    const ifd = u32(4);
    const count = ifd < 0 ? -1 : u16(ifd);
    for (let k = 0; k < count; k++) {
        const entry = ifd + 2 + k * 12;
        if (entry + 12 > tiff.length)
            return undefined;
        if (u16(entry) === 274)
            return u16(entry + 2) === 3 && u32(entry + 4) === 1 ? u16(entry + 8) : undefined;
    }
    return undefined;
}
/**
 * An SVG's root tag (`<svg …>`, quotes honoured), or undefined when it does not end within `text`,
 * found in one pass (image-size's own search is a regular expression over the whole file).
 */
function svgRoot(text) {
    const start = text.search(/<svg\s/i);
    if (start < 0)
        return undefined;
    let quote = 0;
    for (let i = start + 5; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (quote !== 0) {
            if (c === quote)
                quote = 0;
        }
        else if (c === 34 || c === 39)
            quote = c;
        else if (c === 62)
            return text.slice(start, i + 1);
    }
    return undefined;
}
async function sizeOf(bytes) {
    if (startsWith(bytes, 0xff, 0xd8))
        return jpegSize(bytes);
    let head = bytes;
    if (textStart(bytes).startsWith('<')) {
        const root = svgRoot(bytes.toString('utf8'));
        if (root === undefined)
            return 'more'; // (nothing, once the whole file is read)
        head = Buffer.from(root, 'utf8');
    }
    const { imageSize } = await __nccwpck_require__.e(/* import() */ 13).then(__nccwpck_require__.bind(__nccwpck_require__, 2013)); // loaded only when a logo file exists
    const result = imageSize(head);
    if (result.type === undefined || !(result.type in IMAGE_TYPES))
        return undefined;
    if (!Number.isFinite(result.width) || !Number.isFinite(result.height))
        return undefined;
    return { width: result.width, height: result.height, type: result.type };
}
const checkLogoSize = ({ manifest, path, workspaceRoot, budget, options }) => {
    const logo = own(manifest, 'logo_uri');
    if (typeof logo !== 'string')
        return NO_FINDINGS;
    const file = logoPath(logo, path, workspaceRoot);
    if (file === undefined)
        return NO_FINDINGS; // a URL (most logos): no file to read, no promise to wait for
    return (options.logos ??= new LogoMeasurements()).measure(file, workspaceRoot).then((size) => logoFindings(size, budget));
};
function logoFindings(size, budget) {
    if (size === undefined)
        return NO_FINDINGS;
    if ('tooLarge' in size) {
        if (!budget.admit('logo-size', 'error'))
            return NO_FINDINGS;
        const mib = LOGO_MAX_BYTES / (1024 * 1024);
        return [
            {
                rule: 'logo-size',
                severity: 'error',
                pointer: '/logo_uri',
                target: 'value',
                message: `the logo file is ${size.tooLarge.toLocaleString('en')} bytes, over the ${mib} MiB this tool measures (it is not read); a ${LOGO_SIZE}×${LOGO_SIZE} logo takes a few kilobytes: make the file smaller`,
            },
        ];
    }
    if ((size.width === LOGO_SIZE && size.height === LOGO_SIZE) || !budget.admit('logo-size', 'error'))
        return NO_FINDINGS;
    return [
        {
            rule: 'logo-size',
            severity: 'error',
            pointer: '/logo_uri',
            target: 'value',
            message: `the logo is ${size.width}×${size.height} pixels (${IMAGE_TYPES[size.type]}); LivePerson requires exactly ${LOGO_SIZE}×${LOGO_SIZE}`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/semantic/max-retries-ignored.ts


const checkMaxRetriesIgnored = (context) => {
    const { manifest } = context;
    const capabilities = own(manifest, 'capabilities');
    if (!isRecord(capabilities))
        return NO_FINDINGS;
    const webhooks = own(capabilities, 'webhooks');
    if (!isRecord(webhooks))
        return NO_FINDINGS;
    const retry = own(webhooks, 'retry');
    if (!isRecord(retry) || typeof own(retry, 'retention_time') !== 'number')
        return NO_FINDINGS;
    let findings;
    const all = webhooksIn(context);
    for (let i = 0; i < all.length; i++) {
        const { event, webhook } = all[i];
        const retries = own(webhook, 'max_retries');
        if (typeof retries !== 'number' || retries === 0 || !context.budget.admit('max-retries-ignored', 'warning'))
            continue;
        (findings ??= []).push({
            rule: 'max-retries-ignored',
            severity: 'warning',
            pointer: (0,engine_findings/* pointerFrom */.eX)(['capabilities', 'webhooks', event, 'max_retries']),
            target: 'value',
            message: `max_retries of ${eventLabel(event)} is ignored because capabilities.webhooks.retry.retention_time is set (failed notifications are retried for that long); remove max_retries, set it to 0 to drop this event instead of retrying it, or remove retry to use max_retries`,
        });
    }
    return findings ?? NO_FINDINGS;
};

;// CONCATENATED MODULE: ./src/semantic/oauth-flow.ts


const checkOauthFlow = ({ manifest, budget }) => {
    let findings;
    const grants = own(manifest, 'grant_types');
    const redirects = own(manifest, 'redirect_uris');
    if (Array.isArray(redirects)) {
        redirects.forEach((uri, i) => {
            if (typeof uri === 'string' && uri.includes('#') && budget.admit('oauth-flow', 'error')) {
                (findings ??= []).push({
                    rule: 'oauth-flow',
                    severity: 'error',
                    pointer: (0,engine_findings/* pointerFrom */.eX)(['redirect_uris', i]),
                    target: 'value',
                    message: `redirect_uris[${i}] has a #fragment; a redirect URI must not contain one (RFC 6749 §3.1.2)`,
                });
            }
        });
    }
    if (!Array.isArray(grants))
        return findings ?? NO_FINDINGS;
    const authorizationCode = grants.indexOf('authorization_code');
    const refreshToken = grants.indexOf('refresh_token');
    if (authorizationCode >= 0) {
        const hasRedirect = Array.isArray(redirects) && redirects.some((u) => typeof u === 'string' && u.trim() !== '');
        if (redirects === undefined) {
            if (budget.admit('oauth-flow', 'error')) {
                (findings ??= []).push({
                    rule: 'oauth-flow',
                    severity: 'error',
                    pointer: (0,engine_findings/* pointerFrom */.eX)(['grant_types', authorizationCode]),
                    target: 'value',
                    message: 'grant type "authorization_code" needs redirect_uris, and there is none; LivePerson requires both for the authorization code flow',
                });
            }
        }
        else if (Array.isArray(redirects) && !hasRedirect && budget.admit('oauth-flow', 'error')) {
            (findings ??= []).push({
                rule: 'oauth-flow',
                severity: 'error',
                pointer: '/redirect_uris',
                target: 'value',
                message: 'redirect_uris has no redirect URI but grant_types has "authorization_code"; LivePerson requires at least one for the authorization code flow',
            });
        }
        // redirect_uris of another type: the schema reports it; nothing to interpret here.
    }
    else if (refreshToken >= 0 && budget.admit('oauth-flow', 'warning')) {
        (findings ??= []).push({
            rule: 'oauth-flow',
            severity: 'warning',
            pointer: (0,engine_findings/* pointerFrom */.eX)(['grant_types', refreshToken]),
            target: 'value',
            message: 'grant type "refresh_token" without "authorization_code": refresh tokens are issued by the authorization code flow, so this grant is never used',
        });
    }
    return findings ?? NO_FINDINGS;
};

// EXTERNAL MODULE: ./src/semantic/placeholder-text.ts
var placeholder_text = __nccwpck_require__(9333);
;// CONCATENATED MODULE: ./src/semantic/placeholder.ts







const HTTP_SCHEME = /^https?:\/\//i;
function hostWithoutDot(field) {
    if (!HTTP_SCHEME.test(field.value))
        return undefined;
    const url = absoluteUrlOf(field);
    if (!url)
        return undefined; // not a URL: the format rule reports it
    const host = url.hostname;
    if (host === '' || host.startsWith('[') || host.includes('.') || (0,parsed_url/* isLoopbackHost */.cW)(host))
        return undefined;
    return host;
}
/** Why `value` looks like a template; `field`: the URL field whose value it is (else undefined). */
function problem(value, field) {
    const found = (0,placeholder_text/* placeholderIn */.P)(value);
    if (found)
        return `contains the placeholder ${(0,describe/* quote */.hD)(found.text, 60)}; replace it with the real value`;
    if (field === undefined)
        return undefined;
    const host = hostWithoutDot(field);
    if (host !== undefined)
        return `has the host ${(0,describe/* quote */.hD)(host, 60)}, which has no dot: a template placeholder? Use the real host name`;
    return undefined;
}
/** The array fields whose string items are checked, by their pointer segments. */
const ENUM_ARRAYS = [
    ['grant_types'],
    ['response_types'],
    ['capabilities', 'engagement', 'entry_point'],
    ['capabilities', 'engagement', 'visitor_behavior'],
    ['capabilities', 'engagement', 'target_audience'],
    ['capabilities', 'engagement', 'goal'],
    ['capabilities', 'engagement', 'consumer_identity'],
];
/** The value at `segments` from the manifest (own properties only), or undefined. */
function at(manifest, segments) {
    let value = manifest;
    for (const s of segments) {
        if (!isRecord(value))
            return undefined;
        value = own(value, s);
    }
    return value;
}
const checkPlaceholder = (context) => {
    const { manifest, budget } = context;
    let findings;
    const report = (pointer, message) => {
        if (budget.admit('placeholder', 'warning'))
            (findings ??= []).push({ rule: 'placeholder', severity: 'warning', pointer, target: 'value', message });
    };
    let why;
    const keys = keysIn(context);
    for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        if (key !== 'client_name' && key !== 'display_name' && key !== 'description' && key !== 'scope' && !key.startsWith('client_name#'))
            continue;
        const value = manifest[key];
        // (A client_name#… key can be any length: shortened, as a value is.)
        if (typeof value === 'string' && (why = problem(value)) !== undefined)
            report((0,engine_findings/* pointerFrom */.eX)([key]), `${key.length > 80 ? (0,describe/* quote */.hD)(key, 60) : key} ${why}`);
    }
    for (const segments of ENUM_ARRAYS) {
        const items = at(manifest, segments);
        if (!Array.isArray(items))
            continue;
        const name = segments[segments.length - 1];
        for (let i = 0; i < items.length; i++) {
            const item = items[i];
            if (typeof item === 'string' && (why = problem(item)) !== undefined)
                report((0,engine_findings/* pointerFrom */.eX)([...segments, i]), `${name}[${i}] ${why}`);
        }
    }
    const urls = urlFieldsIn(context);
    for (let i = 0; i < urls.length; i++) {
        const field = urls[i];
        if ((why = problem(field.value, field)) !== undefined)
            report(urlFieldPointer(field), `${urlFieldLabel(field)} ${why}`);
    }
    const groups = headersIn(context);
    for (let g = 0; g < groups.length; g++) {
        const group = groups[g];
        for (let h = 0; h < group.length; h++) {
            const header = group[h];
            const name = own(header.header, 'header_name');
            if (typeof name === 'string' && (why = problem(name)) !== undefined)
                report(headerPointer(header, 'header_name'), `the header_name of ${headerLabel(header)} ${why}`);
            const value = own(header.header, 'header_value');
            if (typeof value === 'string' && (0,placeholder_text/* placeholderIn */.P)(value) !== undefined)
                report(headerPointer(header, 'header_value'), `the header_value of ${headerLabel(header)} contains a template placeholder; LivePerson sends it as written, so fill it in when you deploy (a credential belongs in your deployment's secrets, not in the repository)`);
        }
    }
    return findings ?? NO_FINDINGS;
};

;// CONCATENATED MODULE: ./src/semantic/quick-launch.ts

const checkQuickLaunch = ({ manifest, budget }) => {
    if (own(manifest, 'quick_launch_enabled') !== true)
        return NO_FINDINGS;
    let findings;
    const entry = own(manifest, 'entry_uri');
    if (entry === undefined) {
        if (budget.admit('quick-launch', 'error'))
            (findings ??= []).push({
                rule: 'quick-launch',
                severity: 'error',
                pointer: '/quick_launch_enabled',
                target: 'value',
                message: 'quick_launch_enabled is true but there is no entry_uri: the app will not appear in the QuickLaunch menu; add the URI that starts the app',
            });
    }
    else if (typeof entry === 'string' && entry.trim() === '' && budget.admit('quick-launch', 'error')) {
        (findings ??= []).push({
            rule: 'quick-launch',
            severity: 'error',
            pointer: '/entry_uri',
            target: 'value',
            message: 'entry_uri is empty but quick_launch_enabled is true: the app will not appear in the QuickLaunch menu; set the URI that starts the app',
        });
    }
    const profiles = own(manifest, 'enabled_for_profiles');
    if (profiles === undefined) {
        if (budget.admit('quick-launch', 'warning'))
            (findings ??= []).push({
                rule: 'quick-launch',
                severity: 'warning',
                pointer: '/quick_launch_enabled',
                target: 'value',
                message: 'quick_launch_enabled is true but there is no enabled_for_profiles: no user profile will see the app in QuickLaunch; list the profile ids',
            });
    }
    else if (Array.isArray(profiles) && profiles.length === 0 && budget.admit('quick-launch', 'warning')) {
        (findings ??= []).push({
            rule: 'quick-launch',
            severity: 'warning',
            pointer: '/enabled_for_profiles',
            target: 'value',
            message: 'enabled_for_profiles is empty but quick_launch_enabled is true: no user profile will see the app in QuickLaunch; list the profile ids',
        });
    }
    if (own(manifest, 'enabled') === false && budget.admit('quick-launch', 'warning')) {
        (findings ??= []).push({
            rule: 'quick-launch',
            severity: 'warning',
            pointer: '/enabled',
            target: 'value',
            message: 'the app is disabled ("enabled": false) but quick_launch_enabled is true: it will not appear in QuickLaunch',
        });
    }
    return findings ?? NO_FINDINGS;
};

// EXTERNAL MODULE: ./src/semantic/account-facts.ts
var account_facts = __nccwpck_require__(3693);
;// CONCATENATED MODULE: ./src/semantic/quick-launch-profile.ts



/** Whether the lists share a profile (with a set: thousands listed times thousands enabled would be quadratic). */
function overlaps(listed, enabled) {
    const set = new Set(enabled);
    return listed.some((p) => set.has(p));
}
/** With the account's profiles read, each with its name: `profile 42 (Agent Manager)`. */
function profileList(profiles, account) {
    const labels = profiles.map((p) => (0,account_facts/* profileLabel */.Gk)(p, account));
    return profiles.length === 1 ? `profile ${labels[0]}` : `profiles ${labels.join(', ')}`;
}
const checkQuickLaunchProfile = (context) => {
    const { manifest, options } = context;
    const listed = options.profiles;
    if (listed.length === 0)
        return NO_FINDINGS;
    const status = quickLaunchIn(context);
    if (!status || (status.visibleTo?.length ?? 0) > 0)
        return NO_FINDINGS;
    if (!status.enabled && !options.requireQuickLaunch)
        return NO_FINDINGS;
    if (!context.budget.admit('quick-launch-profile', 'error'))
        return NO_FINDINGS;
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
    else if (!overlaps(listed, status.profiles)) {
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
        ? `not QuickLaunch-ready for ${listed.length === 1 ? '' : 'any of '}${profileList(listed, options.account)} (require-quick-launch): ${why}`
        : `no user of ${profileList(listed, options.account)} will see this app in QuickLaunch: ${why}`;
    return [{ rule: 'quick-launch-profile', severity: 'error', pointer, target, message }];
};

;// CONCATENATED MODULE: ./src/semantic/scope.ts




const KNOWN_SCOPES = ['msg.consumer', 'faas.lambda.invoke', 'ihub.tpb.customendpoint', 'users.read', 'users.write', 'users.external', 'data.services.enghist'];
const KNOWN_LIST = KNOWN_SCOPES.map((s) => `"${s}"`).join(', ');
const checkScope = ({ manifest, budget }) => {
    const scope = own(manifest, 'scope');
    if (typeof scope !== 'string')
        return NO_FINDINGS;
    // The common case, one known token: nothing to split or remember.
    if (KNOWN_SCOPES.includes(scope))
        return NO_FINDINGS;
    const findings = [];
    const flag = (message) => findings.push({ rule: 'scope', severity: 'warning', pointer: '/scope', target: 'value', message });
    /** Tokens seen, each with the message of its repeats once it has one (shared: a token may repeat half a million times). */
    const seen = new Map();
    for (const token of (0,placeholder_text/* withoutPlaceholders */.Z)(scope).split(' ')) {
        if (token === '')
            continue;
        if (seen.has(token)) {
            if (!budget.admit('scope', 'warning'))
                continue;
            let message = seen.get(token);
            if (message === undefined)
                seen.set(token, (message = `scope token ${(0,describe/* quote */.hD)(token)} is repeated`));
            flag(message);
            continue;
        }
        seen.set(token, undefined);
        // Every other token is one finding: not space-separated, or unknown.
        if (KNOWN_SCOPES.includes(token) || !budget.admit('scope', 'warning'))
            continue;
        if (/[,;\t\n]/.test(token) && token.split(/[,;\s]+/).every((t) => t === '' || KNOWN_SCOPES.includes(t))) {
            flag(`scope ${(0,describe/* quote */.hD)(token)} is not space-separated; separate the tokens with spaces`);
            continue;
        }
        const guess = (0,text_closest/* closestMatch */.h0)(token, KNOWN_SCOPES);
        flag(guess ? `unknown scope token ${(0,describe/* quote */.hD)(token)}; did you mean "${guess}"?` : `unknown scope token ${(0,describe/* quote */.hD)(token)}; known: ${KNOWN_LIST}`);
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/semantic/secret-in-header.ts





// The credential tests are shared with redaction (text/redact.ts): what this rule flags, no message prints.

/** "auth" only as a word of the name (X-Auth, Auth-Key), not inside one (X-Author, X-OAuth-Provider). */
const CREDENTIAL_NAME = /authori[sz]ation|authentication|(?:^|[^a-z])auth(?:[^a-z]|$)|api[-_.]?key|access[-_.]?key|private[-_.]?key|secret|token|passw(?:or)?d|credential|cookie/i;
/** Why the header looks like it carries a credential, or undefined. */
function credentialReason(name, value) {
    const trimmed = value.trim();
    if (trimmed === '' || redact/* PLACEHOLDER */.Kx.test(trimmed))
        return undefined;
    const scheme = redact/* SCHEME */.My.exec(trimmed);
    if (scheme) {
        // Whatever follows, line breaks included (no HTTP header value holds one, but a credential still would).
        const rest = trimmed.slice(scheme[0].length).trim();
        if (rest === '' || redact/* PLACEHOLDER */.Kx.test(rest))
            return undefined;
        return `it starts with the "${scheme[1][0].toUpperCase()}${scheme[1].slice(1).toLowerCase()}" authorization scheme`;
    }
    if (typeof name === 'string' && CREDENTIAL_NAME.test(name)) {
        // An invalid name may hold a whole "Name: value" line: only a valid token is quoted.
        return HTTP_TOKEN.test(name) ? `the header name ${(0,describe/* quote */.hD)(name)} carries credentials` : 'the header name suggests credentials';
    }
    if ((0,redact/* looksRandom */.EZ)(trimmed))
        return 'it looks like a long random token';
    return undefined;
}
const checkSecretInHeader = (context) => {
    let findings;
    const groups = headersIn(context);
    for (let g = 0; g < groups.length; g++) {
        const group = groups[g];
        for (let i = 0; i < group.length; i++) {
            const h = group[i];
            const value = own(h.header, 'header_value');
            if (typeof value !== 'string')
                continue;
            const name = own(h.header, 'header_name');
            const reason = credentialReason(name, value);
            if (reason === undefined || !context.budget.admit('secret-in-header', 'warning'))
                continue;
            (findings ??= []).push({
                rule: 'secret-in-header',
                severity: 'warning',
                pointer: headerPointer(h, 'header_value'),
                target: 'value',
                message: `the header_value of ${headerLabel(h)} looks like a credential (${reason}); do not commit credentials: inject them at deploy time, and rotate this one`,
            });
        }
    }
    return findings ?? NO_FINDINGS;
};

// EXTERNAL MODULE: ./src/fixes/fix-ops.ts
var fix_ops = __nccwpck_require__(1717);
;// CONCATENATED MODULE: ./src/semantic/server-field.ts




const checkServerField = ({ manifest, budget }) => {
    let findings;
    for (let i = 0; i < schema_findings/* SERVER_FIELDS */.c0.length; i++) {
        const key = schema_findings/* SERVER_FIELDS */.c0[i];
        if (!Object.prototype.hasOwnProperty.call(manifest, key) || !budget.admit('server-field', 'error'))
            continue;
        const message = key === 'client_secret'
            ? '"client_secret" is set by LivePerson, not by a manifest: this looks like an exported API response, and it commits a secret. Remove it and rotate the secret'
            : `"${key}" is set by LivePerson, not by a manifest: this looks like an exported API response. Remove it`;
        const pointer = (0,engine_findings/* pointerFrom */.eX)([key]);
        // A suggestion, not a fix: removing a committed client_secret does not make it secret again.
        const suggestion = (0,fix_ops/* removeMember */.pt)(pointer, key === 'client_secret' ? ', and rotate the secret: it was committed' : '');
        (findings ??= []).push({ rule: 'server-field', severity: 'error', pointer, target: 'key', message, suggestion });
    }
    return findings ?? NO_FINDINGS;
};

;// CONCATENATED MODULE: ./src/semantic/unknown-profile.ts


const checkUnknownProfile = ({ manifest, options, budget }) => {
    const view = options.account;
    if (view?.profiles === undefined)
        return NO_FINDINGS;
    const ids = own(manifest, 'enabled_for_profiles');
    if (!Array.isArray(ids))
        return NO_FINDINGS;
    let findings;
    for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1)
            continue;
        const profile = view.profiles.get(id);
        if (profile !== undefined && profile.deleted !== true)
            continue;
        if (!budget.admit('unknown-profile', 'error'))
            continue;
        const what = profile === undefined
            ? `profile ${id} is not a profile of account ${view.account}`
            : `profile ${id}${profile.name.trim() === '' ? '' : ` (${(0,account_facts/* profileName */.vR)(profile.name)})`} is deleted in account ${view.account}`;
        (findings ??= []).push({
            rule: 'unknown-profile',
            severity: 'error',
            pointer: `/enabled_for_profiles/${i}`,
            target: 'value',
            message: `${what}: no user sees the app in QuickLaunch through it; the account's profiles: ${(0,account_facts/* profileListing */.IG)(view)}`,
        });
    }
    return findings ?? NO_FINDINGS;
};

;// CONCATENATED MODULE: ./src/semantic/unreachable-endpoint.ts



/** Host name suffixes (with their leading dot) of tunnels a developer runs on their own machine. */
const TUNNELS = [
    ['.ngrok.io', 'an ngrok tunnel'],
    ['.ngrok-free.app', 'an ngrok tunnel'],
    ['.ngrok.app', 'an ngrok tunnel'],
    ['.loca.lt', 'a localtunnel tunnel'],
    ['.trycloudflare.com', 'a Cloudflare quick tunnel'],
];
/** Special-use names that never resolve on the internet (RFC 6761, RFC 6762, RFC 8375, ICANN's .internal). */
const LOCAL_NAMES = [
    ['.localhost', 'the loopback name'],
    ['.local', 'the local-network (multicast DNS) name'],
    ['.internal', 'the private-network name'],
    ['.home.arpa', 'the home-network name'],
];
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
/** What an IPv4 address is when the internet cannot reach it, else undefined. */
function ipv4Kind(a, b) {
    if (a === 0)
        return 'unspecified address';
    if (a === 127)
        return 'loopback address';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168))
        return 'private address';
    if (a === 169 && b === 254)
        return 'link-local address';
    if (a === 100 && b >= 64 && b <= 127)
        return 'shared (carrier-grade NAT) address';
    return undefined;
}
/** The eight 16-bit groups of an IPv6 host as `new URL` serialises it ("[fe80::1]"), or undefined. */
function ipv6Groups(host) {
    if (host.length < 4 || host.length > 41 || !host.startsWith('[') || !host.endsWith(']'))
        return undefined;
    const inner = host.slice(1, -1);
    const gap = inner.indexOf('::');
    const part = (s) => (s === '' ? [] : s.split(':'));
    const head = part(gap < 0 ? inner : inner.slice(0, gap));
    const tail = gap < 0 ? [] : part(inner.slice(gap + 2));
    const zeros = gap < 0 ? 0 : 8 - head.length - tail.length;
    if (zeros < 0)
        return undefined;
    const groups = [];
    for (const g of head)
        groups.push(parseInt(g, 16));
    for (let i = 0; i < zeros; i++)
        groups.push(0);
    for (const g of tail)
        groups.push(parseInt(g, 16));
    return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined;
}
/** What an IPv6 address is when the internet cannot reach it, else undefined. */
function ipv6Kind(g) {
    const zeroUpTo = (n) => g.slice(0, n).every((x) => x === 0);
    if (zeroUpTo(7) && g[7] === 0)
        return 'unspecified address';
    if (zeroUpTo(7) && g[7] === 1)
        return 'loopback address';
    if (zeroUpTo(5) && g[5] === 0xffff) {
        const kind = ipv4Kind(g[6] >> 8, g[6] & 0xff);
        return kind === undefined ? undefined : `IPv4-mapped ${kind}`;
    }
    if ((g[0] & 0xffc0) === 0xfe80)
        return 'link-local address';
    if ((g[0] & 0xfe00) === 0xfc00)
        return 'unique-local address';
    if ((g[0] & 0xffc0) === 0xfec0)
        return 'site-local address';
    return undefined;
}
/**
 * What every host unreachableHost names matches: an IPv4 address (dotted decimal, as `new URL` gives
 * it) or IPv6 literal, or a name ending as one of the lists (one trailing dot allowed). A host that
 * does not, as nearly every endpoint, is done with one test.
 */
const MAYBE_UNREACHABLE = /^[\d[]|(?:^|\.)(?:localhost|local|internal|home\.arpa|ngrok\.io|ngrok-free\.app|ngrok\.app|loca\.lt|trycloudflare\.com)\.?$/;
/** Why LivePerson cannot reach `hostname` (as `new URL` gives it), or undefined. */
function unreachableHost(hostname) {
    if (!MAYBE_UNREACHABLE.test(hostname))
        return undefined;
    const host = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname; // "localhost." is localhost
    const v4 = IPV4.exec(host);
    if (v4) {
        const kind = ipv4Kind(Number(v4[1]), Number(v4[2]));
        return kind && `the ${kind} ${host}: LivePerson's servers cannot reach it from the internet`;
    }
    if (host.startsWith('[')) {
        const groups = ipv6Groups(host);
        const kind = groups && ipv6Kind(groups);
        return kind && `the ${kind} ${host}: LivePerson's servers cannot reach it from the internet`;
    }
    if (host === 'localhost')
        return `the host "localhost": LivePerson's servers cannot reach it from the internet`;
    for (const [suffix, what] of LOCAL_NAMES) {
        if (host.endsWith(suffix))
            return `${what} ${(0,describe/* quote */.hD)(host, 60)}: LivePerson's servers cannot reach it from the internet`;
    }
    for (const [suffix, what] of TUNNELS) {
        if (host.endsWith(suffix) && host.length > suffix.length)
            return `${what} (${(0,describe/* quote */.hD)(host, 60)}): LivePerson reaches it only while the tunnel runs`;
    }
    return undefined;
}
const unreachable_endpoint_HTTP = /^https?:$/;
const checkUnreachableEndpoint = (context) => {
    let findings;
    const urls = urlFieldsIn(context);
    for (let i = 0; i < urls.length; i++) {
        const field = urls[i];
        if (field.kind !== 'endpoint')
            continue;
        const url = absoluteUrlOf(field);
        if (url === null || !unreachable_endpoint_HTTP.test(url.protocol))
            continue; // not a URL, or not http(s): the format rule's
        const why = unreachableHost(url.hostname);
        if (why === undefined || !context.budget.admit('unreachable-endpoint', 'warning'))
            continue;
        (findings ??= []).push({
            rule: 'unreachable-endpoint',
            severity: 'warning',
            pointer: urlFieldPointer(field),
            target: 'value',
            message: `${urlFieldLabel(field)} is ${why}; use the public https:// host of the deployed service`,
        });
    }
    return findings ?? NO_FINDINGS;
};

;// CONCATENATED MODULE: ./src/semantic/uri-format.ts





const uri_format_WHITE_SPACE = /\s/;
const NEEDS_HOST = /^(https?|wss?|ftp):$/;
function parsesAsAbsoluteUrl(field) {
    if (uri_format_WHITE_SPACE.test(field.value))
        return false;
    const url = absoluteUrlOf(field);
    return url !== null && url.protocol.length > 1 && (url.host !== '' || !NEEDS_HOST.test(url.protocol));
}
function parsesAsReference(field) {
    const { value } = field;
    if (uri_format_WHITE_SPACE.test(value))
        return false;
    // An absolute URL parses against any base too (only the base of a relative reference matters).
    if (absoluteUrlOf(field) !== null)
        return true;
    try {
        new URL(value, 'https://example.invalid/');
        return true;
    }
    catch {
        return false;
    }
}
const checkUriFormat = (context) => {
    let findings;
    const urls = urlFieldsIn(context);
    for (let i = 0; i < urls.length; i++) {
        const field = urls[i];
        const { value } = field;
        // The endpoint's percent-encoded URL is the schema's format error (not https://), with this suggestion.
        const decoded = field.kind === 'endpoint' ? undefined : (0,parsed_url/* decodedWholeUrl */.Vc)(value);
        if (decoded !== undefined) {
            if (!context.budget.admit('format', 'error'))
                continue;
            const pointer = urlFieldPointer(field);
            (findings ??= []).push({ rule: 'format', severity: 'error', pointer, target: 'value', message: (0,parsed_url/* percentEncodedMessage */.pZ)(urlFieldLabel(field)), suggestion: (0,fix_ops/* replaceString */.uf)(pointer, value, decoded) });
            continue;
        }
        if ((0,placeholder_text/* placeholderIn */.P)(value) !== undefined)
            continue;
        let problem;
        switch (field.kind) {
            case 'redirect':
                if (!parsesAsAbsoluteUrl(field))
                    problem = 'is not an absolute URL';
                break;
            case 'entry':
                if (value.trim() !== '' && !parsesAsAbsoluteUrl(field))
                    problem = 'is not an absolute URL';
                break;
            case 'logo':
                if (value !== '' && !parsesAsReference(field))
                    problem = 'is not a URL or a path';
                break;
            case 'endpoint':
                // Not https:// at all is the schema's format error already.
                if (value.startsWith('https://') && !parsesAsAbsoluteUrl(field))
                    problem = 'is not a valid absolute https:// URL';
                break;
        }
        if (problem !== undefined && context.budget.admit('format', 'error'))
            (findings ??= []).push({ rule: 'format', severity: 'error', pointer: urlFieldPointer(field), target: 'value', message: `${urlFieldLabel(field)} ${problem}` });
    }
    return findings ?? NO_FINDINGS;
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
    checkUnreachableEndpoint,
    checkLogoSize,
    checkQuickLaunch,
    checkQuickLaunchProfile,
    checkConsumerIdentity,
    checkMaxRetriesIgnored,
    checkHeaderName,
    checkSecretInHeader,
    checkUnknownProfile,
    checkDrift,
];

;// CONCATENATED MODULE: ./src/engine/engine.ts
















const DEPTH_LIMIT = 64;
/** Text that does not parse: only character deletions (a trailing comma) can be resolved. */
const spansOnly = (text) => (ops) => resolveOps(text, ops, () => undefined);
function placeFix(pending, resolve, lines) {
    if (pending === undefined)
        return undefined;
    const edits = resolve(pending.ops);
    if (edits === undefined || edits.length === 0)
        return undefined;
    return {
        description: pending.description,
        edits: edits.map((e) => {
            const start = lines.position(e.start);
            const end = lines.position(e.end);
            return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: e.text };
        }),
    };
}
/** `resolve`: undefined when the findings go without their fixes' edits (ValidationOptions.fixes). */
function place(pending, locate, lines, resolve) {
    const span = pending.span ?? locate(pending);
    const start = lines.position(span.start);
    const end = lines.position(Math.max(span.end, span.start));
    const finding = {
        rule: pending.rule,
        severity: pending.severity,
        message: pending.message,
        pointer: (0,redact/* redactPointer */.jB)(pending.pointer), // a key may hold a credential (a URL with a password)
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
    };
    if (resolve === undefined)
        return finding;
    const fix = placeFix(pending.fix, resolve, lines);
    if (fix !== undefined)
        finding.fix = fix;
    const suggestion = placeFix(pending.suggestion, resolve, lines);
    if (suggestion !== undefined)
        finding.suggestion = suggestion;
    return finding;
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
function severitiesOf(options, path) {
    return options.severitiesFor === undefined ? options.severities : options.severitiesFor(path);
}
/** `omitted`: the findings past the listing limit (their severities are already the overridden ones). */
function finish(path, findings, quickLaunch, options, omitted) {
    const kept = findings.length === 0 ? findings : applySeverities(findings, severitiesOf(options, path)).sort(engine_findings/* compareFindings */.Eg);
    let valid = true;
    for (const f of kept)
        if (f.severity === 'error')
            valid = false;
    if (omitted === undefined)
        return { path, valid, quickLaunch, findings: kept };
    for (const o of omitted)
        if (o.severity === 'error')
            valid = false;
    return { path, valid, quickLaunch, findings: kept, omitted };
}
/** A file that could not be read, or is not JSON: one finding at a known span. */
function engine_unreadable(path, finding, text, options) {
    return { result: finish(path, [place(finding, () => ({ start: 0, end: 0 }), new LineIndex(text), options.fixes === false ? undefined : spansOnly(text))], null, options) };
}
function append(to, found) {
    for (let i = 0; i < found.length; i++)
        to.push(found[i]);
}
/** Runs the semantic rules in order; a promise only when a rule returned one (then the rest wait for it). */
function runChecks(context, pending) {
    for (let i = 0; i < MANIFEST_CHECKS.length; i++) {
        const found = MANIFEST_CHECKS[i](context);
        if (found instanceof Promise)
            return runChecksAfter(found, i + 1, context, pending);
        append(pending, found);
    }
}
async function runChecksAfter(first, from, context, pending) {
    append(pending, await first);
    for (let i = from; i < MANIFEST_CHECKS.length; i++) {
        const found = MANIFEST_CHECKS[i](context);
        append(pending, found instanceof Promise ? await found : found);
    }
}
function settingsOf(options) {
    return {
        options,
        // One LogoMeasurements per run: each logo file is measured once, however many manifests name it.
        checkOptions: {
            profiles: options.profiles ?? [],
            requireQuickLaunch: options.requireQuickLaunch ?? false,
            logos: new LogoMeasurements(),
            ...(options.account ? { account: options.account } : {}),
        },
        maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
        absoluteOf: pathJoiner(options.workspaceRoot),
        run: new finding_budget/* RunBudget */.bG(options.maxListedPerRun),
    };
}
/**
 * Checks one manifest's text (`parsed`: JSON.parse(text), when known): synchronously, unless a rule
 * has to wait (logo-size reading a file).
 */
function checkText(path, text, settings, parsed) {
    const { options } = settings;
    let manifest = parsed;
    if (manifest === undefined)
        try {
            manifest = JSON.parse(text);
        }
        catch (error) {
            return engine_unreadable(path, syntaxErrorFinding(text, error), text, options);
        }
    // Nesting depth and duplicate keys: counted on the parsed value and, fast, on the text; the full
    // scan of the text runs only when they disagree (duplicate keys), or the value nests too deep.
    // (keys is -1 only past DEPTH_LIMIT, which scanStructure measures the same way: it returns then.)
    const keys = countKeysWithin(manifest, DEPTH_LIMIT);
    let textKeys = keys >= 0 ? countMembersFast(text) : -1;
    if (textKeys < 0 || textKeys !== keys) {
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
            return engine_unreadable(path, tooDeep, text, options);
        }
        textKeys = scan.keys;
    }
    const budget = new finding_budget/* FindingBudget */.xr(severitiesOf(options, path), undefined, settings.run);
    // Profile ids are judged by their text (`1e300` and `9223372036854775808` parse to integers).
    const profileTokens = enabledProfileTokens(text, manifest);
    const pending = (0,schema_findings/* schemaFindings */.I$)(manifest, budget, profileTokens);
    if (!isRecord(manifest))
        return complete(path, text, manifest, pending, budget, textKeys !== keys, settings);
    const context = {
        manifest,
        path,
        workspaceRoot: options.workspaceRoot,
        options: settings.checkOptions,
        budget,
        keys: undefined,
        webhooks: undefined,
        headers: undefined,
        urls: undefined,
        profileTokens,
        quickLaunch: undefined,
    };
    const waiting = runChecks(context, pending);
    if (waiting === undefined)
        return complete(path, text, manifest, pending, budget, textKeys !== keys, settings, context);
    return waiting.then(() => complete(path, text, manifest, pending, budget, textKeys !== keys, settings, context));
}
function complete(path, text, manifest, pending, budget, hasDuplicateKeys, settings, context) {
    let findings = [];
    if (pending.length > 0 || hasDuplicateKeys) {
        const map = new SourceMap(text, { uniqueKeys: !hasDuplicateKeys });
        if (hasDuplicateKeys)
            append(pending, map.duplicateKeys(budget));
        const resolve = settings.options.fixes === false ? undefined : (ops) => map.edits(ops);
        findings = pending.map((p) => place(p, (q) => map.locate(q.pointer, q.target), map.lines, resolve));
    }
    const clientName = isRecord(manifest) ? own(manifest, 'client_name') : undefined;
    const quickLaunch = context === undefined ? quickLaunchStatus(manifest, settings.checkOptions.profiles) : quickLaunchIn(context);
    const result = finish(path, findings, quickLaunch, settings.options, budget.omitted());
    return typeof clientName === 'string' && clientName.trim() !== '' ? { result, clientName } : { result };
}
function fromRead(path, read, settings) {
    return read.ok ? checkText(path, read.text, settings) : engine_unreadable(path, read.finding, read.prefix ?? '', settings.options);
}
/** Checks one manifest: its given text, or the file read synchronously when it can be. */
function checkFile(input, settings) {
    if (input.text !== undefined)
        return checkText(input.path, input.text, settings, input.value);
    if (input.read !== undefined)
        return fromRead(input.path, input.read, settings);
    const absolute = settings.absoluteOf(input);
    const read = readManifestTextSync(absolute, settings.maxBytes, settings.options.workspaceRoot);
    if (read !== undefined)
        return fromRead(input.path, read, settings);
    return readManifestText(absolute, settings.options.workspaceRoot, settings.maxBytes).then((r) => fromRead(input.path, r, settings));
}
/** A file's result; with its name's bytes when its path is quoted (the JSON report keeps the real name). */
function resultOf(c) {
    if (c.fsPath === undefined)
        return c.result;
    const { path, ...rest } = c.result;
    return { path, pathBytes: c.fsPath.toString('base64'), ...rest };
}
/** Keeps a name that is not UTF-8 with its result, for a second read. */
function withName(checked, input) {
    return input.fsPath === undefined ? checked : { ...checked, fsPath: input.fsPath };
}
function internalError(path, error, options) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const finding = {
        rule: 'internal-error',
        severity: (0,catalogue/* describeRule */.IO)('internal-error').defaultSeverity,
        message: `the validator failed on this file (${detail.slice(0, 200)}); the other files were still checked`,
        pointer: '',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
    };
    return { result: finish(path, [finding], null, options) };
}
/**
 * Locates each colliding client_name and adds the duplicate-client-name findings. Only the files
 * whose name collides are read again (their text is not kept), in the order of `checked`.
 */
async function addDuplicateClientNames(checked, settings) {
    const { options } = settings;
    // The first file of each name; a list only for names that collide (few, usually none).
    const first = new Map();
    let groups;
    for (let i = 0; i < checked.length; i++) {
        const c = checked[i];
        if (c.clientName === undefined)
            continue;
        const key = clientNameKey(c.clientName); // names as a person reads them: "Acme" and "acme\u200b" are one
        if (key === '')
            continue;
        const seen = first.get(key);
        if (seen === undefined)
            first.set(key, c);
        else {
            const group = (groups ??= new Map()).get(key);
            if (group)
                group.push(c);
            else
                groups.set(key, [seen, c]);
        }
    }
    if (groups === undefined)
        return;
    // Names in order of first appearance, each with its files in the order of `checked`.
    const colliding = [];
    for (const name of first.keys()) {
        const group = groups.get(name);
        if (group)
            for (const file of group)
                colliding.push(file);
    }
    const entries = [];
    for (const file of colliding) {
        const read = await readManifestText(settings.absoluteOf({ path: file.result.path, fsPath: file.fsPath }), options.workspaceRoot, settings.maxBytes);
        if (!read.ok)
            continue;
        const map = new SourceMap(read.text);
        const line = map.position(map.locate('/client_name', 'value').start).line;
        entries.push({ path: file.result.path, clientName: file.clientName, line, file, map });
    }
    for (const [entry, finding] of duplicateClientNames(entries)) {
        const added = place(finding, (q) => entry.map.locate(q.pointer, q.target), entry.map.lines, (ops) => entry.map.edits(ops));
        // (One per file: never past the listing limit.)
        entry.file.result = finish(entry.path, [...entry.file.result.findings, added], entry.file.result.quickLaunch, options, entry.file.result.omitted);
    }
}
function engine_byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function startValidation(options) {
    const settings = settingsOf(options);
    const checked = [];
    const inFlight = new Set();
    const limit = Math.max(1, options.concurrency ?? 16);
    return {
        add(input) {
            const index = checked.length;
            checked.push(undefined); // keeps the order of adding
            let outcome;
            try {
                outcome = checkFile(input, settings);
            }
            catch (error) {
                outcome = internalError(input.path, error, options);
            }
            if (!(outcome instanceof Promise)) {
                checked[index] = withName(outcome, input);
                return;
            }
            const done = outcome.then((c) => void (checked[index] = withName(c, input)), (error) => void (checked[index] = internalError(input.path, error, options)));
            inFlight.add(done);
            void done.then(() => inFlight.delete(done));
            if (inFlight.size >= limit)
                return Promise.race(inFlight);
        },
        async results(select = {}) {
            while (inFlight.size > 0)
                await Promise.all(inFlight);
            if (select.namesInPathOrder) {
                checked.sort((a, b) => engine_byPath(a.result, b.result));
                await addDuplicateClientNames(checked, settings);
                return checked.map(resultOf);
            }
            await addDuplicateClientNames(checked, settings);
            return checked.map(resultOf).sort(engine_byPath);
        },
    };
}
/** Validates manifests; results are sorted by path. */
async function validateManifests(inputs, options) {
    const run = startValidation(options);
    for (const input of inputs) {
        const wait = run.add(input);
        if (wait)
            await wait;
    }
    return run.results();
}

;// CONCATENATED MODULE: ./src/engine/options.ts





function parseFailOn(value, inputName = 'fail-on') {
    const v = value.trim().toLowerCase() || 'error';
    if (v === 'error' || v === 'warning' || v === 'never')
        return v;
    const guess = (0,text_closest/* closestMatch */.h0)(v, ['error', 'warning', 'never']);
    throw new discovery_UsageError(`${inputName}: "${value.trim()}" is not one of error, warning, never${guess === undefined ? '' : `; did you mean "${guess}"?`}`);
}
/**
 * Profile ids, as in enabled_for_profiles: integers written in digits (leading zeros allowed here:
 * "042" is 42), from 1 to 9223372036854775807 (2^63-1), each once. Not `+5`, `5.0`, `1e3`, `0`.
 */
function parseProfiles(value, inputName = 'profiles') {
    const out = new Set();
    for (const token of value.split(/[\s,]+/)) {
        if (token === '')
            continue;
        const shown = token.length > 40 ? `${token.slice(0, 40)}…` : token;
        if (!/^[0-9]+$/.test(token)) {
            throw new discovery_UsageError(`${inputName}: "${shown}" is not a profile id; give integers separated by commas, spaces or newlines (e.g. "42, 43")`);
        }
        const digits = token.replace(/^0+/, '');
        if (digits === '')
            throw new discovery_UsageError(`${inputName}: "${shown}" is not a profile id; profile ids are positive integers (e.g. "42, 43")`);
        const id = (0,profile_id/* profileIdOfDigits */.ay)(digits);
        if (id === undefined)
            throw new discovery_UsageError(`${inputName}: "${shown}" is not a profile id; profile ids are at most ${profile_id/* MAX_PROFILE_ID */.ft} (a 64-bit integer)`);
        out.add(id);
    }
    return [...out];
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
        if (!(0,catalogue/* isRuleId */.KX)(id)) {
            const guess = (0,text_closest/* closestMatch */.h0)(id, catalogue/* RULE_IDS */.Iu);
            throw new discovery_UsageError(`${inputName}: unknown rule id "${id}"; ${guess === undefined ? `valid ids: ${catalogue/* RULE_IDS */.Iu.join(', ')}` : `did you mean "${guess}"?`}`);
        }
        if (id === 'internal-error') {
            throw new discovery_UsageError(`${inputName}: internal-error cannot be changed; a validator failure always fails the run`);
        }
        if (level !== 'off' && level !== 'warning' && level !== 'error') {
            const guess = (0,text_closest/* closestMatch */.h0)(level, ['off', 'warning', 'error']);
            throw new discovery_UsageError(`${inputName}: "${match[2]}" for ${id} is not one of off, warning, error${guess === undefined ? '' : `; did you mean "${guess}"?`}`);
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
    throw new UsageError(`${inputName}: "${v}" is not true or false${inputName === 'annotations' ? ' (or auto)' : ''}`);
}
/** An input that is `auto` (the default), true or false. */
function parseAuto(value, inputName) {
    const v = value.trim();
    if (v === '' || v.toLowerCase() === 'auto')
        return 'auto';
    return parseBoolean(v, inputName, false) ? 'true' : 'false';
}
/** Whether the findings fail the step / command, per fail-on. An internal error always fails. */
function isFailing(files, failOn) {
    if (files.some((f) => f.findings.some((x) => x.rule === 'internal-error')))
        return true;
    if (failOn === 'never')
        return false;
    // The findings past the listing limit count too (FileResult.omitted).
    const failing = (x) => x.severity === 'error' || failOn === 'warning';
    return files.some((f) => f.findings.some(failing) || (f.omitted?.some(failing) ?? false));
}

// EXTERNAL MODULE: ./src/tool-info.ts
var tool_info = __nccwpck_require__(4574);
;// CONCATENATED MODULE: ./src/engine/report.ts


function buildReport(files) {
    return { version: 1, tool: { name: tool_info/* TOOL_NAME */.lH, version: tool_info/* TOOL_VERSION */.wr }, summary: (0,engine_findings/* summarize */.eh)(files), files: [...files] };
}

// EXTERNAL MODULE: ./src/reporters/text-stream.ts
var text_stream = __nccwpck_require__(5124);
;// CONCATENATED MODULE: ./src/reporters/json-report.ts

/** The report's text in pieces: JSON.stringify(report, null, 2) + "\n", one file at a time. */
function jsonReportChunks(report) {
    return (0,text_stream/* jsonChunks */.VQ)({ ...report, files: new text_stream/* StreamedArray */.zV(report.files) });
}
function formatJson(report) {
    return joinChunks(jsonReportChunks(report));
}

// EXTERNAL MODULE: ./src/reporters/log-safe.ts
var log_safe = __nccwpck_require__(3716);
// EXTERNAL MODULE: ./src/reporters/text-report.ts
var text_report = __nccwpck_require__(9866);
;// CONCATENATED MODULE: ./src/reporters/workflow-commands.ts


/** GitHub shows at most this many annotations of each level per step. */
const ANNOTATIONS_SHOWN_PER_LEVEL = 10;
/** Columns only when the finding is on one line (GitHub ignores them otherwise). */
function annotationOf(path, f) {
    const properties = { title: `${f.rule} (LivePerson manifest)`, file: path, startLine: f.line, endLine: f.endLine };
    if (f.line === f.endLine) {
        properties.startColumn = f.column;
        properties.endColumn = f.endColumn;
    }
    return { level: f.severity, message: (0,log_safe/* logSafe */.s)(f.message), properties };
}
/** One annotation per finding, in report order. */
function annotations(report) {
    const out = [];
    for (const file of report.files)
        for (const f of file.findings)
            out.push(annotationOf(file.path, f));
    return out;
}
/** The notice that GitHub will not display every annotation, when there are more than it shows. */
function tooManyAnnotationsNotice(report, options = {}) {
    const { errors, warnings } = report.summary;
    const hidden = Math.max(0, errors - ANNOTATIONS_SHOWN_PER_LEVEL) + Math.max(0, warnings - ANNOTATIONS_SHOWN_PER_LEVEL);
    if (hidden === 0)
        return undefined;
    const where = options.moreAt ?? 'the job summary and the log';
    return {
        level: 'notice',
        message: (0,log_safe/* logSafe */.s)(`${(0,text_report/* plural */.LS)(errors, 'error')} and ${(0,text_report/* plural */.LS)(warnings, 'warning')} found; GitHub displays only ${ANNOTATIONS_SHOWN_PER_LEVEL} errors and ${ANNOTATIONS_SHOWN_PER_LEVEL} warnings per step, so ${(0,text_report/* plural */.LS)(hidden, 'finding')} are not shown as annotations here. Every finding is in ${where}.`),
        properties: { title: 'More findings than annotations' },
    };
}
// --- As text, for the command line's --format github (the action uses @actions/core instead) ---
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** The names workflow commands use for the properties (as @actions/core writes them). */
const COMMAND_PROPERTY = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col',
    endColumn: 'endColumn',
};
function formatCommand(a) {
    const list = Object.keys(COMMAND_PROPERTY)
        .filter((k) => a.properties[k] !== undefined)
        .map((k) => `${COMMAND_PROPERTY[k]}=${escapeProperty(String(a.properties[k]))}`)
        .join(',');
    return `::${a.level}${list ? ' ' + list : ''}::${escapeData(a.message)}`;
}
/** Every annotation as a workflow command, and the notice when GitHub will not display them all. */
function annotationCommands(report, options = {}) {
    const all = annotations(report);
    const notice = tooManyAnnotationsNotice(report, options);
    if (notice !== undefined)
        all.push(notice);
    return all.map(formatCommand);
}

;// CONCATENATED MODULE: ./src/fixes/apply-fixes.ts
/** As ESLint: enough for fixes that uncover others, bounded against fixes that never settle. */
const MAX_PASSES = 10;
/** The offset of each line's first character (lines end at "\n"). */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** The offset of a 1-based line and UTF-16 column, or -1 when it is not in the text. */
function offsetOf(starts, length, line, column) {
    const lineStart = starts[line - 1];
    if (lineStart === undefined || !Number.isInteger(column) || column < 1)
        return -1;
    const lineEnd = line < starts.length ? starts[line] : length + 1; // a position may be just after a line's "\n"
    const offset = lineStart + column - 1;
    return offset < lineEnd ? offset : -1;
}
/** A fix's edits as offsets, or undefined when one is not in the text or they overlap (not expected: no fix is then applied). */
function apply_fixes_placeFix(fix, starts, length) {
    const edits = [];
    for (const e of fix.edits) {
        const start = offsetOf(starts, length, e.line, e.column);
        const end = offsetOf(starts, length, e.endLine, e.endColumn);
        if (start < 0 || end < start || end > length)
            return undefined;
        if (edits.length > 0 && start < edits[edits.length - 1].end)
            return undefined;
        edits.push({ start, end, text: e.text });
    }
    if (edits.length === 0)
        return undefined;
    return { start: edits[0].start, end: edits[edits.length - 1].end, edits };
}
/**
 * One pass: the fixes of `findings` (positions in `text`) that do not overlap, applied. A fix that
 * starts before the end of one already taken, or just at it, waits for the next pass (as in
 * ESLint: two edits that touch may not mean what each means alone).
 */
function applyFixes(text, findings) {
    const starts = lineStarts(text);
    const placed = [];
    for (const finding of findings) {
        if (finding.fix === undefined)
            continue;
        const p = apply_fixes_placeFix(finding.fix, starts, text.length);
        if (p !== undefined)
            placed.push({ ...p, finding });
    }
    // Stable: fixes that start together keep the findings' order.
    placed.sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let copied = 0;
    let lastEnd = -1;
    const applied = [];
    for (const fix of placed) {
        if (fix.start <= lastEnd)
            continue;
        for (const e of fix.edits) {
            out += text.slice(copied, e.start) + e.text;
            copied = e.end;
        }
        lastEnd = fix.end;
        applied.push(fix.finding);
    }
    return { text: applied.length === 0 ? text : out + text.slice(copied), applied };
}
function parses(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Applies fixes in passes until none applies (at most `maxPasses`), checking the text after each:
 * `check` returns a text's findings. A pass whose result would not parse, when the text before it
 * did, is not applied: the text stays the last one that parsed.
 */
async function fixText(text, check, maxPasses = MAX_PASSES) {
    let findings = await check(text);
    let applied = 0;
    for (let pass = 0; pass < maxPasses; pass++) {
        const next = applyFixes(text, findings);
        if (next.applied.length === 0)
            break;
        if (!parses(next.text) && parses(text))
            return { text, findings, applied, refused: next.applied };
        text = next.text;
        applied += next.applied.length;
        findings = await check(text);
    }
    return { text, findings, applied };
}

;// CONCATENATED MODULE: ./src/fixes/fix-files.ts
// --fix and --fix-dry-run on files: each checked file that has a fix is read again (never through a
// symbolic link, only inside the workspace), fixed in passes (apply-fixes.ts) with the engine
// checking each new text, and, for --fix, written back in place: the same file (opened without
// following a link), only when the content changed and is still what was read, with its byte order
// mark kept. Everything else in the file is kept byte for byte: the edits are the fixes' own.





const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** open(2) flags that refuse a symbolic link (ELOOP) where the platform has O_NOFOLLOW. */
const NO_FOLLOW = external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0;
/** The file's bytes, read without following a symbolic link, and its text as the engine decodes it. */
function readForFix(absolute, maxBytes) {
    const read = readWithoutFollowing(absolute, maxBytes);
    if (read.kind === 'careful')
        return { ok: false, reason: 'a symbolic link (or a platform that cannot open a file without following one); fix the file it points to' };
    if (read.kind !== 'bytes')
        return { ok: false, reason: 'it cannot be read as a regular file' };
    const bytes = Buffer.from(read.bytes); // the read buffer is shared: copy before the next read
    const decoded = decodeManifestBytes(bytes, maxBytes);
    if (!decoded.ok)
        return { ok: false, reason: 'it cannot be read as UTF-8 text' };
    return { ok: true, bytes, text: decoded.text, bom: decoded.bom };
}
/**
 * Writes `content` over the file at `absolute` if it still holds `expected`: opened without
 * following a symbolic link and without creating anything, checked to be a regular file, then
 * written from the start and cut to the new length. Returns why it did not write, if it did not.
 */
function writeInPlace(absolute, expected, content) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(absolute, external_node_fs_namespaceObject.constants.O_RDWR | NO_FOLLOW);
    }
    catch (error) {
        return `it cannot be opened for writing (${error.code ?? 'error'})`;
    }
    try {
        if (!(0,external_node_fs_namespaceObject.fstatSync)(fd).isFile())
            return 'it is not a regular file';
        const current = Buffer.alloc(expected.length + 1);
        let length = 0;
        for (let n = -1; n !== 0 && length < current.length; length += n)
            n = (0,external_node_fs_namespaceObject.readSync)(fd, current, length, current.length - length, length);
        if (length !== expected.length || !current.subarray(0, length).equals(expected))
            return 'it changed while it was being fixed';
        for (let written = 0; written < content.length;)
            written += (0,external_node_fs_namespaceObject.writeSync)(fd, content, written, content.length - written, written);
        (0,external_node_fs_namespaceObject.ftruncateSync)(fd, content.length);
        return undefined;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** The engine as a fix's checker: one file's findings for a text (the findings that span files aside). */
function checkWith(validation) {
    return async (path, text) => (await validateManifests([{ path, text }], validation))[0].findings;
}
/**
 * A checked file read again (to fix it, or to suggest its fixes): only inside the workspace (`root`:
 * its real path), never through a symbolic link.
 */
async function readInWorkspace(absolute, root, maxBytes = DEFAULT_MAX_FILE_BYTES) {
    const folder = await realPathBytes((0,external_node_path_.dirname)(absolute)).catch(() => undefined);
    if (folder === undefined || !isInside(folder, root))
        return { ok: false, reason: 'it is outside the workspace' };
    return readForFix(absolute, maxBytes);
}
/** Fixes the files among `results` that have fixes; returns those whose text changed. */
async function fixFiles(results, options) {
    const root = await realPathBytes(options.workspaceRoot);
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const fixed = [];
    for (const result of results) {
        if (!result.findings.some((f) => f.fix !== undefined))
            continue;
        if (result.pathBytes !== undefined) {
            // Its path is the quoted display form of a name that is not UTF-8: not a name to open, or to write.
            options.skipped(result.path, 'its name is not UTF-8 (fix it by hand, or rename the file)');
            continue;
        }
        const absolute = (0,external_node_path_.join)(options.workspaceRoot, result.path);
        const read = await readInWorkspace(absolute, root, maxBytes);
        if (!read.ok) {
            options.skipped(result.path, read.reason);
            continue;
        }
        const outcome = await fixText(read.text, (text) => options.check(result.path, text));
        if (outcome.refused !== undefined) {
            const rules = [...new Set(outcome.refused.map((f) => f.rule))].join(', ');
            options.skipped(result.path, `the fixes of ${rules} would leave JSON that does not parse, so they were not applied (a bug: please report it)`);
        }
        if (outcome.text === read.text)
            continue;
        if (options.write) {
            const content = Buffer.from(outcome.text, 'utf8');
            const refused = writeInPlace(absolute, read.bytes, read.bom ? Buffer.concat([BOM, content]) : content);
            if (refused !== undefined) {
                options.skipped(result.path, refused);
                continue;
            }
        }
        fixed.push({ path: result.path, before: read.text, after: outcome.text, applied: outcome.applied, ...(read.bom ? { bom: true } : {}) });
    }
    return fixed;
}

;// CONCATENATED MODULE: ./src/engine/validate-workspace.ts
// Auto-discovery and validation as one pipeline: each manifest is checked soon after discovery has
// read it, and its text dropped right after, instead of discovering every manifest (holding every
// text) and then checking them all. Manifests are checked in batches: reading a few hundred files in
// a row, then checking them in a row, keeps each loop's code and data hot (measured: faster than
// checking each file as it is read). Same results as discoverManifests + validateManifests.


/** Manifests read before they are checked together. */
const BATCH = 256;
/** Finds the manifests of a workspace (auto-discovery: no `files` globs) and validates them. */
async function validateWorkspace(discovery, options) {
    const run = startValidation(options);
    const batch = [];
    const flush = async () => {
        for (const m of batch) {
            const wait = run.add(m);
            if (wait)
                await wait;
        }
        batch.length = 0;
    };
    const listed = await discoverManifests({
        ...discovery,
        onManifest: (m) => {
            if (batch.push(m) === BATCH)
                return flush();
        },
    });
    await flush();
    // Discovery lists manifests sorted by path: duplicate-client-name messages name files in that order.
    const files = await run.results({ namesInPathOrder: true });
    return {
        files,
        source: listed.source,
        ...(listed.gitProblem === undefined ? {} : { gitProblem: listed.gitProblem }),
        ...(listed.notices === undefined ? {} : { notices: listed.notices }),
        ...(listed.unmatchedExcludes === undefined ? {} : { unmatchedExcludes: listed.unmatchedExcludes }),
    };
}

;// CONCATENATED MODULE: ./src/action/write-output-file.ts
// Writing report-file and sarif-file. A pull request can commit symbolic links, so a name the
// workflow gives (lp.sarif, out/lp.sarif) may lead anywhere on the runner. A file is written only
// inside the workspace or RUNNER_TEMP, at a path whose every component below that root is a real
// folder or file: missing folders are created one at a time, each checked with lstat; the file is
// opened with O_NOFOLLOW (a link swapped in at the last moment is refused by the kernel) and
// O_NONBLOCK (a FIFO cannot hang the step), checked to be a regular file with no other name (a hard
// link) through the open handle, and only then emptied and written, in pieces of whole lines when
// the text comes as a stream (text-stream.ts): a report of any size is written, one piece held at a time.




/** A path the action will not write to, or could not; the message says why. */
class OutputFileError extends Error {
    name = 'OutputFileError';
}
/** The absolute path a report-file / sarif-file input names (`..` resolved, no link followed). */
function outputPath(path, roots) {
    return (0,external_node_path_.resolve)(roots.workspace, path);
}
/** The components of `path` below `root`, or undefined when it is not strictly inside. */
function componentsBelow(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    if (rel === '' || rel === '..' || rel.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return rel.split(external_node_path_.sep);
}
/** The root the path is in, and its components below it (the outer root when both hold it: more is checked). */
function placeIn(path, roots) {
    const candidates = [roots.workspace, roots.runnerTemp]
        .filter((r) => !!r)
        .map((r) => (0,external_node_path_.resolve)(r))
        .flatMap((root) => {
        const parts = componentsBelow(root, path);
        return parts ? [{ root, parts }] : [];
    });
    candidates.sort((a, b) => b.parts.length - a.parts.length);
    const place = candidates[0];
    if (!place)
        throw new OutputFileError(`it is outside the workspace${roots.runnerTemp ? ' and RUNNER_TEMP' : ''}; the action writes only there`);
    return place;
}
const code = (error) => error?.code;
/** lstat, or undefined when nothing is there. */
async function lstatIfAny(path) {
    try {
        return await (0,promises_.lstat)(path);
    }
    catch (error) {
        if (code(error) === 'ENOENT')
            return undefined;
        throw error;
    }
}
const LINK = 'is a symbolic link: the action writes only through real folders and files, never through a link';
/**
 * Writes `text` (a string, or the pieces of a streamed report) to `path` (workspace-relative or absolute), creating missing folders. Throws an
 * OutputFileError saying why when the path is outside both roots, passes through a symbolic link
 * or is not a regular file; other errors (permissions, disk full) as the system reports them.
 */
async function writeOutputFile(path, text, roots) {
    const { root, parts } = placeIn(outputPath(path, roots), roots);
    const shown = (n) => JSON.stringify(parts.slice(0, n).join('/'));
    let dir = root;
    for (let i = 0; i < parts.length - 1; i++) {
        dir = (0,external_node_path_.join)(dir, parts[i]);
        let st = await lstatIfAny(dir);
        if (st === undefined) {
            try {
                await (0,promises_.mkdir)(dir);
            }
            catch (error) {
                // EEXIST: something appeared meanwhile; the lstat below judges it like any other.
                if (code(error) !== 'EEXIST')
                    throw error;
            }
            st = await (0,promises_.lstat)(dir);
        }
        if (st.isSymbolicLink())
            throw new OutputFileError(`${shown(i + 1)} ${LINK}`);
        if (!st.isDirectory())
            throw new OutputFileError(`${shown(i + 1)} is not a folder`);
    }
    const file = (0,external_node_path_.join)(dir, parts[parts.length - 1]);
    const before = await lstatIfAny(file);
    if (before?.isSymbolicLink())
        throw new OutputFileError(`${shown(parts.length)} ${LINK}`);
    if (before && !before.isFile())
        throw new OutputFileError(`${shown(parts.length)} is not a regular file`);
    // O_NOFOLLOW and O_NONBLOCK do not exist on Windows (undefined): the lstat checks above remain.
    const flags = external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0) | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
    let handle;
    try {
        handle = await (0,promises_.open)(file, flags, 0o644);
    }
    catch (error) {
        // ELOOP (Linux, macOS), EMLINK (FreeBSD): the last component became a link after the lstat.
        if (code(error) === 'ELOOP' || code(error) === 'EMLINK')
            throw new OutputFileError(`${shown(parts.length)} ${LINK}`);
        if (code(error) === 'ENXIO')
            throw new OutputFileError(`${shown(parts.length)} is not a regular file`);
        throw error;
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw new OutputFileError(`${shown(parts.length)} is not a regular file`);
        // Another name for the same file (a hard link) may be outside the workspace: never write through it.
        if (st.nlink > 1)
            throw new OutputFileError(`${shown(parts.length)} has ${st.nlink} names (hard links); the action writes only to a file of its own`);
        await handle.truncate(0);
        // writeFile on a handle writes from its position on: the pieces follow each other.
        if (typeof text === 'string')
            await handle.writeFile(text);
        else
            await (0,text_stream/* writeLines */.x1)(text, (piece) => handle.writeFile(piece));
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/conventions.ts
// The command line's conventions, as ESLint users expect them: --stdin, --output-file, --quiet,
// --max-warnings and colour on a terminal only (NO_COLOR, FORCE_COLOR).








/** The path --stdin's findings are reported under when --stdin-filename is not given. */
const STDIN_PATH = '<stdin>';
/** --stdin: standard input checked as the file --stdin-filename names would be (its path, its overrides). */
async function checkStdin(io, root, filename, validation) {
    if (io.readStdin === undefined)
        throw new discovery_UsageError('--stdin: standard input cannot be read here');
    const path = filename === undefined || filename.trim() === '' ? STDIN_PATH : toPosix((0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, filename)));
    // One byte past the limit is enough to say the text is too large: the rest is not read.
    const bytes = await io.readStdin(DEFAULT_MAX_FILE_BYTES + 1);
    const read = decodeManifestBytes(bytes);
    const files = await validateManifests([{ path, read }], validation);
    return read.ok ? { files, source: { path, source: { text: read.text, bom: read.bom } } } : { files };
}
/** --max-warnings N: a whole number. */
function parseMaxWarnings(value) {
    const v = value.trim();
    if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(Number(v)))
        throw new discovery_UsageError(`--max-warnings: "${v}" is not a number of warnings (a whole number such as 0 or 10)`);
    return Number(v);
}
/** --quiet: the report with the errors only (summary counted again); every other member kept (pathBytes, account). */
function errorsOnly(report) {
    const quiet = buildReport(report.files.map((f) => {
        const { omitted: all, ...rest } = f;
        const findings = f.findings.filter((x) => x.severity === 'error');
        const omitted = all?.filter((o) => o.severity === 'error');
        return omitted === undefined || omitted.length === 0 ? { ...rest, findings } : { ...rest, findings, omitted };
    }));
    if (report.account !== undefined)
        quiet.account = report.account;
    return quiet;
}
/**
 * Colour, as https://no-color.org and the FORCE_COLOR convention say: NO_COLOR (not empty) turns it
 * off; FORCE_COLOR turns it on (0 or false: off); otherwise on a terminal only.
 */
function useColour(env, isTTY) {
    if ((env.NO_COLOR ?? '') !== '')
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force.toLowerCase() !== 'false';
    return isTTY && env.TERM !== 'dumb';
}
const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';
/** The text report (already logSafe: no escape sequence of a manifest's survives) with our own colours. */
function colourText(text) {
    return text
        .split('\n')
        .map((line) => {
        const finding = /^(.*?:\d+:\d+: )(error|warning) ([a-z-]+)( .*)?$/.exec(line);
        if (finding)
            return `${finding[1]}${finding[2] === 'error' ? RED : YELLOW}${finding[2]}${RESET} ${DIM}${finding[3]}${RESET}${finding[4] ?? ''}`;
        const summary = /^(\d[\d,]* errors?), (\d[\d,]* warnings?)( in .*)$/.exec(line);
        if (summary) {
            const errors = summary[1].startsWith('0 ') ? summary[1] : `${RED}${summary[1]}${RESET}`;
            const warnings = summary[2].startsWith('0 ') ? summary[2] : `${YELLOW}${summary[2]}${RESET}`;
            return `${BOLD}${errors}${RESET}${BOLD}, ${warnings}${RESET}${summary[3]}`;
        }
        return line;
    })
        .join('\n');
}
/**
 * --output-file: the report written there (its folder made), as a stream of pieces of whole lines
 * (any size is written, one piece held at a time); a failure is a usage error (exit 2).
 */
async function writeOutput(file, chunks, root) {
    const path = (0,external_node_path_.resolve)(root, file);
    const inside = (0,external_node_path_.relative)(root, path);
    if (inside !== '' && !inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside)) {
        // Inside the checkout a pull request can commit links: written only through real folders to a
        // real file, never through a symbolic link (as the action writes its reports).
        try {
            await writeOutputFile(path, chunks, { workspace: root });
        }
        catch (error) {
            throw new discovery_UsageError(`--output-file: cannot write ${JSON.stringify(file)} (${error instanceof OutputFileError ? error.message : (error.code ?? error.message)})`);
        }
        return;
    }
    let handle;
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        handle = await (0,promises_.open)(path, 'w');
        const h = handle;
        await (0,text_stream/* writeLines */.x1)(chunks, async (piece) => {
            await h.write(piece);
        });
    }
    catch (error) {
        throw new discovery_UsageError(`--output-file: cannot write ${JSON.stringify(file)} (${error.code ?? error.message})`);
    }
    finally {
        await handle?.close();
    }
}

;// CONCATENATED MODULE: ./src/config/load-config.ts
// The config file, `.lp-manifest.yaml` (or `.lp-manifest.yml`) at the repository root or the path
// given (`--config` / the `config` input): read with the `yaml` package, checked against
// schemas/lp-manifest-config.schema.json (Ajv standalone code, compiled at build time), every
// problem a UsageError naming FILE:LINE:COLUMN and the closest valid word. A pull request can change
// this file, so it is read as hostile: bounded size, no symbolic link (unless named explicitly),
// bounded alias expansion and node count, prototype keys rejected as unknown keys.







// The yaml package and the schema's validator are loaded with the first config file (a dynamic
// import, its own chunk of the bundle): a run without a config file never loads or compiles them.
let { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } = {};
let validateConfig;
let parserLoaded;
/** Loads the parser of config files (once); loadConfig does, parseConfig needs it done. */
function loadConfigParser() {
    return (parserLoaded ??= Promise.all([__nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)), __nccwpck_require__.e(/* import() */ 719).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5719, 23))]).then(([yaml, validator]) => {
        ({ isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } = yaml);
        validateConfig = validator.default;
    }));
}
/** The names looked for at the repository root, in this order. */
const CONFIG_FILE_NAMES = ['.lp-manifest.yaml', '.lp-manifest.yml'];
/** A config file is a few hundred bytes; past this it is refused unread. */
const MAX_CONFIG_BYTES = 64 * 1024;
/** YAML aliases expanded at most (`*ref`): a "billion laughs" file must not take the run down. */
const MAX_CONFIG_ALIASES = 100;
/** Problems listed in one usage error; the rest are counted. */
const MAX_LISTED_PROBLEMS = 20;
/** Schema errors worded (and sorted into file order) at most. */
const MAX_DESCRIBED = 1000;
/** Flow collections ([ and {) nested deeper than this are refused before parsing (the parser recurses). */
const MAX_CONFIG_DEPTH = 32;
/** The offset of the first `[` or `{` past MAX_CONFIG_DEPTH (brackets counted as they come, quotes or not), or -1. */
function tooDeepAt(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5b || c === 0x7b) {
            if (++depth > MAX_CONFIG_DEPTH)
                return i;
        }
        else if ((c === 0x5d || c === 0x7d) && depth > 0)
            depth--;
    }
    return -1;
}
/**
 * The config file of a workspace: undefined when there is none (and none was named). A file named
 * explicitly that is missing, two default names at once, or a broken file is a UsageError.
 */
async function loadConfig(options) {
    const root = options.workspaceRoot;
    if (options.explicit !== undefined && options.explicit.trim() !== '') {
        const given = options.explicit.trim();
        const absolute = (0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.join)(root, given);
        const rel = toPosix((0,external_node_path_.relative)(root, absolute));
        const shown = rel !== '' && !rel.startsWith('../') && !(0,external_node_path_.isAbsolute)(rel) ? rel : given;
        let bytes;
        try {
            const info = await (0,promises_.lstat)(absolute);
            if (info.isDirectory())
                throw new discovery_UsageError(`config: ${JSON.stringify(given)} is a directory; name a YAML file such as .lp-manifest.yaml`);
            bytes = await readBounded(absolute, shown);
        }
        catch (error) {
            if (error instanceof discovery_UsageError)
                throw error;
            throw new discovery_UsageError(`config: cannot read ${JSON.stringify(given)} (${error.code ?? error.message})`);
        }
        await loadConfigParser();
        return parseConfig(bytes, shown);
    }
    const present = [];
    for (const name of CONFIG_FILE_NAMES) {
        const info = await (0,promises_.lstat)((0,external_node_path_.join)(root, name)).catch(() => undefined);
        if (info === undefined)
            continue;
        // A pull request can commit a link to any file of the runner: never followed (name it with --config / config to use it).
        if (info.isSymbolicLink())
            throw new discovery_UsageError(`${name} is a symbolic link; a config file at the repository root must be a regular file`);
        if (!info.isFile())
            throw new discovery_UsageError(`${name} is not a regular file`);
        present.push(name);
    }
    if (present.length === 0)
        return undefined;
    if (present.length > 1)
        throw new discovery_UsageError(`${present.join(' and ')} are both present; keep one (the settings of the other would be ignored)`);
    const name = present[0];
    const bytes = await readBounded((0,external_node_path_.join)(root, name), name);
    await loadConfigParser();
    return parseConfig(bytes, name);
}
async function readBounded(absolute, shown) {
    const info = await (0,promises_.lstat)(absolute).catch(() => undefined);
    if (info !== undefined && info.isFile() && info.size > MAX_CONFIG_BYTES)
        throw new discovery_UsageError(`${shown}: ${info.size} bytes is too large for a config file (at most ${MAX_CONFIG_BYTES})`);
    const bytes = await (0,promises_.readFile)(absolute);
    if (bytes.length > MAX_CONFIG_BYTES)
        throw new discovery_UsageError(`${shown}: too large for a config file (at most ${MAX_CONFIG_BYTES} bytes)`);
    return bytes;
}
/** A key or value quoted for a message: JSON (no control character or line break shows raw), and cut. */
function quote(s) {
    const text = typeof s === 'string' ? s : (JSON.stringify(s) ?? String(s));
    return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
/** Parses and checks a config file's bytes (`shown`: the name in messages). */
function parseConfig(bytes, shown) {
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes))
        throw new discovery_UsageError(`${shown}: not UTF-8 text`);
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const lineCounter = new LineCounter();
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return `${shown}:${line}:${col}`;
    };
    const deep = tooDeepAt(text);
    if (deep >= 0) {
        const line = text.slice(0, deep).split('\n').length;
        throw new discovery_UsageError(`${shown}:${line}:${deep - text.lastIndexOf('\n', deep - 1)}: nests deeper than ${MAX_CONFIG_DEPTH} levels; a config file needs at most 4`);
    }
    // Unique keys are checked below, in one pass (the yaml package compares each key with every other).
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, merge: false, strict: true, version: '1.2' });
    const yamlProblems = [...doc.errors, ...doc.warnings].map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`);
    visit(doc, {
        Map(_key, map) {
            const seen = new Set();
            for (const pair of map.items) {
                if (!isScalar(pair.key))
                    continue;
                const name = String(pair.key.value);
                if (seen.has(name))
                    yamlProblems.push(`${at(pair.key.range?.[0] ?? 0)}: Map keys must be unique`);
                seen.add(name);
            }
        },
    });
    if (yamlProblems.length > 0)
        throw new discovery_UsageError(listProblems(yamlProblems));
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_CONFIG_ALIASES });
    }
    catch (error) {
        throw new discovery_UsageError(`${shown}: ${error.message}`);
    }
    if (value === null || value === undefined)
        value = {};
    if (!validateConfig(value)) {
        // (Described: the first MAX_DESCRIBED; each lookup of a key is by index, not a search.)
        const errors = (validateConfig.errors ?? []).slice(0, MAX_DESCRIBED);
        // In file order (Ajv's is the schema's), each problem once.
        const problems = errors.map((e) => describeSchemaError(e, doc, at, shown));
        const position = (p) => (/^[^\n]*?:(\d+):(\d+): /.exec(p.slice(shown.length)) ?? ['', '0', '0']).slice(1).map(Number);
        const sorted = [...new Set(problems)].sort((x, y) => {
            const [a, b] = [position(x), position(y)];
            return a[0] - b[0] || a[1] - b[1];
        });
        const more = (validateConfig.errors?.length ?? 0) - errors.length;
        throw new discovery_UsageError(listProblems(sorted, more));
    }
    const raw = value;
    const config = { path: shown, overrides: [] };
    const globsAt = (segments, globs) => {
        globs.forEach((g, i) => {
            if (globstars(g) > MAX_GLOB_GLOBSTARS) {
                const node = nodeAt(doc, [...segments, i]);
                throw new discovery_UsageError(`${node ? at(node.range[0]) : shown}: ${pathName([...segments, i])}: ${quote(g)} has ${globstars(g)} "**" segments; a glob may have at most ${MAX_GLOB_GLOBSTARS}`);
            }
            try {
                normalizeGlobs([g], '');
            }
            catch {
                const node = nodeAt(doc, [...segments, i]);
                throw new discovery_UsageError(`${node ? at(node.range[0]) : shown}: ${pathName([...segments, i])}: ${quote(g)} points outside the repository; use a glob relative to the repository root such as "apps/**/*.json"`);
            }
        });
        return globs;
    };
    if (raw.files !== undefined)
        config.files = globsAt(['files'], raw.files);
    if (raw.exclude !== undefined)
        config.exclude = raw.exclude;
    if (raw.profiles !== undefined)
        config.profiles = [...new Set(raw.profiles)];
    if (raw['require-quick-launch'] !== undefined)
        config.requireQuickLaunch = raw['require-quick-launch'];
    if (raw['fail-on'] !== undefined)
        config.failOn = raw['fail-on'];
    if (raw.rules !== undefined)
        config.rules = severities(raw.rules);
    for (const [i, o] of (raw.overrides ?? []).entries())
        config.overrides.push({ files: globsAt(['overrides', i, 'files'], o.files), rules: severities(o.rules ?? {}) });
    if (config.requireQuickLaunch === true && (config.profiles ?? []).length === 0) {
        const node = nodeAt(doc, ['require-quick-launch']);
        throw new discovery_UsageError(`${node ? at(node.range[0]) : shown}: require-quick-launch needs profiles (the profiles that must see each app)`);
    }
    return config;
}
function severities(rules) {
    // (The schema allows only rule ids as keys: no prototype key reaches here.)
    return new Map(Object.entries(rules));
}
/** `uncounted`: problems not in `problems` (past MAX_DESCRIBED). */
function listProblems(problems, uncounted = 0) {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
    const more = problems.length - listed.length + uncounted;
    if (more > 0)
        listed.push(`and ${(0,text_report/* count */.U9)(more)} more problems`);
    return listed.join('\n');
}
/** `overrides[0].rules.placeholder` for a JSON pointer's segments. */
function pathName(segments) {
    let out = '';
    for (const s of segments)
        out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
    return out;
}
function segmentsOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
/** Each map's pairs by key, made on first use: a file of thousands of unknown keys is worded in linear time. */
const pairsByKey = new WeakMap();
function pairOf(map, name) {
    let index = pairsByKey.get(map);
    if (index === undefined) {
        index = new Map();
        for (const p of map.items)
            if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value)))
                index.set(String(p.key.value), p);
        pairsByKey.set(map, index);
    }
    return index.get(name);
}
/** The YAML node at a path of the parsed value (aliases followed), or undefined. */
function nodeAt(doc, segments) {
    let node = doc.contents;
    for (const s of segments) {
        if (isAlias(node))
            node = node.resolve(doc);
        if (isMap(node))
            node = pairOf(node, String(s))?.value;
        else if (isSeq(node) && typeof s === 'number')
            node = node.items[s];
        else
            return undefined;
    }
    return node !== null && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? node : undefined;
}
/** The key node of `name` in the map at `segments`. */
function keyNodeAt(doc, segments, name) {
    let map = segments.length === 0 ? doc.contents : nodeAt(doc, segments);
    if (isAlias(map))
        map = map.resolve(doc);
    if (!isMap(map))
        return undefined;
    const pair = pairOf(map, name);
    return pair && isScalar(pair.key) ? pair.key : undefined;
}
const TYPE_NAMES = { array: 'a list', object: 'a mapping', string: 'a string', integer: 'an integer', boolean: 'true or false', number: 'a number' };
function describeSchemaError(e, doc, at, shown) {
    const segments = segmentsOf(e.instancePath);
    const where = pathName(segments);
    const node = nodeAt(doc, segments);
    const place = node?.range ? at(node.range[0]) : shown;
    const isRules = segments[segments.length - 1] === 'rules';
    switch (e.keyword) {
        case 'additionalProperties': {
            const name = String(e.params.additionalProperty);
            const key = keyNodeAt(doc, segments, name);
            const keyPlace = key?.range ? at(key.range[0]) : place;
            const known = Object.keys(e.parentSchema.properties ?? {});
            if (isRules && name === 'internal-error')
                return `${keyPlace}: ${where}: internal-error cannot be changed; a validator failure always fails the run`;
            const guess = (0,text_closest/* closestMatch */.h0)(name, known);
            const what = isRules ? 'unknown rule id' : 'unknown key';
            return `${keyPlace}: ${what} ${quote(name)}${where === '' ? '' : ` in ${where}`}; ${guess !== undefined ? `did you mean ${quote(guess)}?` : `valid: ${known.join(', ')}`}`;
        }
        case 'enum': {
            const allowed = e.params.allowedValues.map(String);
            const guess = typeof e.data === 'string' ? (0,text_closest/* closestMatch */.h0)(e.data, allowed) : undefined;
            return `${place}: ${where}: ${quote(e.data)} is not one of ${allowed.join(', ')}${guess !== undefined ? `; did you mean ${quote(guess)}?` : ''}`;
        }
        case 'type': {
            const type = String(e.params.type);
            return `${place}: ${where === '' ? 'the config file' : where} must be ${TYPE_NAMES[type] ?? type}, not ${quote(e.data)}`;
        }
        case 'required':
            return `${place}: ${where} needs ${String(e.params.missingProperty)}`;
        default:
            return `${place}: ${where === '' ? 'the config file' : where} ${e.message ?? 'is not valid'}`;
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/config/severities.ts
// The severity overrides a file gets: the config file's `rules`, then each of its `overrides`
// whose globs match the file's path (in order: later entries win), then the `rules` input or
// `--rules` flag on top (a given input or flag wins over the config file).


function merge(...layers) {
    const out = new Map();
    for (const layer of layers)
        for (const [rule, level] of layer ?? [])
            out.set(rule, level);
    return out;
}
function effectiveSeverities(config, given) {
    const base = merge(config?.rules, given);
    const overrides = config?.overrides ?? [];
    if (overrides.length === 0)
        return { severities: base };
    const matchers = overrides.map((o) => picomatch_default()(normalizeGlobs(o.files, 'overrides'), { dot: true }));
    // Files matched by the same overrides share one map (most files: a handful of combinations).
    const byCombination = new Map();
    return {
        severities: base,
        severitiesFor: (path) => {
            let key = '';
            for (let i = 0; i < matchers.length; i++)
                if (matchers[i](path))
                    key += `${i},`;
            if (key === '')
                return base;
            let found = byCombination.get(key);
            if (found === undefined) {
                const layers = key
                    .split(',')
                    .filter((k) => k !== '')
                    .map((k) => overrides[Number(k)].rules);
                found = merge(config?.rules, ...layers, given);
                byCombination.set(key, found);
            }
            return found;
        },
    };
}

// EXTERNAL MODULE: ./src/reporters/account-report.ts + 1 modules
var account_report = __nccwpck_require__(5718);
;// CONCATENATED MODULE: ./src/liveperson/account-checks.ts





const ACTION_NAMES = {
    account: 'liveperson-account',
    username: 'liveperson-username',
    password: 'liveperson-password',
    appKey: 'liveperson-app-key',
    appSecret: 'liveperson-app-secret',
    compareInstalled: 'compare-installed',
};
const CLI_NAMES = {
    account: '--account (or LP_ACCOUNT)',
    username: 'LP_USERNAME',
    password: 'LP_PASSWORD',
    appKey: 'LP_APP_KEY',
    appSecret: 'LP_APP_SECRET',
    compareInstalled: '--compare-installed',
};
/** Which account checks the settings ask for. Throws UsageError for settings that contradict each other. */
function accountSetup(settings, names) {
    const account = settings.account.trim();
    if (account === '') {
        return settings.compareInstalled
            ? { kind: 'off', notice: `${names.compareInstalled}: no LivePerson account is given (${names.account}), so the installed apps are not compared` }
            : { kind: 'off' };
    }
    if (!/^[A-Za-z0-9]{1,40}$/.test(account))
        throw new discovery_UsageError(`${names.account}: ${(0,describe/* quote */.hD)(account, 40)} is not a LivePerson account id (letters and digits)`);
    if (settings.password !== '' && (settings.appKey !== '' || settings.appSecret !== '')) {
        throw new discovery_UsageError(`${names.password} and ${names.appKey}/${names.appSecret}: give one way to log in (a user's password, or an application's key and secret)`);
    }
    const missing = [];
    if (settings.username.trim() === '')
        missing.push(names.username);
    if (settings.password === '') {
        if (settings.appKey === '' && settings.appSecret === '')
            missing.push(`${names.password} (or ${names.appKey} and ${names.appSecret})`);
        else if (settings.appKey === '')
            missing.push(names.appKey);
        else if (settings.appSecret === '')
            missing.push(names.appSecret);
    }
    if (missing.length > 0) {
        return {
            kind: 'no-credentials',
            account,
            notice: `LivePerson account ${account}: no credentials (${missing.join(', ')} empty; a pull request from a fork gets no secrets), so the account checks (unknown-profile, profile names${settings.compareInstalled ? ', drift' : ''}) did not run; every other check did`,
        };
    }
    const credentials = settings.password !== ''
        ? { account, username: settings.username.trim(), password: settings.password }
        : { account, username: settings.username.trim(), appKey: settings.appKey, appSecret: settings.appSecret };
    return { kind: 'on', credentials, compareInstalled: settings.compareInstalled };
}
/** Reads the account (the client loaded on first use). Never throws: a fault is `failure`. */
async function readAccountFacts(setup, options) {
    const { credentials, compareInstalled } = setup;
    const account = credentials.account;
    const { readAccount, AccountError, PartialReadError } = await __nccwpck_require__.e(/* import() */ 764).then(__nccwpck_require__.bind(__nccwpck_require__, 6764));
    try {
        const read = await readAccount(credentials, { installations: compareInstalled }, options);
        const facts = { account, profiles: read.profiles, ...(read.installations ? { installations: read.installations } : {}) };
        return { account, facts, view: (0,account_facts/* accountView */.xK)(facts) };
    }
    catch (error) {
        if (error instanceof PartialReadError) {
            const facts = { account, profiles: error.partial.profiles };
            return { account, facts, view: (0,account_facts/* accountView */.xK)(facts), failure: `LivePerson account ${account}: drift was not checked (compare-installed): ${error.message}; the profiles were read and checked` };
        }
        const why = error instanceof AccountError ? error.message : `an unexpected error (${error instanceof Error ? error.name : 'unknown'})`;
        return {
            account,
            failure: `LivePerson account ${account} could not be read, so unknown-profile, the profile names${compareInstalled ? ' and drift (compare-installed)' : ''} were not checked: ${why}`,
        };
    }
}
/** Environment variables that tune the client for tests (a loopback LivePerson, short waits). */
function clientOptionsFromEnv(env) {
    const num = (value, max) => (value !== undefined && /^\d{1,9}$/.test(value.trim()) ? Math.min(Number(value), max) : undefined);
    const out = {};
    if (env.LP_CSDS_URL)
        out.csdsUrl = env.LP_CSDS_URL;
    const unit = num(env.LP_MANIFEST_RETRY_UNIT_MS, 60_000);
    if (unit !== undefined)
        out.unitMs = unit;
    const timeout = num(env.LP_MANIFEST_API_TIMEOUT_MS, 600_000);
    if (timeout !== undefined && timeout > 0)
        out.timeoutMs = timeout;
    return out;
}
/** Whether `profiles` needs the account: it names a profile instead of giving its id. */
function profilesHaveNames(text) {
    return splitProfiles(text).some((t) => !/^[0-9\s]+$/.test(t));
}
/** Comma or line separated; a token of digits and spaces is ids ("42 43"), anything else a name. */
function splitProfiles(text) {
    return text
        .split(/[,\n]/)
        .map((t) => t.trim())
        .filter((t) => t !== '');
}
/**
 * `profiles` (input or --profiles) with names resolved against the account's profiles ("Agent
 * Manager, 42"). A name matches a live profile's name, ignoring case; no match, or more than one
 * profile of that name, is a usage error naming the closest names or the ids.
 */
function resolveProfiles(text, view, inputName) {
    // Without the account's profiles, as without the account checks: ids only.
    if (view?.profiles === undefined || !profilesHaveNames(text))
        return parseProfiles(text, inputName);
    const live = [...(view?.profiles?.values() ?? [])].filter((p) => p.deleted !== true && p.name.trim() !== '');
    const byName = new Map();
    for (const p of live) {
        const key = p.name.trim().toLowerCase();
        const ids = byName.get(key);
        if (ids)
            ids.push(p.id);
        else
            byName.set(key, [p.id]);
    }
    const out = new Set();
    for (const token of splitProfiles(text)) {
        if (/^[0-9\s]+$/.test(token)) {
            for (const id of parseProfiles(token, inputName))
                out.add(id);
            continue;
        }
        const ids = byName.get(token.toLowerCase());
        if (ids === undefined) {
            const closest = (0,text_closest/* byCloseness */.l1)(token, [...new Set(live.map((p) => p.name.trim()))]).slice(0, 3);
            throw new discovery_UsageError(`${inputName}: no profile of account ${view.account} is named ${(0,describe/* quote */.hD)(token, 60)}${closest.length > 0 ? `; the closest: ${closest.map((n) => (0,describe/* quote */.hD)(n, 60)).join(', ')}` : ''}`);
        }
        if (ids.length > 1)
            throw new discovery_UsageError(`${inputName}: ${ids.length} profiles of account ${view.account} are named ${(0,describe/* quote */.hD)(token, 60)} (ids ${ids.join(', ')}): give the id`);
        out.add(ids[0]);
    }
    return [...out];
}

;// CONCATENATED MODULE: ./src/cli/account-cli.ts






function account_cli_settingsOf(args, env, compareInstalled) {
    return {
        account: args.account ?? env.LP_ACCOUNT ?? '',
        username: env.LP_USERNAME ?? '',
        password: env.LP_PASSWORD ?? '',
        appKey: env.LP_APP_KEY ?? '',
        appSecret: env.LP_APP_SECRET ?? '',
        compareInstalled,
    };
}
async function read(args, io, compareInstalled, required) {
    const setup = accountSetup(account_cli_settingsOf(args, io.env, compareInstalled), CLI_NAMES);
    if (setup.kind === 'off') {
        if (required !== undefined)
            throw new discovery_UsageError(`${required} needs --account ID (or LP_ACCOUNT) and the credentials in LP_USERNAME and LP_PASSWORD (or LP_APP_KEY and LP_APP_SECRET)`);
        return { notice: setup.notice ?? '' };
    }
    if (setup.kind === 'no-credentials') {
        if (required !== undefined)
            throw new discovery_UsageError(`${required}: ${setup.notice.replace(/, so the account checks.*$/, '')}`);
        return { notice: setup.notice, account: setup.account };
    }
    return readAccountFacts(setup, { ...clientOptionsFromEnv(io.env), fetch: io.fetch, onNote: (n) => io.err(`${tool_info/* TOOL_NAME */.lH}: ${n}\n`) });
}
/** For a check run: the account read when asked for (a notice without credentials), the profiles resolved. */
async function accountForCli(args, io) {
    const outcome = await read(args, io, args.compareInstalled, undefined);
    if ('notice' in outcome) {
        if (outcome.notice !== '')
            io.err(`${tool_info/* TOOL_NAME */.lH}: notice: ${outcome.notice}\n`);
        if (outcome.account !== undefined && profilesHaveNames(args.profilesText))
            throw new discovery_UsageError(`--profiles: profile names need the account's credentials (LP_USERNAME and LP_PASSWORD, or LP_APP_KEY and LP_APP_SECRET); give profile ids`);
        return { account: outcome.account, profiles: resolveProfiles(args.profilesText, undefined, '--profiles') };
    }
    if (outcome.view === undefined) {
        if (profilesHaveNames(args.profilesText))
            throw new discovery_UsageError(`--profiles: profile names need the account, which could not be read: ${outcome.failure ?? ''}`);
        return { account: outcome.account, failure: outcome.failure, profiles: resolveProfiles(args.profilesText, undefined, '--profiles') };
    }
    return { account: outcome.account, view: outcome.view, failure: outcome.failure, profiles: resolveProfiles(args.profilesText, outcome.view, '--profiles') };
}
/** --list-profiles: id, name and role of each profile, as a table (deleted ones marked). Exit code. */
async function listProfiles(args, io, out) {
    const outcome = await read(args, io, false, '--list-profiles');
    if ('notice' in outcome)
        return 2; // (read() throws instead)
    if (outcome.facts?.profiles === undefined) {
        io.err(`${tool_info/* TOOL_NAME */.lH}: error: ${outcome.failure ?? 'the profiles could not be read'}\n`);
        return 2;
    }
    const rows = [...outcome.facts.profiles].sort((a, b) => a.id - b.id);
    const lines = [`Profiles of LivePerson account ${outcome.account} (${rows.length}):`, 'id\tname\trole'];
    for (const p of rows) {
        const role = p.roleTypeId === undefined ? '' : (account_facts/* ROLE_NAMES */.ST[p.roleTypeId] ?? `role ${p.roleTypeId}`);
        lines.push(`${p.id}\t${(0,account_facts/* profileName */.vR)(p.name)}\t${role}${p.deleted ? '\t(deleted)' : ''}`);
    }
    out(lines.join('\n') + '\n');
    return 0;
}
/** --export-installed DIR: writes each installed app as a manifest; the caller checks the written files. */
async function exportInstalled(args, dirArg, includeHeaderValues, cwd, io) {
    if (dirArg.trim() === '')
        throw new discovery_UsageError('--export-installed: give the directory to write into');
    const outcome = await read(args, io, true, '--export-installed');
    if ('notice' in outcome)
        return { code: 2 };
    if (outcome.facts?.installations === undefined) {
        io.err(`${tool_info/* TOOL_NAME */.lH}: error: ${outcome.failure ?? 'the installations could not be read'}\n`);
        return { code: 2 };
    }
    const { exportPlan, writeExport, HEADER_PLACEHOLDER } = await __nccwpck_require__.e(/* import() */ 602).then(__nccwpck_require__.bind(__nccwpck_require__, 2602));
    const dir = (0,external_node_path_.isAbsolute)(dirArg) ? dirArg : (0,external_node_path_.join)(cwd, dirArg);
    const plan = exportPlan(outcome.facts.installations, includeHeaderValues);
    const { written, skipped } = await writeExport(dir, plan);
    for (const f of written) {
        const note = f.placeholders > 0
            ? `; ${f.placeholders} header value${f.placeholders === 1 ? '' : 's'} written as ${JSON.stringify(HEADER_PLACEHOLDER)} (--include-header-values writes them as installed)`
            : '';
        io.err(`${tool_info/* TOOL_NAME */.lH}: wrote ${(0,describe/* displayPath */.Gt)((0,external_node_path_.join)(dirArg, f.fileName))} (${(0,describe/* quote */.hD)(f.clientName, 80)})${note}\n`);
    }
    for (const f of skipped)
        io.err(`${tool_info/* TOOL_NAME */.lH}: warning: ${(0,describe/* displayPath */.Gt)((0,external_node_path_.join)(dirArg, f.fileName))} exists: not overwritten (${(0,describe/* quote */.hD)(f.clientName, 80)} not exported)\n`);
    io.err(`${tool_info/* TOOL_NAME */.lH}: exported ${written.length} of ${plan.length} installed app${plan.length === 1 ? '' : 's'} of account ${outcome.account} into ${(0,describe/* displayPath */.Gt)(dirArg)}\n`);
    return { code: 0, dir, written: written.map((f) => f.fileName) };
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts
























const HELP = `Usage: ${tool_info/* TOOL_NAME */.lH} [PATH|GLOB ...] [options]

Validates LivePerson application manifests. With no PATH, finds every manifest in the current
directory (git-aware: files ignored by git and node_modules/ are skipped). A directory is searched
the same way; a file is always checked; a glob (quote it) selects files whatever they hold. A PATH
that does not exist, or a glob that matches nothing, is a usage error.

Options:
  --format text|json|sarif|github|rdjson|junit|codeclimate
                                    output format (default: text); rdjson is reviewdog's, junit
                                    JUnit XML, codeclimate GitLab Code Quality
  --fix                             apply the certain fixes in place, then report what remains
  --fix-dry-run                     print the fixes as a unified diff; write nothing
  --fail-on error|warning|never     which findings make the exit code 1 (default: error)
  --profiles "42,43"                profile ids: report who sees each app in QuickLaunch
  --require-quick-launch            every manifest must be QuickLaunch-ready for one of --profiles
  --rules "placeholder=off,insecure-url=error"
                                    severity overrides (off|warning|error)
  --exclude GLOB                    skip matching files (repeatable, or comma separated)
  --only-manifests                  check only the given files (and glob matches) that auto-discovery
                                    recognizes as manifests; skip the others (pre-commit's file lists)
  --config FILE                     the config file (default: .lp-manifest.yaml or .lp-manifest.yml
                                    in the current directory, when there is one)
  --stdin                           check the manifest on standard input
  --stdin-filename PATH             the path its findings are reported under (default: <stdin>)
  -o, --output-file FILE            write the report to FILE instead of standard output
  --quiet                           report errors only (the exit code still counts warnings
                                    per --fail-on and --max-warnings)
  --max-warnings N                  exit 1 when there are more than N warnings
  --account ID                      LivePerson account checks (read only; or LP_ACCOUNT): unknown
                                    profiles, profile names (also in --profiles); credentials from
                                    LP_USERNAME and LP_PASSWORD, or LP_APP_KEY and LP_APP_SECRET
  --compare-installed               with --account: compare each manifest with the installed app (drift)
  --list-profiles                   with --account: print the account's profiles (id, name, role)
  --export-installed DIR            with --account: write each installed app as a manifest into DIR
  --include-header-values           with --export-installed: write header values as installed
  --help, --version

Colour: on a terminal only; NO_COLOR turns it off, FORCE_COLOR on (FORCE_COLOR=0 off).

Exit codes: 0 clean, 1 failing per --fail-on, 2 usage error or the account could not be read.
Rule ids: ${catalogue/* RULE_IDS */.Iu.join(', ')}
`;
const FORMATS = ['text', 'json', 'sarif', 'github', 'rdjson', 'junit', 'codeclimate'];
/** The text of a file that has findings (rdjson counts columns in bytes of each line), read when its diagnostics are written. */
async function sourceText(path, root, fixedTexts) {
    const read = await readManifestText((0,external_node_path_.join)(root, path), root);
    const fixed = fixedTexts.get(path);
    if (read.ok)
        return { text: fixed ?? read.text, bom: read.bom };
    if (read.prefix !== undefined)
        return { text: read.prefix, bom: false };
    return undefined;
}
function hasGlobChars(s) {
    return /[*?[\]{}!]/.test(s);
}
/** Whether nothing is at `path` (not even a broken symbolic link, which is checked and reported). */
async function missing(path) {
    try {
        await (0,promises_.lstat)(path);
        return false;
    }
    catch (error) {
        const code = error.code;
        return code === 'ENOENT' || code === 'ENOTDIR';
    }
}
/** A file's identity: its path, and its bytes when the name is not UTF-8 (two names may show alike). */
function identity(m) {
    return m.fsPath === undefined ? m.path : `${m.path}\0${m.fsPath.toString('hex')}`;
}
/** PATH arguments: files, directories (searched like the workspace) and globs. */
async function validatePaths(positionals, root, exclude, validation, noteGit, onlyManifests) {
    const inputs = new Map();
    const globs = [];
    // Discovery hands over the text it read: the engine does not read those files again.
    const add = (found) => inputs.set(identity(found), found);
    /** A file named on the command line, or matched by a glob: with --only-manifests, if it is one. */
    const addFile = async (file) => {
        if (!onlyManifests)
            return add(file);
        const found = file.fsPath === undefined ? await recognizeFile(root, file.path) : file;
        if (found)
            add(found);
    };
    for (const arg of positionals) {
        const absolute = (0,external_node_path_.isAbsolute)(arg) ? arg : (0,external_node_path_.join)(root, arg);
        const info = await (0,promises_.stat)(absolute).catch(() => undefined);
        if (info?.isDirectory()) {
            const under = toPosix((0,external_node_path_.relative)(root, absolute));
            const found = await discoverManifests({ workspaceRoot: root, under: under === '' ? undefined : under, exclude });
            noteGit(found);
            for (const m of found.manifests)
                add(m);
        }
        else if (info || !(await missing(absolute))) {
            await addFile({ path: toPosix((0,external_node_path_.relative)(root, absolute)) });
        }
        else if (hasGlobChars(arg)) {
            globs.push(arg);
        }
        else {
            // Checking nothing would pass: a typo in a path must not.
            throw new discovery_UsageError(`no such file or directory: ${JSON.stringify(arg)}`);
        }
    }
    if (globs.length > 0) {
        normalizeGlobs(globs, 'PATH');
        const found = await discoverManifests({ workspaceRoot: root, files: globs, exclude });
        noteGit(found);
        if (found.manifests.length === 0)
            throw new discovery_UsageError(`no file matches ${globs.map((g) => JSON.stringify(g)).join(', ')}`);
        for (const m of found.manifests)
            await addFile(m);
    }
    return validateManifests([...inputs.values()], validation);
}
async function runCli(argv, io) {
    // A workflow step may run this command: its output is a runner log too. Every line it prints is
    // logSafe (JSON and SARIF stay JSON with the same values), except --format github's workflow
    // commands, which are commands on purpose (their messages are logSafe, their data escaped).
    /** Small outputs (--list-profiles) on stdout, inert. */
    const out = (s) => void io.stdout((0,log_safe/* logSafe */.s)(s));
    const err = (s) => io.stderr((0,log_safe/* logSafe */.s)(s));
    let parsed;
    try {
        parsed = io.parseArgs({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                fix: { type: 'boolean', default: false },
                'fix-dry-run': { type: 'boolean', default: false },
                // No defaults here: a flag that is given wins over the config file, which wins over the defaults.
                'fail-on': { type: 'string' },
                profiles: { type: 'string' },
                'require-quick-launch': { type: 'boolean' },
                rules: { type: 'string', default: '' },
                config: { type: 'string' },
                stdin: { type: 'boolean', default: false },
                'stdin-filename': { type: 'string' },
                'output-file': { type: 'string', short: 'o' },
                quiet: { type: 'boolean', default: false },
                'max-warnings': { type: 'string' },
                exclude: { type: 'string', multiple: true, default: [] },
                'only-manifests': { type: 'boolean', default: false },
                account: { type: 'string' },
                'compare-installed': { type: 'boolean', default: false },
                'list-profiles': { type: 'boolean', default: false },
                'export-installed': { type: 'string' },
                'include-header-values': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false },
            },
        });
    }
    catch (error) {
        err(`${tool_info/* TOOL_NAME */.lH}: ${error.message}\nRun ${tool_info/* TOOL_NAME */.lH} --help for usage.\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    if (values.version) {
        await io.stdout(`${tool_info/* TOOL_VERSION */.wr}\n`);
        return 0;
    }
    try {
        const format = values.format ?? 'text';
        if (!FORMATS.includes(format)) {
            throw new discovery_UsageError(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
        }
        const fix = values.fix;
        const dryRun = values['fix-dry-run'];
        if (fix && dryRun)
            throw new discovery_UsageError('--fix and --fix-dry-run: give one (--fix-dry-run shows what --fix would change)');
        if (dryRun && values.format !== undefined)
            throw new discovery_UsageError('--fix-dry-run prints a unified diff: --format does not apply');
        const stdin = values.stdin;
        if (values['stdin-filename'] !== undefined && !stdin)
            throw new discovery_UsageError('--stdin-filename names the text of --stdin: give --stdin too');
        if (stdin && positionals.length > 0)
            throw new discovery_UsageError('--stdin checks standard input: give no PATH (use --stdin-filename for the path to report)');
        if (stdin && (fix || dryRun))
            throw new discovery_UsageError(`${fix ? '--fix' : '--fix-dry-run'} works on files: not with --stdin`);
        const maxWarnings = values['max-warnings'] === undefined ? undefined : parseMaxWarnings(values['max-warnings']);
        const root = io.cwd;
        const failOnFlag = values['fail-on'] === undefined ? undefined : parseFailOn(values['fail-on'], '--fail-on');
        const severities = parseSeverityOverrides(values.rules, '--rules');
        const config = await loadConfig({ workspaceRoot: root, explicit: values.config });
        const failOn = failOnFlag ?? config?.failOn ?? 'error';
        // --profiles may name profiles (resolved with --account); else the config file's ids.
        const profilesText = values.profiles ?? (config?.profiles ?? []).join(',');
        const requireQuickLaunch = values['require-quick-launch'] ?? config?.requireQuickLaunch ?? false;
        // --exclude adds to the config file's exclude (as ESLint's --ignore-pattern adds to its ignores).
        const exclude = [...(config?.exclude ?? []), ...values.exclude.flatMap(splitList)];
        if (requireQuickLaunch && profilesText.trim() === '') {
            throw new discovery_UsageError('--require-quick-launch needs --profiles (the profiles that must see each app)');
        }
        // PATH arguments win over the config file's files.
        const paths = positionals.length > 0 ? positionals : (config?.files ?? []);
        // Text and workflow commands show no fix: their edits are not worked out (the JSON report, SARIF, rdjson and --fix need them).
        const fixes = fix || dryRun || format === 'json' || format === 'sarif' || format === 'rdjson';
        const outputFile = values['output-file'];
        // Colour: text on a terminal only (not into a file), as NO_COLOR and FORCE_COLOR say.
        const colour = format === 'text' && outputFile === undefined && useColour(io.env ?? {}, io.stdoutIsTTY ?? false);
        /**
         * The report, in pieces of whole lines: to --output-file, or standard output (logSafe: a workflow
         * step's log; `raw`: text that is inert already). Colour only on a terminal.
         */
        const send = async (chunks, raw = false, coloured = false) => {
            if (outputFile !== undefined)
                return writeOutput(outputFile, chunks, root);
            await (0,text_stream/* writeLines */.x1)(chunks, (piece) => {
                const text = raw ? piece : (0,log_safe/* logSafe */.s)(piece);
                return io.stdout(coloured ? colourText(text) : text);
            });
        };
        let diffSent = false;
        // The account (--account / LP_ACCOUNT): read once, before any manifest (the client loads only with credentials).
        const accountIo = { env: io.env ?? process.env, fetch: io.fetch, err };
        const accountArgs = { account: values.account, compareInstalled: values['compare-installed'], profilesText };
        if (values['list-profiles'])
            return await listProfiles(accountArgs, accountIo, out);
        let exported;
        let exportRoot = root;
        if (values['export-installed'] !== undefined) {
            const result = await exportInstalled(accountArgs, values['export-installed'], values['include-header-values'], root, accountIo);
            if (result.written === undefined || result.dir === undefined)
                return result.code;
            // The written files are checked like any manifest: what the installed apps get wrong is reported.
            exported = result.written;
            exportRoot = result.dir;
        }
        const account = exported === undefined ? await accountForCli(accountArgs, accountIo) : { profiles: parseProfiles(profilesText, '--profiles') };
        const profiles = account.profiles;
        const validation = {
            workspaceRoot: exportRoot,
            profiles,
            requireQuickLaunch,
            ...effectiveSeverities(config, severities),
            fixes,
            ...(account.view ? { account: account.view } : {}),
        };
        // git failed in a git work tree: say so once (files .gitignore excludes were searched too).
        let warned = false;
        /** Discovery's notices, each said once (a run may discover several directories). */
        const noted = new Set();
        // An exclude pattern that matches no file of any search: a warning (a typo must not pass silently).
        let searches = 0;
        const unmatched = new Map();
        const noteGit = ({ gitProblem, notices, unmatchedExcludes }) => {
            for (const notice of notices ?? []) {
                if (noted.has(notice))
                    continue;
                noted.add(notice);
                err(`${tool_info/* TOOL_NAME */.lH}: note: ${notice}\n`);
            }
            searches++;
            for (const p of unmatchedExcludes ?? [])
                unmatched.set(p, (unmatched.get(p) ?? 0) + 1);
            if (gitProblem === undefined || warned)
                return;
            warned = true;
            err(`${tool_info/* TOOL_NAME */.lH}: warning: ${gitProblemWarning(gitProblem)}\n`);
        };
        let files;
        /** --stdin's text, for rdjson. */
        let stdinSource;
        if (exported !== undefined)
            files = await validateManifests(exported.map((path) => ({ path })), validation);
        else if (stdin) {
            const checked = await checkStdin(io, root, values['stdin-filename'], validation);
            files = checked.files;
            stdinSource = checked.source;
        }
        else if (paths.length === 0) {
            // Without PATH, each manifest is checked as soon as discovery has read it.
            const workspace = await validateWorkspace({ workspaceRoot: root, exclude }, validation);
            noteGit(workspace);
            files = workspace.files;
        }
        else
            files = await validatePaths(paths, root, exclude, validation, noteGit, values['only-manifests']);
        for (const [pattern, times] of unmatched)
            if (times === searches)
                err(`${tool_info/* TOOL_NAME */.lH}: warning: ${unmatchedExcludeWarning(pattern)}\n`);
        /** The new text of each file fixed (or, with --fix-dry-run, that would be). */
        const fixedTexts = new Map();
        if (fix || dryRun) {
            const fixed = await fixFiles(files, {
                workspaceRoot: exportRoot,
                check: checkWith(validation),
                write: fix,
                skipped: (path, reason) => err(`${tool_info/* TOOL_NAME */.lH}: warning: ${(0,describe/* displayPath */.Gt)(path)} was not fixed: ${reason}\n`),
            });
            for (const f of fixed) {
                fixedTexts.set(f.path, f.after);
                if (fix)
                    err(`${tool_info/* TOOL_NAME */.lH}: fixed ${(0,describe/* displayPath */.Gt)(f.path)} (${f.applied} ${f.applied === 1 ? 'fix' : 'fixes'})\n`);
            }
            // jsdiff is loaded only here: most runs print no diff, and every run would parse it.
            if (dryRun) {
                await send([(await __nccwpck_require__.e(/* import() */ 578).then(__nccwpck_require__.bind(__nccwpck_require__, 3578))).formatFixDiff(fixed)], true);
                diffSent = true;
            }
            // What remains: the same files checked again, the fixed ones in their new text.
            if (fixed.length > 0)
                files = await validateManifests(
                // A name that is not UTF-8 is read by its bytes again (its path is the quoted display form).
                files.map((f) => ({ path: f.path, ...(f.pathBytes === undefined ? {} : { fsPath: Buffer.from(f.pathBytes, 'base64') }), text: fixedTexts.get(f.path) })), validation);
        }
        const full = buildReport(files);
        const accountFailure = account.failure;
        if (account.account !== undefined)
            full.account = (0,account_report/* accountReport */.yt)(account.account, account.view, accountFailure, profiles);
        // The verdict counts every finding; --quiet only leaves the warnings out of the output.
        let code = isFailing(full.files, failOn) ? 1 : 0;
        if (maxWarnings !== undefined && full.summary.warnings > maxWarnings) {
            err(`${tool_info/* TOOL_NAME */.lH}: ${(0,text_report/* plural */.LS)(full.summary.warnings, 'warning')}, more than --max-warnings ${(0,text_report/* count */.U9)(maxWarnings)}\n`);
            code = 1;
        }
        const report = values.quiet ? errorsOnly(full) : full;
        if (dryRun) {
            if (!diffSent)
                await send([]);
            return code;
        }
        // Reports are written as streams, in pieces of whole lines: any size is written, one piece held at a time.
        if (format === 'json')
            await send(jsonReportChunks(report));
        else if (format === 'rdjson') {
            const source = (path) => (stdinSource !== undefined && path === stdinSource.path ? stdinSource.source : sourceText(path, exportRoot, fixedTexts));
            // The writers of the other formats are chunks of the bundle, loaded when their format is asked for.
            await send((await __nccwpck_require__.e(/* import() */ 755).then(__nccwpck_require__.bind(__nccwpck_require__, 7755))).rdjsonChunks(report, { source }));
        }
        else if (format === 'sarif')
            await send((await __nccwpck_require__.e(/* import() */ 966).then(__nccwpck_require__.bind(__nccwpck_require__, 8966))).sarifChunks(report));
        else if (format === 'junit')
            await send([(await __nccwpck_require__.e(/* import() */ 49).then(__nccwpck_require__.bind(__nccwpck_require__, 7049))).formatJunit(report, { failOn })]);
        else if (format === 'codeclimate')
            await send([(await __nccwpck_require__.e(/* import() */ 525).then(__nccwpck_require__.bind(__nccwpck_require__, 525))).formatCodeClimate(report)]);
        else if (format === 'github')
            await send([annotationCommands(report).join('\n') + '\n'], true);
        else {
            if (report.files.length === 0)
                io.stderr('no LivePerson manifests found\n');
            await send((0,text_report/* textReportChunks */.e9)(report, { profiles }), false, colour);
        }
        // Every finding is out: a check that was asked for and could not run fails the command (2).
        if (accountFailure !== undefined) {
            err(`${tool_info/* TOOL_NAME */.lH}: error: ${accountFailure}\n`);
            return 2;
        }
        return code;
    }
    catch (error) {
        if (error instanceof discovery_UsageError) {
            err(`${tool_info/* TOOL_NAME */.lH}: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
}


/***/ }),

/***/ 7405:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bG: () => (/* binding */ RunBudget),
/* harmony export */   f9: () => (/* binding */ LIST_ALL),
/* harmony export */   xr: () => (/* binding */ FindingBudget)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8166);
// How many findings of each rule one file lists: at most MAX_LISTED_PER_RULE (findings.ts), the
// first ones the checks produce; the rest are counted, exactly, by severity after the overrides.
// A run lists at most MAX_LISTED_PER_RUN findings in all (RunBudget, shared by every file's budget):
// once they are spent, a file still lists its first finding (every file with a finding has one
// located in every output) and counts the rest, marked `limit: 'run'`. Every producer of findings
// (the schema's mapping, each semantic rule, duplicate keys) asks the budget before it builds a
// finding, so a finding that will not be listed costs a count, not a message, a pointer, a
// position and a line of output: memory and output stay bounded whatever the number of files.

/** Lists everything (for a caller that wants every finding of a rule, e.g. a unit test of one rule). */
const LIST_ALL = { admit: () => true };
/** The findings one run may still list, shared by the budgets of its files (files are checked in path order). */
class RunBudget {
    limit;
    left;
    constructor(limit = _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LISTED_PER_RUN */ .ZU) {
        this.limit = limit;
        this.left = Math.max(0, limit);
    }
    /** Takes one listing; false when the run's budget is spent. */
    take() {
        if (this.left === 0)
            return false;
        this.left--;
        return true;
    }
}
/** One file's budget (`run`: the run's, when the file is part of one). */
class FindingBudget {
    overrides;
    limit;
    run;
    /** Findings listed per rule; made on the first finding (most files have none). */
    listed;
    /** Findings listed in all. */
    total = 0;
    counted;
    constructor(overrides, limit = _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LISTED_PER_RULE */ .Gt, run) {
        this.overrides = overrides;
        this.limit = limit;
        this.run = run;
    }
    admit(rule, severity) {
        const override = this.overrides?.get(rule);
        if (override === 'off')
            return false; // neither listed nor counted: nothing to build
        const listed = (this.listed ??= new Map()).get(rule) ?? 0;
        // (A rule is counted for one reason in a file: once the run's budget is spent, nothing more is listed but a file's first finding.)
        let byRun = false;
        if (listed < this.limit) {
            if (this.run === undefined || this.run.take() || this.total === 0) {
                this.listed.set(rule, listed + 1);
                this.total++;
                return true;
            }
            byRun = true;
        }
        let counts = (this.counted ??= new Map()).get(rule);
        if (counts === undefined)
            this.counted.set(rule, (counts = { errors: 0, warnings: 0, run: byRun }));
        if ((override ?? severity) === 'error')
            counts.errors++;
        else
            counts.warnings++;
        return false;
    }
    /** The counts of what was not listed, by rule id then errors before warnings; undefined when nothing was left out. */
    omitted() {
        if (this.counted === undefined)
            return undefined;
        const out = [];
        for (const rule of [...this.counted.keys()].sort()) {
            const { errors, warnings, run } = this.counted.get(rule);
            const limit = run ? { limit: 'run' } : {};
            if (errors > 0)
                out.push({ rule, severity: 'error', count: errors, ...limit });
            if (warnings > 0)
                out.push({ rule, severity: 'warning', count: warnings, ...limit });
        }
        return out;
    }
}


/***/ }),

/***/ 8166:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Gt: () => (/* binding */ MAX_LISTED_PER_RULE),
/* harmony export */   ZU: () => (/* binding */ MAX_LISTED_PER_RUN),
/* harmony export */   cP: () => (/* binding */ pointerSegments),
/* harmony export */   eX: () => (/* binding */ pointerFrom),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
/**
 * At most this many findings of one rule are listed per file (like a compiler's error limit); the
 * rest are counted in FileResult.omitted. A 1 MiB file can hold a million findings: listed, they
 * would make a 250 MB report and a million log lines, and take seconds to place and print.
 */
const MAX_LISTED_PER_RULE = 1000;
/**
 * At most this many findings are listed in one run, whatever the number of files (the run's listing
 * budget); past it, each file still lists its first finding, and the rest are counted in
 * FileResult.omitted. 300 files at the per-rule limit of three rules listed 900,000 findings: 3 GB
 * of memory, and a JSON report longer than JavaScript's longest string.
 */
const MAX_LISTED_PER_RUN = 10_000;
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
/** Every finding is counted: the listed ones and those past the listing limit. */
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
        for (const o of file.omitted ?? []) {
            if (o.severity === 'error')
                errors += o.count;
            else
                warnings += o.count;
        }
    }
    return { manifests: files.length, errors, warnings, valid: errors === 0 };
}


/***/ }),

/***/ 2077:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ay: () => (/* binding */ profileIdOfDigits),
/* harmony export */   ft: () => (/* binding */ MAX_PROFILE_ID),
/* harmony export */   v_: () => (/* binding */ profileIdOfToken)
/* harmony export */ });
/** The largest profile id: 2^63-1, the largest Java long. */
const MAX_PROFILE_ID = '9223372036854775807';
/**
 * The profile id that decimal digits `digits` (no sign, no leading zero) spell, or undefined when
 * they are 0 or past 2^63-1. A number when it is at most Number.MAX_SAFE_INTEGER, else the digits.
 */
function profileIdOfDigits(digits) {
    if (!/^[1-9][0-9]*$/.test(digits) || digits.length > MAX_PROFILE_ID.length || (digits.length === MAX_PROFILE_ID.length && digits > MAX_PROFILE_ID))
        return undefined;
    const n = Number(digits);
    return Number.isSafeInteger(n) ? n : digits;
}
/** The profile id a JSON number token is, or undefined: `5.0`, `1e2`, `-0`, `0`, `9223372036854775808` are none. */
function profileIdOfToken(token) {
    return profileIdOfDigits(token);
}


/***/ }),

/***/ 1717:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ wrapInArray),
/* harmony export */   _t: () => (/* binding */ setNumber),
/* harmony export */   bi: () => (/* binding */ nearMiss),
/* harmony export */   cV: () => (/* binding */ removeRepeatedItem),
/* harmony export */   ep: () => (/* binding */ renameKey),
/* harmony export */   n7: () => (/* binding */ useHttps),
/* harmony export */   pt: () => (/* binding */ removeMember),
/* harmony export */   uf: () => (/* binding */ replaceString)
/* harmony export */ });
/* harmony import */ var _engine_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8166);
/* harmony import */ var _text_closest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7504);
/* harmony import */ var _text_describe_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2586);
/* harmony import */ var _text_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3326);
// The fixes and suggestions rules attach to their findings, as data (operations by JSON pointer;
// src/json/edit-ops.ts makes the edits). Each builder returns undefined when the correction would
// not be certain, or would change what the manifest means (a rename onto a key that is already there).




function hasOwn(object, key) {
    return object !== null && typeof object === 'object' && !Array.isArray(object) && Object.prototype.hasOwnProperty.call(object, key);
}
/** Rename the key at `pointer` (in the object `parent`) to `to`, unless `parent` already has `to`. */
function renameKey(parent, pointer, to) {
    if (hasOwn(parent, to))
        return undefined; // two members of one name: JSON.parse would drop one
    const from = (0,_engine_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerSegments */ .cP)(pointer).at(-1) ?? '';
    return { description: `rename ${(0,_text_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(from)} to ${JSON.stringify(to)}`, ops: [{ op: 'rename-key', pointer, to }] };
}
/**
 * The one candidate `value` is a near miss of: equal but for letter case, or one edit away (a
 * letter added, left out, replaced, or two swapped; a plural is one letter added), letter case
 * aside when `ignoreCase`. Undefined when no candidate, or more than one, is that close.
 */
function nearMiss(value, candidates, ignoreCase) {
    if (value.length > 200)
        return undefined;
    const v = ignoreCase ? value.toLowerCase() : value;
    let found;
    for (const c of candidates) {
        if (Math.abs(c.length - value.length) > 1)
            continue;
        if ((0,_text_closest_js__WEBPACK_IMPORTED_MODULE_0__/* .editDistance */ .YC)(v, ignoreCase ? c.toLowerCase() : c) > 1)
            continue;
        if (found !== undefined)
            return undefined;
        found = c;
    }
    return found;
}
/** Replace the string at `pointer` with `to`. */
function replaceString(pointer, from, to) {
    return { description: `replace ${(0,_text_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(from)} with ${JSON.stringify(to)}`, ops: [{ op: 'replace-value', pointer, json: JSON.stringify(to) }] };
}
function wrapInArray(pointer) {
    return { description: `make ${(0,_text_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .labelOf */ .Wy)(pointer)} an array`, ops: [{ op: 'wrap-in-array', pointer }] };
}
/** Remove the array item at `pointer` (a repeat of an earlier item). */
function removeRepeatedItem(pointer) {
    return { description: `remove the repeated item ${(0,_text_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .labelOf */ .Wy)(pointer)}`, ops: [{ op: 'remove-item', pointer }] };
}
/** A suggestion: the number at `pointer` becomes `n` (a limit it is above). */
function setNumber(pointer, n) {
    return { description: `set ${(0,_text_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .labelOf */ .Wy)(pointer)} to ${n}`, ops: [{ op: 'replace-value', pointer, json: String(n) }] };
}
/** A suggestion: an http:// URL at `pointer` becomes https:// (the same server must answer there). */
function useHttps(pointer, url) {
    const match = /^http:\/\//i.exec(url);
    // Not when the URL holds a credential: the edit's text would print it (report, SARIF, review).
    if (match === null || (0,_text_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(url) !== url)
        return undefined;
    return { description: 'use https://', ops: [{ op: 'replace-value', pointer, json: JSON.stringify('https://' + url.slice(match[0].length)) }] };
}
/** Remove the member at `pointer`; `why` ends the description. */
function removeMember(pointer, why = '') {
    const key = (0,_engine_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerSegments */ .cP)(pointer).at(-1) ?? '';
    return { description: `remove ${(0,_text_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(key)}${why}`, ops: [{ op: 'remove-member', pointer }] };
}


/***/ }),

/***/ 5718:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yt: () => (/* binding */ accountReport),
  Pm: () => (/* binding */ accountText),
  z1: () => (/* binding */ profileText)
});

// UNUSED EXPORTS: MAX_LISTED_NAMES, accountMarkdown, profileMarkdown

// EXTERNAL MODULE: ./src/semantic/account-facts.ts
var account_facts = __nccwpck_require__(3693);
// EXTERNAL MODULE: ./src/text/describe.ts
var describe = __nccwpck_require__(2586);
// EXTERNAL MODULE: ./src/reporters/text-report.ts
var text_report = __nccwpck_require__(9866);
;// CONCATENATED MODULE: ./src/reporters/markdown-summary.ts
// The Markdown summary shown as the job summary and as the check run's summary: a heading that
// agrees with the step's verdict, counts, how many findings `lp-manifest --fix` fixes, a table per
// file (line linked to the file at the commit checked, rule linked to its documentation at the
// running version, message; a note row per rule with findings past the listing limits) and, with
// profiles, a manifest x profile table of the manifests that enable QuickLaunch. It is cut, with a
// note, before `maxChars` / `maxBytes` (GitHub: 65,535 characters for a check run, 1 MiB for a job
// summary); its rows are made only while they fit.




/**
 * `https://github.com/<repo>/blob/<sha>/<path>#L<line>`, each path segment percent-encoded (and the
 * characters a Markdown link destination or a URL would read, `(`, `)`, `'`, `!`, `*`, too);
 * undefined when the parts do not make a safe address (a `.` or `..` segment, a name that is not
 * UTF-8, a repository or commit of other characters).
 */
function blobLineUrl(links, path, line) {
    if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?$/.test(links.serverUrl))
        return undefined;
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(links.repository) || !/^[0-9a-f]{40,64}$/i.test(links.sha))
        return undefined;
    const segments = path.split('/');
    // (A lone surrogate or U+FFFD: a name shown with replacements, whose address is not known.)
    if (segments.some((s) => s === '' || s === '.' || s === '..') || /[\ufffd\ud800-\udfff]/.test(path))
        return undefined;
    const encoded = segments.map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encoded.join('/')}#L${line}`;
}
/** Files that have findings, listed or counted. */
function withFindings(report) {
    let n = 0;
    for (const f of report.files)
        if (f.findings.length > 0 || (f.omitted?.length ?? 0) > 0)
            n++;
    return n;
}
/** "3 errors in 2 of 14 manifests", "2 warnings in 1 of 3 manifests", "14 manifests, no problems". */
function reportTitle(report) {
    const { manifests, errors, warnings } = report.summary;
    if (manifests === 0)
        return 'No LivePerson manifests found';
    if (errors > 0) {
        return `${plural(errors, 'error')}${warnings > 0 ? ` and ${plural(warnings, 'warning')}` : ''} in ${count(withFindings(report))} of ${plural(manifests, 'manifest')}`;
    }
    if (warnings > 0)
        return `${plural(warnings, 'warning')} in ${count(withFindings(report))} of ${plural(manifests, 'manifest')}`;
    return `${plural(manifests, 'manifest')} checked, no problems`;
}
/**
 * Text from a manifest (a message, a file path, the failure note) as a Markdown code span: nothing
 * inside one is parsed, and GitHub's own filters (mentions, issue references, autolinks) skip code,
 * so it can make no image, link, mention, heading, HTML or emphasis. Messages are rendered whole
 * this way: they mix our words with keys, values and paths, and cannot be told apart after the fact.
 * - Invisible characters and line breaks are shown as JSON escapes (a line break would end a table
 *   row or a heading; a bidi override would reorder what a reader sees).
 * - The fence is one backtick longer than the longest run inside; content that starts or ends with a
 *   backtick or a space is padded with one space each side, which CommonMark strips again.
 * - `inTable`: GFM splits table rows at `|` before anything else, code spans included, and reads
 *   `\|` as a literal pipe there. A backslash right before a pipe would escape that backslash
 *   instead on renderers that read `\\` first (micromark does, cmark-gfm does not), so an odd run of
 *   backslashes before a pipe gets one more backslash: on every renderer the row keeps its cells
 *   (shown as `\\|`, the way JSON writes a backslash; an even run shows exactly).
 */
function markdown_summary_codeSpan(text, inTable = false) {
    let content = escapeInvisible(text, { oneLine: true });
    if (content === '')
        return '';
    if (inTable)
        content = content.replace(/(\\*)\|/g, (_m, slashes) => `${slashes}${slashes.length % 2 === 1 ? '\\' : ''}\\|`);
    let longest = 0;
    for (const run of content.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(content) && !/^ +$/.test(content) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/** The heading's words after the title when the verdict does not follow from the counts (fail-on). */
function verdictNote(report, failing) {
    const { errors, warnings } = report.summary;
    if (!failing && errors > 0)
        return ' (not failing: `fail-on` is `never`)';
    if (failing && errors === 0 && warnings > 0)
        return ' (failing: `fail-on` is `warning`)';
    return '';
}
/** How many listed findings have a certain fix: what `lp-manifest --fix` applies. */
function fixLine(report, reviewPosted) {
    let fixable = 0;
    let listed = 0;
    for (const file of report.files) {
        listed += file.findings.length;
        for (const f of file.findings)
            if (f.fix !== undefined)
                fixable++;
    }
    if (fixable === 0)
        return undefined;
    const total = report.summary.errors + report.summary.warnings;
    const of = fixable === total ? (fixable === 1 ? 'The finding has' : `All ${count(total)} findings have`) : `${count(fixable)} of the ${count(total)} findings ${fixable === 1 ? 'has' : 'have'}`;
    const more = listed < total ? ' (of those listed; run it again for the next ones)' : '';
    const review = reviewPosted ? ' The review of this pull request carries the fixes on changed lines as suggested changes.' : '';
    return `🔧 ${of} a certain fix: \`lp-manifest --fix\` applies ${fixable === 1 ? 'it' : 'them'}${more}.${review}`;
}
function* quickLaunchRows(report, profiles) {
    for (const f of report.files) {
        if (f.quickLaunch?.enabled !== true)
            continue;
        const visible = f.quickLaunch.visibleTo ?? [];
        yield `| ${markdown_summary_codeSpan(f.path, true)} | ${profiles.map((p) => (visible.includes(p) ? '✅' : '—')).join(' | ')} |`;
    }
}
function* findingRows(file, options) {
    const ruleLink = (rule) => (options.readmeUrl ? `[${rule}](${options.readmeUrl}#${rule})` : rule);
    for (const f of file.findings) {
        const url = options.links === undefined ? undefined : blobLineUrl(options.links, file.path, f.line);
        // The link's text is our numbers only.
        const where = url === undefined ? `${f.line}:${f.column}` : `[${f.line}:${f.column}](${url})`;
        yield `| ${where} | ${f.severity} | ${ruleLink(f.rule)} | ${markdown_summary_codeSpan(f.message, true)} |`;
    }
    // Our own words and numbers only: no code span needed.
    for (const o of file.omitted ?? [])
        yield `| | ${o.severity} | ${ruleLink(o.rule)} | ${omittedNote(o)} |`;
}
function* blocksOf(report, options) {
    const profiles = options.profiles ?? [];
    if (profiles.length > 0 && report.files.length > 0) {
        if (report.files.some((f) => f.quickLaunch?.enabled === true)) {
            const header = [
                '### QuickLaunch visibility',
                '',
                `| manifest | ${profiles.map((p) => `profile ${profileMarkdown(p, report.account)}`).join(' | ')} |`,
                `|---|${profiles.map(() => ':---:').join('|')}|`,
            ];
            yield { header, rows: quickLaunchRows(report, profiles), findings: false, quickLaunch: true };
        }
        else {
            yield { header: [`QuickLaunch: none of the ${plural(report.files.length, 'manifest')} enables it (\`quick_launch_enabled\`).`], rows: [], findings: false, quickLaunch: true };
        }
    }
    for (const file of report.files) {
        if (file.findings.length === 0 && (file.omitted?.length ?? 0) === 0)
            continue;
        const header = [`### ${file.valid ? '⚠️' : '❌'} ${markdown_summary_codeSpan(file.path)}`, '', '| line | severity | rule | message |', '|---:|---|---|---|'];
        yield { header, rows: findingRows(file, options), findings: true, quickLaunch: false };
    }
}
function formatMarkdownSummary(report, options) {
    const failing = options.failing ?? (report.summary.errors > 0 || options.failure !== undefined);
    const icon = failing ? '❌' : report.summary.errors + report.summary.warnings > 0 ? '⚠️' : '✅';
    const head = [`## ${icon} LivePerson manifests: ${reportTitle(report)}${options.failure === undefined ? verdictNote(report, failing) : ''}`, ''];
    if (options.failure !== undefined)
        head.push(`**${markdown_summary_codeSpan(options.failure)}**`, '');
    if (options.configChange !== undefined)
        head.push(options.configChange, '');
    head.push(`| manifests | errors | warnings |`, `|---:|---:|---:|`, `| ${count(report.summary.manifests)} | ${count(report.summary.errors)} | ${count(report.summary.warnings)} |`);
    const fixes = fixLine(report, options.reviewPosted === true);
    if (fixes !== undefined)
        head.push('', fixes);
    // The account checks (bounded lists): in the head, never cut.
    if (report.account !== undefined)
        head.push('', accountMarkdown(report.account));
    // Fill line by line (a big file is cut inside its table, not dropped whole), keeping room for the note.
    const reserve = 400;
    const maxChars = options.maxChars - reserve;
    const maxBytes = (options.maxBytes ?? Infinity) - reserve;
    let out = head.join('\n');
    let bytes = utf8Length(out);
    let shown = 0;
    let full = false;
    /** The cut fell in the QuickLaunch table (the first block, with profiles). */
    let quickLaunchCut = false;
    const fits = (lines) => {
        let chars = 0;
        let b = 0;
        for (const l of lines) {
            chars += l.length + 1;
            b += utf8Length(l) + 1;
        }
        return out.length + chars <= maxChars && bytes + b <= maxBytes;
    };
    const add = (line) => {
        if (!fits([line]))
            return false;
        out += '\n' + line;
        bytes += utf8Length(line) + 1;
        return true;
    };
    blocks: for (const block of blocksOf(report, options)) {
        const rows = block.rows[Symbol.iterator]();
        let next = rows.next();
        // A heading alone is useless: start a block only when its header and first row fit.
        if (!fits(['', ...block.header, ...(next.done ? [] : [next.value])])) {
            full = true;
            quickLaunchCut = block.quickLaunch;
            break;
        }
        add('');
        for (const line of block.header)
            add(line);
        for (; !next.done; next = rows.next()) {
            if (!add(next.value)) {
                full = true;
                quickLaunchCut = block.quickLaunch;
                break blocks;
            }
            if (block.findings && !next.value.startsWith('| | '))
                shown++;
        }
    }
    out += '\n';
    if (full) {
        // Past the listing limits a finding is counted, not listed: the cut is told in listed findings then.
        let listed = 0;
        let byRun = false;
        for (const file of report.files) {
            listed += file.findings.length;
            if (file.omitted?.some((o) => o.limit === 'run'))
                byRun = true;
        }
        const unlisted = report.summary.errors + report.summary.warnings - listed;
        const partial = unlisted > 0;
        const hidden = listed - shown;
        const what = hidden > 0
            ? `${plural(hidden, partial ? 'listed finding' : 'finding')} of ${count(listed)} ${hidden === 1 ? 'is' : 'are'} not shown here`
            : quickLaunchCut
                ? 'the QuickLaunch table is incomplete'
                : 'the notes on findings past the listing limit are not all shown here';
        // The notes rows may be among what is cut: the count of findings not listed is said here too.
        const limits = `${count(MAX_LISTED_PER_RULE)} of one rule per file${byRun ? `, ${count(MAX_LISTED_PER_RUN)} in a run` : ''}`;
        const counted = partial ? ` The other ${count(unlisted)} ${unlisted === 1 ? 'finding is' : 'findings are'} past the listing limit (${limits}): counted, not listed.` : '';
        out += `\n> **Summary cut:** ${what}, to stay within GitHub's size limit. Every ${partial ? 'listed ' : ''}finding is in ${options.moreAt ?? 'the log and the JSON report'}.${counted}\n`;
    }
    return truncate(out, options.maxChars, options.maxBytes ?? Infinity);
}
/** Bytes of `s` in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD, as it is written). */
function utf8Length(s) {
    return Buffer.byteLength(s, 'utf8');
}
/**
 * The longest prefix within both limits, never splitting a surrogate pair, and ending at a line
 * break when it has one: a line cut inside a code span would let the rest of it be read as Markdown.
 */
function truncate(s, maxChars, maxBytes) {
    if (s.length <= maxChars && (maxBytes === Infinity || utf8Length(s) <= maxBytes))
        return s;
    let end = Math.min(s.length, maxChars);
    if (end < s.length && (s.charCodeAt(end) & 0xfc00) === 0xdc00)
        end--;
    let out = s.slice(0, end);
    while (maxBytes !== Infinity && utf8Length(out) > maxBytes) {
        end = Math.max(0, end - Math.max(1, Math.ceil((utf8Length(out) - maxBytes) / 4)));
        if (end > 0 && (s.charCodeAt(end) & 0xfc00) === 0xdc00)
            end--;
        out = s.slice(0, end);
    }
    const lineEnd = out.lastIndexOf('\n');
    return lineEnd > 0 ? out.slice(0, lineEnd + 1) : out;
}

;// CONCATENATED MODULE: ./src/reporters/account-report.ts




/** Items of each list shown in the text and Markdown reports; the JSON report has them all. */
const MAX_LISTED_NAMES = 30;
function accountReport(account, view, notChecked, profiles = [], onlyChanged = false) {
    const out = { account, profilesChecked: view?.profiles !== undefined, installedCompared: view?.installations !== undefined };
    const names = {};
    for (const id of profiles) {
        const name = typeof id === 'number' ? view?.profiles?.get(id)?.name : undefined;
        if (name !== undefined && name.trim() !== '')
            names[String(id)] = name;
    }
    if (Object.keys(names).length > 0)
        out.profileNames = names;
    const comparison = view ? (0,account_facts/* compareWithInstalled */.O$)(view) : undefined;
    if (comparison) {
        // With only-changed, the manifests not in the pull request were not read: none is "not in the repository".
        if (!onlyChanged)
            out.installedNotInRepository = comparison.installedNotInRepository;
        out.notYetInstalled = comparison.notYetInstalled;
    }
    if (onlyChanged)
        out.onlyChanged = true;
    if (notChecked !== undefined)
        out.notChecked = notChecked;
    return out;
}
/** At most `max` code points, for a code span (names from the account may be any length). */
function clip(text, max = 80) {
    const points = [...text.slice(0, max * 2 + 2)];
    return points.length > max ? points.slice(0, max).join('') + '…' : text;
}
function more(total) {
    return total > MAX_LISTED_NAMES ? ` and ${(0,text_report/* count */.U9)(total - MAX_LISTED_NAMES)} more (every one is in the JSON report)` : '';
}
function installedLabel(i) {
    return `${(0,describe/* quote */.hD)(i.clientName, 80)}${i.id === undefined ? '' : ` (id ${(0,describe/* quote */.hD)(i.id, 40)})`}`;
}
/** `42 (Agent Manager)` in a line of text, `42` without a name. */
function profileText(id, r) {
    const name = r?.profileNames?.[String(id)];
    return name === undefined ? String(id) : `${id} (${(0,account_facts/* profileName */.vR)(name)})`;
}
/** `42` and the name as a code span in Markdown (a table cell: pipes escaped). */
function account_report_profileMarkdown(id, r) {
    const name = r?.profileNames?.[String(id)];
    return name === undefined ? String(id) : `${id} ${codeSpan(clip(name, 60), true)}`;
}
/** Lines for the text report (and the log). */
function accountText(r) {
    const lines = [];
    const what = [r.profilesChecked ? 'profiles checked' : 'profiles not checked', ...(r.installedCompared ? ['installed apps compared'] : [])];
    lines.push(`LivePerson account ${r.account}: ${what.join(', ')}`);
    if (r.installedNotInRepository !== undefined) {
        const list = r.installedNotInRepository;
        lines.push(list.length === 0
            ? 'Installed in the account and not in the repository: none'
            : `Installed in the account and not in the repository (${list.length}): ${list.slice(0, MAX_LISTED_NAMES).map(installedLabel).join(', ')}${more(list.length)}`);
    }
    if (r.notYetInstalled !== undefined) {
        const list = r.notYetInstalled;
        lines.push(list.length === 0
            ? 'Manifests not yet installed: none'
            : `Manifests not yet installed (${list.length}): ${list
                .slice(0, MAX_LISTED_NAMES)
                .map((m) => `${(0,describe/* displayPath */.Gt)(m.path)} (${(0,describe/* quote */.hD)(m.clientName, 80)})`)
                .join(', ')}${more(list.length)}`);
    }
    if (r.notChecked !== undefined)
        lines.push(`Not checked: ${r.notChecked}`);
    return lines.join('\n') + '\n';
}
/** A section for the job summary and the check run summary. */
function account_report_accountMarkdown(r) {
    const lines = ['', `### LivePerson account ${codeSpan(r.account)}`, ''];
    if (r.notChecked !== undefined)
        lines.push(`❌ **Not checked:** ${codeSpan(r.notChecked)}`, '');
    if (r.installedNotInRepository !== undefined) {
        const list = r.installedNotInRepository;
        lines.push(`**Installed in the account, not in the repository** (${list.length}):${list.length === 0 ? ' none' : ''}`, '');
        for (const i of list.slice(0, MAX_LISTED_NAMES))
            lines.push(`- ${codeSpan(clip(i.clientName))}${i.id === undefined ? '' : ` (id ${codeSpan(clip(i.id, 40))})`}`);
        if (list.length > MAX_LISTED_NAMES)
            lines.push(`- and ${count(list.length - MAX_LISTED_NAMES)} more (every one is in the JSON report)`);
        if (list.length > 0)
            lines.push('');
    }
    if (r.notYetInstalled !== undefined) {
        const list = r.notYetInstalled;
        lines.push(`**Manifests not yet installed** (${list.length}):${list.length === 0 ? ' none' : ''}`, '');
        for (const m of list.slice(0, MAX_LISTED_NAMES))
            lines.push(`- ${codeSpan(clip(m.path, 200))} (${codeSpan(clip(m.clientName))})`);
        if (list.length > MAX_LISTED_NAMES)
            lines.push(`- and ${count(list.length - MAX_LISTED_NAMES)} more (every one is in the JSON report)`);
        if (list.length > 0)
            lines.push('');
    }
    if (r.notChecked === undefined && r.installedNotInRepository === undefined && r.notYetInstalled === undefined)
        lines.push(r.profilesChecked ? 'Profiles checked.' : 'Profiles not checked.', '');
    return lines.join('\n');
}


/***/ }),

/***/ 3716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ logSafe)
/* harmony export */ });
/* harmony import */ var _text_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2586);
// Text that is safe to print as lines of a GitHub Actions log. The runner reads every line of a
// step's stdout and stderr (split on \n, \r and \r\n) as a possible workflow command: one that starts
// with `::` once leading whitespace is trimmed, or a legacy one with `##[` anywhere in it. Its .NET
// StartsWith / IndexOf compare culture-sensitively and so skip invisible characters: `:\u200b:`
// still starts a command there. Keys, values and file names of a manifest reach the log inside our
// messages, so everything printed as plain lines goes through `logSafe` (the text report, JSON and
// SARIF on stdout), and so do the messages of the workflow commands we write on purpose.

/**
 * `text` made inert for the runner: invisible characters written as JSON escapes (so none can hide
 * `::` or `##[`, and no line ends but at \n), every `##[` written `##\u005b`, and a line whose first
 * characters after whitespace are `::` gets its first `:` written `\u003a`. All three are JSON
 * escapes, so `--format json` / `sarif` output stays JSON with the same values (and no JSON line
 * starts with `:`). Idempotent.
 */
function logSafe(text) {
    return (0,_text_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInvisible */ .ts)(text)
        .replace(/##\[/g, '##\\u005b')
        .replace(/^([^\S\n]*):(?=:)/gm, '$1\\u003a');
}


/***/ }),

/***/ 9866:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   Vg: () => (/* binding */ omittedNote),
/* harmony export */   e9: () => (/* binding */ textReportChunks)
/* harmony export */ });
/* unused harmony exports listingLimitOf, formatText */
/* harmony import */ var _engine_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8166);
/* harmony import */ var _text_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2586);
/* harmony import */ var _account_report_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5718);
// Compiler-style text: `path:line:column: severity rule message` (and, past the listing limit,
// `path: 523,266 more range errors not listed (…)`), then, with profiles, one QuickLaunch line per
// manifest, then a one-line summary.




/**
 * A count for a sentence, thousands grouped: "1,000". What toLocaleString('en-US') gives, without
 * its first call's cost (loading the locale data, ~15 ms of a one-manifest run) for whole numbers.
 */
const count = (n) => (Number.isSafeInteger(n) && !Object.is(n, -0) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US'));
/** "1 error", "1,503 errors": counts in words are grouped as count() groups them, everywhere. */
function plural(n, word) {
    return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}
/** Why findings are not listed: the per-file limit of one rule, or the run's budget. */
function listingLimitOf(o) {
    return o.limit === 'run' ? `at most ${count(_engine_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LISTED_PER_RUN */ .ZU)} in a run, then the first of each file` : `at most ${count(_engine_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LISTED_PER_RULE */ .Gt)} of one rule per file`;
}
/**
 * "523,266 more range errors not listed (at most 1,000 of one rule per file)", or past the run's
 * budget "(at most 10,000 in a run, then the first of each file)": what every report says of FileResult.omitted.
 */
function omittedNote(o) {
    return `${count(o.count)} more ${o.rule} ${o.severity}${o.count === 1 ? '' : 's'} not listed (${listingLimitOf(o)})`;
}
/** The text report in pieces (text-stream.ts): one file's lines at a time, each piece whole lines. */
function* textReportChunks(report, options = {}) {
    for (const file of report.files) {
        if (file.findings.length === 0 && file.omitted === undefined)
            continue; // (most files: their path is not escaped for nothing)
        const path = (0,_text_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(file.path);
        let piece = '';
        for (const f of file.findings)
            piece += `${path}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${f.message}\n`;
        for (const o of file.omitted ?? [])
            piece += `${path}: ${omittedNote(o)}\n`;
        yield piece;
    }
    const profiles = options.profiles ?? [];
    if (profiles.length > 0) {
        for (const file of report.files) {
            const visible = file.quickLaunch?.visibleTo ?? [];
            const hidden = profiles.filter((p) => !visible.includes(p));
            const label = (ids) => ids.map((id) => (0,_account_report_js__WEBPACK_IMPORTED_MODULE_1__/* .profileText */ .z1)(id, report.account)).join(', ');
            const seen = visible.length > 0 ? `visible to profile${visible.length === 1 ? '' : 's'} ${label(visible)}` : 'visible to none of the profiles';
            yield `QuickLaunch ${(0,_text_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(file.path)}: ${seen}${visible.length > 0 && hidden.length > 0 ? `; not to ${label(hidden)}` : ''}\n`;
        }
    }
    if (report.account !== undefined)
        yield `${(0,_account_report_js__WEBPACK_IMPORTED_MODULE_1__/* .accountText */ .Pm)(report.account).trimEnd()}\n`;
    const { manifests, errors, warnings } = report.summary;
    yield `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(manifests, 'manifest')}\n`;
}
function formatText(report, options = {}) {
    return joinChunks(textReportChunks(report, options));
}


/***/ }),

/***/ 5124:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VQ: () => (/* binding */ jsonChunks),
/* harmony export */   dR: () => (/* binding */ joinChunks),
/* harmony export */   x1: () => (/* binding */ writeLines),
/* harmony export */   zV: () => (/* binding */ StreamedArray)
/* harmony export */ });
/* unused harmony export PIECE_SIZE */
// Reports written as streams: a report is a sequence of text pieces (a generator), never one string,
// so its size is bounded by the disk, not by JavaScript's longest string (about 512 MiB), and its
// memory by one piece. Small, reusable parts:
// - `StreamedArray` + `jsonChunks`: JSON.stringify(value, null, 2)'s exact text, with the arrays
//   marked StreamedArray written item by item from any iterable (a generator building each item).
// - `writeLines`: hands the pieces to a sink grouped in whole lines of about `pieceSize` characters
//   (a line is never split: a sink that makes each piece inert for a runner log, like logSafe, sees
//   whole lines), awaiting the sink (backpressure).
// - `joinChunks`: the whole text, for a small report or a test.
/** An array of a JSON document written item by item (its items are made as they are written). */
class StreamedArray {
    items;
    constructor(items) {
        this.items = items;
    }
}
function isPlainContainer(value) {
    return value !== null && typeof value === 'object' && !(value instanceof StreamedArray) && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);
}
/** Whether a StreamedArray is inside `value` (walks plain objects and arrays only: the document's skeleton). */
function holdsStream(value) {
    if (value instanceof StreamedArray)
        return true;
    if (!isPlainContainer(value))
        return false;
    for (const v of Array.isArray(value) ? value : Object.values(value))
        if (holdsStream(v))
            return true;
    return false;
}
/** JSON.stringify(value, null, 2) of a value at `indent`: every line after the first indented. */
function stringifyAt(value, indent) {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    // JSON.stringify escapes line breaks inside strings: each \n here is between two tokens.
    return indent === '' ? text : text.replace(/\n/g, '\n' + indent);
}
function* arrayChunks(items, indent) {
    const inner = indent + '  ';
    let first = true;
    for (const item of items) {
        yield (first ? '[\n' : ',\n') + inner;
        first = false;
        if (holdsStream(item))
            yield* valueChunks(item, inner);
        else
            yield stringifyAt(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner);
    }
    yield first ? '[]' : '\n' + indent + ']';
}
function* valueChunks(value, indent) {
    if (value instanceof StreamedArray) {
        yield* arrayChunks(value.items, indent);
        return;
    }
    if (!holdsStream(value)) {
        yield stringifyAt(value, indent);
        return;
    }
    if (Array.isArray(value)) {
        yield* arrayChunks(value, indent);
        return;
    }
    const inner = indent + '  ';
    let first = true;
    for (const [key, v] of Object.entries(value)) {
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol')
            continue; // as JSON.stringify
        yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* valueChunks(v, inner);
    }
    yield first ? '{}' : '\n' + indent + '}';
}
/** JSON.stringify(value, null, 2) + "\n", in pieces, with each StreamedArray written item by item. */
function* jsonChunks(value) {
    yield* valueChunks(value, '');
    yield '\n';
}
/** The whole text of `chunks` (a synchronous report). */
function joinChunks(chunks) {
    let out = '';
    for (const c of chunks)
        out += c;
    return out;
}
/** About 1 MiB of text per write. */
const PIECE_SIZE = 1 << 20;
/**
 * Writes `chunks` to `sink` in pieces that end at a line break, each of at least `pieceSize`
 * characters (but the last); the text after the last line break goes last. Each chunk is searched
 * once: linear in the text.
 */
async function writeLines(chunks, sink, pieceSize = PIECE_SIZE) {
    let buffer = '';
    for await (const chunk of chunks) {
        buffer += chunk;
        if (buffer.length < pieceSize)
            continue;
        const at = chunk.lastIndexOf('\n');
        if (at < 0)
            continue;
        const end = buffer.length - chunk.length + at;
        const piece = buffer.slice(0, end + 1);
        buffer = buffer.slice(end + 1);
        await sink(piece);
    }
    if (buffer !== '')
        await sink(buffer);
}


/***/ }),

/***/ 1062:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ describeRule),
/* harmony export */   Iu: () => (/* binding */ RULE_IDS),
/* harmony export */   KX: () => (/* binding */ isRuleId),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony export ruleHelpUri */
// The rule catalogue: every rule id the tool can report, its default severity and its help text.
// Ids are public (README anchors, SARIF, the `rules` input): never rename one.
const RULES = [
    {
        id: 'invalid-json',
        defaultSeverity: 'error',
        summary: 'The file is not RFC 8259 JSON (syntax error, comment, trailing comma, NaN, single quotes).',
        fix: 'Fix the syntax at the reported character; LivePerson accepts strict JSON only.',
    },
    { id: 'duplicate-key', defaultSeverity: 'error', summary: 'An object repeats a key; JSON.parse silently keeps the last one.', fix: 'Keep one of the two keys.' },
    {
        id: 'unreadable-file',
        defaultSeverity: 'error',
        summary: 'The file cannot be read, is not UTF-8, is over the size limit (1 MiB) or nests deeper than 64 levels.',
        fix: 'Save the file as UTF-8 JSON under 1 MiB, or exclude it.',
    },
    { id: 'required', defaultSeverity: 'error', summary: 'A required property is missing.', fix: 'Add the property to the object the finding points at.' },
    { id: 'unknown-property', defaultSeverity: 'error', summary: 'A property the manifest schema does not define (often a typo).', fix: 'Rename it to the suggested property or remove it.' },
    { id: 'type', defaultSeverity: 'error', summary: 'A value has the wrong JSON type.', fix: 'Use the type the message names (e.g. an array of strings, an integer).' },
    { id: 'enum', defaultSeverity: 'error', summary: 'A value LivePerson does not support.', fix: 'Use one of the listed values.' },
    { id: 'max-length', defaultSeverity: 'error', summary: 'A string is longer than LivePerson allows (counted in Unicode code points).', fix: 'Shorten the string to the limit.' },
    {
        id: 'range',
        defaultSeverity: 'error',
        summary: 'A number is out of range (max_retries 0..5, retention_time 2..259200, profile ids in enabled_for_profiles 1 to 9223372036854775807).',
        fix: 'Use a value inside the range.',
    },
    { id: 'format', defaultSeverity: 'error', summary: 'A webhook endpoint that is not an absolute https:// URL, or a URI field that is not a URI.', fix: 'Use an absolute https:// URL.' },
    { id: 'duplicate-item', defaultSeverity: 'warning', summary: 'An array repeats a value.', fix: 'Remove the repeated value.' },
    {
        id: 'unknown-event',
        defaultSeverity: 'error',
        summary: 'A webhooks key that is not one of the five events or retry: that webhook never fires.',
        fix: 'Use one of the event names listed in the message.',
    },
    {
        id: 'max-retries-ignored',
        defaultSeverity: 'warning',
        summary: 'webhooks.retry.retention_time is set, so the non-zero max_retries of a webhook is ignored.',
        fix: 'Remove max_retries (or set it to 0 to drop that event instead of retrying it), or remove retry to use max_retries.',
    },
    {
        id: 'scope',
        defaultSeverity: 'warning',
        summary: 'A scope token that is not known (msg.consumer, faas.lambda.invoke, ihub.tpb.customendpoint, users.read, users.write, users.external, data.services.enghist), or repeated.',
        fix: 'Use known, space-separated scope tokens, each once.',
    },
    { id: 'language-tag', defaultSeverity: 'error', summary: 'The tag after client_name# is not a valid BCP 47 language tag.', fix: 'Use a tag such as client_name#fr or client_name#pt-BR.' },
    {
        id: 'oauth-flow',
        defaultSeverity: 'error',
        summary: 'An inconsistent OAuth setup: authorization_code without redirect_uris, a redirect URI with a #fragment (error), refresh_token without authorization_code (warning).',
        fix: 'Add redirect_uris for authorization_code, drop fragments, or drop refresh_token.',
    },
    { id: 'insecure-url', defaultSeverity: 'warning', summary: 'An http:// URL in redirect_uris, entry_uri or logo_uri.', fix: 'Use https://.' },
    {
        id: 'unreachable-endpoint',
        defaultSeverity: 'warning',
        summary: 'A webhook endpoint LivePerson cannot reach from the internet (localhost, *.local, *.internal, a loopback, private or link-local address) or only while a tunnel runs (ngrok, localtunnel, Cloudflare quick tunnels).',
        fix: 'Use the public https:// host of the deployed service.',
    },
    {
        id: 'placeholder',
        defaultSeverity: 'warning',
        summary: 'A template placeholder left in: {...} or <...> in a URL or name, or a URL host with no dot.',
        fix: 'Replace the placeholder with the real value.',
    },
    {
        id: 'logo-size',
        defaultSeverity: 'error',
        summary: 'logo_uri points to an image in the repository that is not exactly 70x70 pixels, or an image file over 1 MiB.',
        fix: 'Resize the logo to 70x70 pixels.',
    },
    {
        id: 'quick-launch',
        defaultSeverity: 'error',
        summary: 'quick_launch_enabled is true but the app cannot appear: no entry_uri (error); no enabled_for_profiles or enabled: false (warning).',
        fix: 'Set a non-empty entry_uri and enabled_for_profiles.',
    },
    {
        id: 'quick-launch-profile',
        defaultSeverity: 'error',
        summary: 'With the profiles input: a QuickLaunch app none of those profiles will see (or, with require-quick-launch, any app not QuickLaunch-ready for one of them).',
        fix: 'Add one of the profiles to enabled_for_profiles.',
    },
    { id: 'consumer-identity', defaultSeverity: 'warning', summary: 'engagement.consumer_identity lacks "auth".', fix: 'Add "auth" to consumer_identity.' },
    { id: 'duplicate-client-name', defaultSeverity: 'error', summary: 'Two manifests share a client_name; LivePerson requires it unique.', fix: 'Give each app its own client_name.' },
    {
        id: 'server-field',
        defaultSeverity: 'error',
        summary: 'A field LivePerson sets itself (id, client_id, client_secret, ...): the file is an exported API response, and client_secret is a committed secret.',
        fix: 'Remove the field; rotate the secret if client_secret was committed.',
    },
    { id: 'secret-in-header', defaultSeverity: 'warning', summary: 'A webhook header value that looks like a credential.', fix: 'Do not commit credentials; inject them at deploy time.' },
    {
        id: 'header-name',
        defaultSeverity: 'error',
        summary: "A header_name that is not a valid HTTP field name, or repeated within one webhook (error); one starting with X-LivePerson-, which collides with LivePerson's own headers (warning).",
        fix: 'Use a token with a prefix of your own, such as X-My-Header, once per webhook.',
    },
    {
        id: 'unknown-profile',
        defaultSeverity: 'error',
        summary: 'With the LivePerson account: an id in enabled_for_profiles that is not a profile of the account, or a deleted one (the message lists the profiles).',
        fix: "Use one of the account's profile ids (lp-manifest --account ID --list-profiles lists them).",
    },
    {
        id: 'drift',
        defaultSeverity: 'warning',
        summary: 'With compare-installed: a field where the app installed in the account differs from the file (header values are compared, never shown).',
        fix: 'Update the file, or the installed app, so that they agree.',
    },
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


/***/ }),

/***/ 6265:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VN: () => (/* binding */ EVENT_KEY_LIMIT),
  c0: () => (/* binding */ SERVER_FIELDS),
  EQ: () => (/* binding */ WEBHOOK_EVENTS),
  I$: () => (/* binding */ schemaFindings)
});

// UNUSED EXPORTS: WEBHOOKS_POINTER, labelAt, labelIn

// EXTERNAL MODULE: ./src/schema/generated/validate-manifest.cjs
var validate_manifest = __nccwpck_require__(422);
var validate_manifest_default = /*#__PURE__*/__nccwpck_require__.n(validate_manifest);
;// CONCATENATED MODULE: ./src/schema/generated/manifest-schema.ts
// Generated by scripts/build-schema.mjs from schemas/liveperson-app-manifest.schema.json. Do not edit.
// The schema as data, for "did you mean" suggestions and enum ordering at run time (no compiling).
const manifestSchema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://raw.githubusercontent.com/lp-manifest/liveperson-manifest-action/v1/schemas/liveperson-app-manifest.schema.json",
    "title": "LivePerson application manifest",
    "description": "The JSON manifest uploaded under \"Private apps\" in LivePerson Conversational Cloud to install an application. Source: \"Installing LivePerson Applications\", with the decisions documented in this repository's README (cqm.ExConversationChangeNotification, cart_items, arrays for target_audience and goal, display_name, webhooks.retry).",
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
            "description": "Space-separated list of scope values that the client can use when requesting access tokens. Known values: \"msg.consumer\", \"faas.lambda.invoke\", \"ihub.tpb.customendpoint\", \"users.read\", \"users.write\", \"users.external\", \"data.services.enghist\". Max length: 128.",
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
            "description": "A list of profiles (positive integer ids) to which this application should be available.",
            "type": "array",
            "uniqueItems": true,
            "items": {
                "type": "integer",
                "minimum": 1
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
            "description": "Contains the endpoints where UMS (Messaging Service) will send notifications, one per event type, and the optional retry policy. A key that is not an event is an error (propertyNames), and its value is still checked as a webhook (patternProperties).",
            "type": "object",
            "propertyNames": {
                "enum": [
                    "ms.MessagingEventNotification.ContentEvent",
                    "ms.MessagingEventNotification.RichContentEvent",
                    "ms.MessagingEventNotification.AcceptStatusEvent",
                    "ms.MessagingEventNotification.ChatStateEvent",
                    "cqm.ExConversationChangeNotification",
                    "retry"
                ]
            },
            "patternProperties": {
                "^(?!(?:ms\\.MessagingEventNotification\\.(?:ContentEvent|RichContentEvent|AcceptStatusEvent|ChatStateEvent)|cqm\\.ExConversationChangeNotification|retry)$)[\\s\\S]{0,200}$": {
                    "description": "A key that is not an event (an unknown-event error) is still checked as a webhook, unless it is longer than 200 characters: no event name is, and every finding inside would carry the whole key.",
                    "$ref": "#/$defs/webhook"
                }
            },
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
                    "description": "Indicates the HTTPS configuration endpoint of your server to receive notifications of type ExConversationChangeNotification. (The event table of \"Installing LivePerson Applications\" spells it ms.MessagingEventNotification.ExConversationChangeNotification; every sample and every other LivePerson page uses cqm.)",
                    "$ref": "#/$defs/webhook"
                },
                "retry": {
                    "title": "Retry policy",
                    "description": "Webhooks retry policy. When set, a non-zero max_retries of a webhook is ignored (0 still means: do not retry that event).",
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
            "$comment": "No $ref inside (the header schema is inline): Ajv then inlines this schema where it is used, instead of calling a function per webhook and concatenating its errors to all before, which is quadratic in the number of webhooks.",
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
                                "description": "An HTTP field name (RFC 9110 token). Not X-LivePerson-*: LivePerson sends its own headers with that prefix.",
                                "type": "string"
                            },
                            "header_value": {
                                "title": "Header value",
                                "description": "The header's value.",
                                "type": "string"
                            }
                        }
                    }
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

// EXTERNAL MODULE: ./src/engine/finding-budget.ts
var finding_budget = __nccwpck_require__(7405);
// EXTERNAL MODULE: ./src/fixes/fix-ops.ts
var fix_ops = __nccwpck_require__(1717);
// EXTERNAL MODULE: ./src/semantic/parsed-url.ts
var parsed_url = __nccwpck_require__(2071);
// EXTERNAL MODULE: ./src/semantic/placeholder-text.ts
var placeholder_text = __nccwpck_require__(9333);
// EXTERNAL MODULE: ./src/tool-info.ts
var tool_info = __nccwpck_require__(4574);
// EXTERNAL MODULE: ./src/text/closest.ts
var closest = __nccwpck_require__(7504);
// EXTERNAL MODULE: ./src/text/describe.ts
var describe = __nccwpck_require__(2586);
// EXTERNAL MODULE: ./src/engine/profile-id.ts
var profile_id = __nccwpck_require__(2077);
;// CONCATENATED MODULE: ./src/schema/schema-findings.ts










/**
 * Fields LivePerson sets itself; reported by the `server-field` rule, not as unknown properties. The
 * last two are in exported installations (the Applications API's response) too.
 */
const SERVER_FIELDS = ['id', 'client_id', 'client_secret', 'client_id_issued_at', 'client_secret_expires_at', 'deleted', 'installation_type', 'is_internal'];
const WEBHOOKS_POINTER = '/capabilities/webhooks';
const MISSPELLED_EVENT = 'ms.MessagingEventNotification.ExConversationChangeNotification';
const RIGHT_EVENT = 'cqm.ExConversationChangeNotification';
/** Arrays once documented as a string: such a string is fixed by wrapping it in an array. */
const WRAPPED_IN_ARRAY = new Set(['/response_types', '/capabilities/engagement/target_audience', '/capabilities/engagement/goal']);
const root = manifestSchema;
/** The five webhook event keys (the webhooks object's properties, less "retry"). */
const WEBHOOK_EVENTS = Object.keys(root.$defs['webhooks']?.properties ?? {}).filter((k) => k !== 'retry');
/**
 * The value of an unknown webhooks key is checked as a webhook when the key has at most this many
 * code points (the schema's patternProperties under webhooks says the same). No event name is
 * longer, and every finding inside carries the key in its pointer: a longer key would make the
 * work and the report grow with the square of the file's size.
 */
const EVENT_KEY_LIMIT = 200;
/**
 * Keywords Ajv applies only to a value of their type (maxLength to strings, minimum to numbers, ...)
 * or that are about an object's keys: never reported next to a type error at the same place.
 */
const TYPE_GUARDED = new Set(['maxLength', 'minimum', 'maximum', 'pattern', 'uniqueItems', 'required', 'additionalProperties', 'propertyNames']);
/** One RFC 6901 segment, escaped. */
function escapeSegment(segment) {
    return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}
function isIndex(pointer, from, to) {
    if (from >= to || (to - from > 1 && pointer.charCodeAt(from) === 48))
        return false; // "" or a leading 0
    for (let i = from; i < to; i++) {
        const c = pointer.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return true;
}
/**
 * A short human name for the value at `pointer` (as labelOf in text/describe.ts: `max_retries`,
 * `headers[3]`, `"my key"`, `the manifest`), read from the end of the pointer without splitting it.
 * A key that is not a plain name is quoted and shortened (keyLabel): a key can be any length
 * (client_name#…, an unknown webhook event) and is printed in the message of every finding under it.
 */
function labelAt(pointer) {
    if (pointer === '')
        return 'the manifest';
    let suffix = '';
    let end = pointer.length;
    for (;;) {
        const slash = pointer.lastIndexOf('/', end - 1);
        if (slash > 0 && isIndex(pointer, slash + 1, end)) {
            suffix = `[${pointer.slice(slash + 1, end)}]${suffix}`;
            end = slash;
            continue;
        }
        const segment = pointer.slice(slash + 1, end);
        return (0,describe/* keyLabel */.w8)(segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment) + suffix;
    }
}
/**
 * labelAt, and for a value inside a webhook the webhook it is in: `endpoint of
 * ms.MessagingEventNotification.ContentEvent`, `header_name of headers[0] of cqm.…` (a manifest has
 * up to five endpoints; "endpoint" alone does not say which). An unknown event key is quoted and
 * shortened. (Never splits the whole pointer: only the segments after the event.)
 */
function labelIn(pointer) {
    const label = labelAt(pointer);
    if (!pointer.startsWith(`${WEBHOOKS_POINTER}/`))
        return label;
    const from = WEBHOOKS_POINTER.length + 1;
    const slash = pointer.indexOf('/', from);
    if (slash < 0)
        return label; // the webhook itself: its label is its event key
    const segment = pointer.slice(from, slash);
    const event = segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
    if (event === 'retry')
        return `retry.${label}`;
    const webhook = WEBHOOK_EVENTS.includes(event) ? event : (0,describe/* quote */.hD)(event, 60);
    // Inside a header (…/headers/0/header_name): the header too.
    const header = /^\/headers\/(\d+)\/[^/]+$/.exec(pointer.slice(slash));
    return header ? `${label} of headers[${header[1]}] of ${webhook}` : `${label} of ${webhook}`;
}
/** The pointer of the parent of `pointer` ("" for a top-level value). */
function parentOf(pointer) {
    return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
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
/** "between 0 and 5", "at least 1": the range of a number schema. */
function rangeOf(s) {
    if (s?.minimum !== undefined && s.maximum !== undefined)
        return `between ${s.minimum} and ${s.maximum}`;
    if (s?.minimum !== undefined)
        return `at least ${s.minimum}`;
    return `at most ${s?.maximum}`;
}
/** A number as the file writes it when known (a profile id: `-0`, not 0), else as JavaScript does. */
function numberText(pointer, value, profileTokens) {
    const prefix = '/enabled_for_profiles/';
    const token = profileTokens !== undefined && pointer.startsWith(prefix) ? profileTokens[Number(pointer.slice(prefix.length))] : undefined;
    return token !== undefined ? shownToken(token) : String(value);
}
/** Why a range exists, when the number alone does not say. */
function rangeReason(pointer) {
    return pointer.startsWith('/enabled_for_profiles/') ? ' (a profile id is a positive integer)' : '';
}
/** What an unknown webhooks key may be instead, and the list a message gives. */
const WEBHOOK_KEYS = [...WEBHOOK_EVENTS, 'retry'];
const EVENT_LIST = joinQuoted(WEBHOOK_EVENTS);
/** The known properties of a schema object, and their quoted list (made once per object, not per error). */
const knownOf = new WeakMap();
function knownProperties(schema) {
    if (schema === undefined)
        return { names: [], list: '' };
    let known = knownOf.get(schema);
    if (known === undefined) {
        const names = Object.keys(schema.properties ?? {});
        knownOf.set(schema, (known = { names, list: joinQuoted(names) }));
    }
    return known;
}
/** `webhooks`: the object that has the key (a rename is no fix when it already has the new name). */
function unknownEvent(name, webhooks) {
    const pointer = `${WEBHOOKS_POINTER}/${escapeSegment(name)}`;
    let message;
    let fix;
    if (name === MISSPELLED_EVENT) {
        message = `unknown webhook event "${name}": the key is "${RIGHT_EVENT}" (the LivePerson page's table misspells it); this webhook never fires`;
        fix = (0,fix_ops/* renameKey */.ep)(webhooks, pointer, RIGHT_EVENT);
    }
    else {
        const guess = (0,closest/* closestMatch */.h0)(name, WEBHOOK_KEYS);
        message = guess
            ? `unknown webhook event ${(0,describe/* quote */.hD)(name)}; did you mean "${guess}"? This webhook never fires`
            : `unknown webhook event ${(0,describe/* quote */.hD)(name)}; this webhook never fires. Events: ${EVENT_LIST} (and "retry")`;
        if ((0,describe/* codePointLength */.O7)(name) > EVENT_KEY_LIMIT)
            message += `. Its value is not checked: no event name is longer than ${EVENT_KEY_LIMIT} characters`;
        // Certain only for a near miss (case, plural, one typo) of exactly one key.
        if (guess !== undefined && (0,fix_ops/* nearMiss */.bi)(name, WEBHOOK_KEYS, true) === guess)
            fix = (0,fix_ops/* renameKey */.ep)(webhooks, pointer, guess);
    }
    return { rule: 'unknown-event', severity: 'error', pointer, target: 'key', message, fix };
}
/**
 * Whether the schema's ^https:// error on a webhook endpoint is the `placeholder` rule's to report:
 * the value has a template placeholder, and what comes before it could still begin an https:// URL
 * (`<webhook URL>`, `https://{HOST}/hook`). `http://{HOST}/hook` is not: its scheme is wrong whatever
 * the placeholder stands for.
 */
function placeholderEndpoint(error) {
    if (error.keyword !== 'pattern' || typeof error.data !== 'string')
        return false;
    const found = (0,placeholder_text/* placeholderIn */.P)(error.data);
    if (found === undefined)
        return false;
    const before = error.data.slice(0, found.index);
    return before.startsWith('https://') || 'https://'.startsWith(before);
}
/** `$schema` at the top level: an editor habit; the message says how to get completion without it. */
const SCHEMA_KEYWORD_MESSAGE = `unknown property "$schema": a manifest has no such field (LivePerson's upload takes only the fields it defines). ` +
    `For completion and hover help without it, map your manifests to the schema in the editor: in VS Code, "json.schemas": [{ "fileMatch": ["**/liveperson/*.json"], "url": "${tool_info/* SCHEMA_URL */.cZ}" }] in .vscode/settings.json; ` +
    `in JetBrains IDEs, Settings > Languages & Frameworks > Schemas and DTDs > JSON Schema Mappings`;
/** The rule of each keyword's finding (mapError's; any other keyword is reported as `type`). */
const RULE_OF_KEYWORD = {
    required: 'required',
    propertyNames: 'unknown-event',
    additionalProperties: 'unknown-property',
    type: 'type',
    enum: 'enum',
    maxLength: 'max-length',
    minimum: 'range',
    maximum: 'range',
    pattern: 'format',
};
/** A server field at the top level: its own rule (server-field) reports it, not unknown-property. */
function isServerField(error) {
    return error.keyword === 'additionalProperties' && error.instancePath === '' && SERVER_FIELDS.includes(error.params.additionalProperty);
}
/**
 * The finding of one error (not a server field's). `missingRequired`: pointers of the missing
 * required properties, e.g. "/client_name" (a typo's message says the guess is required).
 */
function mapError(error, missingRequired, enumMessages, profileTokens) {
    const pointer = error.instancePath;
    const value = error.data;
    switch (error.keyword) {
        case 'required': {
            const missing = error.params.missingProperty;
            const message = pointer === '' ? `missing required property "${missing}"` : `${labelIn(pointer)} is missing required property "${missing}"`;
            return { rule: 'required', severity: 'error', pointer, target: 'open-brace', message };
        }
        case 'propertyNames':
            // Only webhooks constrains its keys (to the events and "retry"); the value of an unknown key is
            // still validated as a webhook (patternProperties), so its errors come too.
            return unknownEvent(error.params.propertyName, value);
        case 'additionalProperties': {
            const name = error.params.additionalProperty;
            if (name === '$schema' && pointer === '')
                return { rule: 'unknown-property', severity: 'error', pointer: '/$schema', target: 'key', message: SCHEMA_KEYWORD_MESSAGE, suggestion: (0,fix_ops/* removeMember */.pt)('/$schema') };
            const known = knownProperties(error.parentSchema);
            const { closest: guess, certain } = (0,closest/* matchesOf */.th)(name, known.names);
            const required = guess !== undefined && missingRequired.has(`${pointer}/${guess}`);
            const message = guess
                ? `unknown property ${(0,describe/* quote */.hD)(name)}; did you mean "${guess}"?${required ? ` (${guess} is required)` : ''}`
                : `unknown property ${(0,describe/* quote */.hD)(name)}${pointer === '' ? '' : ` in ${labelIn(pointer)}`}; known properties: ${known.list}`;
            const at = `${pointer}/${escapeSegment(name)}`;
            // A fix only when the guess is certain (case and separators, one edit, a plural): `uri` for logo_uri stays a guess.
            const fix = certain !== undefined ? (0,fix_ops/* renameKey */.ep)(value, at, certain) : undefined;
            return { rule: 'unknown-property', severity: 'error', pointer: at, target: 'key', message, fix };
        }
        case 'type': {
            const expected = error.params.type;
            const fix = expected === 'array' && typeof value === 'string' && WRAPPED_IN_ARRAY.has(pointer) ? (0,fix_ops/* wrapInArray */.BN)(pointer) : undefined;
            return { rule: 'type', severity: 'error', pointer, target: 'value', message: `${labelIn(pointer)} must be ${TYPE_NAMES[expected] ?? expected}, not ${(0,describe/* jsonTypeOf */.WF)(value)}`, fix };
        }
        case 'enum': {
            // The message names the array, not the item: every item of one array with one value shares it.
            const parent = parentOf(pointer);
            const key = `${parent}\u0000${typeof value === 'string' ? `s${value}` : `j${JSON.stringify(value)}`}`;
            let known = enumMessages.get(key);
            if (known === undefined) {
                const shown = typeof value === 'string' ? (0,describe/* quote */.hD)(value) : JSON.stringify(value);
                const allowed = (error.params.allowedValues ?? []).map(String);
                const ordered = typeof value === 'string' ? (0,closest/* byCloseness */.l1)(value, allowed) : allowed;
                const message = `${shown} is not a supported value of ${labelIn(parent)}; supported: ${joinQuoted(ordered)}`;
                // A fix when the value is one edit from exactly one allowed value (client_credential).
                enumMessages.set(key, (known = { message, near: typeof value === 'string' ? (0,fix_ops/* nearMiss */.bi)(value, allowed, false) : undefined }));
            }
            const fix = known.near === undefined ? undefined : (0,fix_ops/* replaceString */.uf)(pointer, value, known.near);
            return { rule: 'enum', severity: 'error', pointer, target: 'value', message: known.message, fix };
        }
        case 'maxLength': {
            const limit = error.params.limit;
            const length = typeof value === 'string' ? (0,describe/* codePointLength */.O7)(value) : NaN;
            return { rule: 'max-length', severity: 'error', pointer, target: 'value', message: `${labelIn(pointer)} is ${length} characters long; the limit is ${limit}` };
        }
        case 'minimum':
        case 'maximum': {
            const maximum = error.parentSchema?.maximum;
            // A suggestion (a person decides): max_retries above 5 becomes 5.
            const suggestion = error.keyword === 'maximum' && maximum !== undefined && labelAt(pointer) === 'max_retries' ? (0,fix_ops/* setNumber */._t)(pointer, maximum) : undefined;
            return {
                rule: 'range',
                severity: 'error',
                pointer,
                target: 'value',
                message: `${labelIn(pointer)} is ${numberText(pointer, value, profileTokens)}; it must be ${rangeOf(error.parentSchema)}${rangeReason(pointer)}`,
                suggestion,
            };
        }
        case 'pattern': {
            // (Only a webhook endpoint has a pattern: ^https://.) A URL percent-encoded as a whole gets the decoded URL as a suggestion.
            const decoded = typeof value === 'string' ? (0,parsed_url/* decodedWholeUrl */.Vc)(value) : undefined;
            if (decoded !== undefined)
                return { rule: 'format', severity: 'error', pointer, target: 'value', message: (0,parsed_url/* percentEncodedMessage */.pZ)(labelIn(pointer)), suggestion: (0,fix_ops/* replaceString */.uf)(pointer, value, decoded) };
            // A suggestion: http:// becomes https:// (the server must answer there).
            const suggestion = typeof value === 'string' ? (0,fix_ops/* useHttps */.n7)(pointer, value) : undefined;
            return { rule: 'format', severity: 'error', pointer, target: 'value', message: `${labelIn(pointer)} must be an absolute https:// URL`, suggestion };
        }
        default:
            return { rule: 'type', severity: 'error', pointer, target: 'value', message: `${labelIn(pointer)} is not valid (${error.keyword})` };
    }
}
/**
 * One finding per repeated item (Ajv reports only the first pair), appended to `findings` when the
 * budget lists it. Every repeat of a value shares one message string (an array may repeat one value
 * half a million times).
 */
function addDuplicateItems(findings, pointer, value, budget, tokens) {
    if (!Array.isArray(value))
        return;
    /** By the item's JSON: the message of its repeats, once the first repeat is seen, else the first index. */
    const seen = new Map();
    const label = labelAt(pointer);
    const place = labelIn(pointer);
    for (let index = 0; index < value.length; index++) {
        const item = value[index];
        // Profile ids by their text: 9007199254740993 and 9007199254740992 are two ids JSON.parse reads as one number.
        const token = tokens?.[index];
        const key = token !== undefined ? `#${(0,profile_id/* profileIdOfToken */.v_)(token) ?? token}` : (JSON.stringify(item) ?? 'undefined');
        let message = seen.get(key);
        if (message === undefined) {
            seen.set(key, index);
            continue;
        }
        if (!budget.admit('duplicate-item', 'warning'))
            continue;
        if (typeof message === 'number') {
            const shown = typeof item === 'string' ? (0,describe/* quote */.hD)(item) : token !== undefined ? shownToken(token) : typeof item === 'number' ? String(item) : 'this item';
            seen.set(key, (message = `${shown} is repeated in ${place} (first at ${label}[${message}])`));
        }
        const at = `${pointer}/${index}`;
        findings.push({ rule: 'duplicate-item', severity: 'warning', pointer: at, target: 'value', message, fix: (0,fix_ops/* removeRepeatedItem */.cV)(at) });
    }
}
/** A number token as a message shows it (a token of digits may be a megabyte long). */
function shownToken(token) {
    return token.length > 40 ? `${token.slice(0, 40)}…` : token;
}
/**
 * The profile ids that JSON.parse reads as integers from 1 but whose text is no profile id (the
 * schema sees only the parsed number): `5.0`, `1e300`, `4.99999999999999999` (read as 5) are
 * `type` errors, `9223372036854775808` (past 2^63-1) a `range` error. `tokens`: the text of each
 * item (enabledProfileTokens).
 */
function profileIdFindings(findings, manifest, tokens, budget) {
    const items = manifest['enabled_for_profiles'];
    for (let i = 0; i < items.length; i++) {
        const token = tokens[i];
        const value = items[i];
        if (token === undefined || typeof value !== 'number' || !Number.isInteger(value) || value < 1 || (0,profile_id/* profileIdOfToken */.v_)(token) !== undefined)
            continue;
        const pointer = `/enabled_for_profiles/${i}`;
        const label = `enabled_for_profiles[${i}]`;
        if (/[.eE]/.test(token)) {
            // `5.0`, `5.000`: certainly 5 (a fix); `4.99999999999999999`, `1e2`: a person decides.
            const whole = /^([1-9][0-9]*)\.0+$/.exec(token)?.[1];
            const fix = whole !== undefined && (0,profile_id/* profileIdOfToken */.v_)(whole) !== undefined ? { description: `write ${labelAt(pointer)} as ${whole}`, ops: [{ op: 'replace-value', pointer, json: whole }] } : undefined;
            if (budget.admit('type', 'error'))
                findings.push({
                    rule: 'type',
                    severity: 'error',
                    pointer,
                    target: 'value',
                    message: `${label} must be an integer written in digits only, not ${shownToken(token)}: a profile id has no fraction or exponent`,
                    fix,
                });
        }
        else if (budget.admit('range', 'error')) {
            findings.push({
                rule: 'range',
                severity: 'error',
                pointer,
                target: 'value',
                message: `${label} is ${shownToken(token)}; it must be between 1 and ${profile_id/* MAX_PROFILE_ID */.ft} (a profile id is a positive 64-bit integer)`,
            });
        }
    }
}
/**
 * The findings of the schema's errors that `budget` lists (it counts the others). `profileTokens`:
 * the JSON text of each number in enabled_for_profiles (enabledProfileTokens), when known: profile
 * ids are judged by it.
 */
function schemaFindings(manifest, budget = finding_budget/* LIST_ALL */.f9, profileTokens) {
    if (validate_manifest_default()(manifest)) {
        if (profileTokens === undefined)
            return [];
        const findings = [];
        profileIdFindings(findings, manifest, profileTokens, budget);
        return findings;
    }
    const errors = ((validate_manifest_default()).errors ?? []);
    (validate_manifest_default()).errors = null; // not kept until the next manifest: there may be a million
    // A value of the wrong type gets one finding (the type), not also an enum one. (The other
    // keywords of the schema apply only to values of their type: see TYPE_GUARDED.)
    let unknownProperties = false;
    let unguarded = false;
    for (let i = 0; i < errors.length; i++) {
        const keyword = errors[i].keyword;
        if (keyword === 'additionalProperties')
            unknownProperties = true;
        else if (keyword !== 'type' && !TYPE_GUARDED.has(keyword))
            unguarded = true;
    }
    // Both sets only when needed: a file may have half a million type or required errors.
    const wrongType = new Set();
    const missingRequired = new Set();
    for (let i = 0; (unguarded || unknownProperties) && i < errors.length; i++) {
        const e = errors[i];
        if (unguarded && e.keyword === 'type')
            wrongType.add(e.instancePath);
        // Only an unknown property's message needs them (its did-you-mean names a missing property).
        else if (unknownProperties && e.keyword === 'required')
            missingRequired.add(`${e.instancePath}/${e.params.missingProperty}`);
    }
    const findings = [];
    const enumMessages = new Map();
    for (let i = 0; i < errors.length; i++) {
        const error = errors[i];
        // propertyNames reports the key's own error (enum) too, marked with the key: the propertyNames error stands for both.
        if (error.propertyName !== undefined)
            continue;
        if (wrongType.size > 0 && error.keyword !== 'type' && !TYPE_GUARDED.has(error.keyword) && wrongType.has(error.instancePath))
            continue;
        // Every error is its own finding: a missing required property is reported even when a misspelled
        // key's message names it ("did you mean"), so turning unknown-property off never hides it.
        // (Pushed one by one: a spread of a huge list into push() would overflow the stack.)
        if (error.keyword === 'uniqueItems')
            addDuplicateItems(findings, error.instancePath, error.data, budget, error.instancePath === '/enabled_for_profiles' ? profileTokens : undefined);
        else if (!isServerField(error) && !placeholderEndpoint(error) && budget.admit(RULE_OF_KEYWORD[error.keyword] ?? 'type', 'error'))
            findings.push(mapError(error, missingRequired, enumMessages, profileTokens));
    }
    if (profileTokens !== undefined)
        profileIdFindings(findings, manifest, profileTokens, budget);
    return findings;
}


/***/ }),

/***/ 3693:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ profileLabel),
/* harmony export */   IG: () => (/* binding */ profileListing),
/* harmony export */   O$: () => (/* binding */ compareWithInstalled),
/* harmony export */   ST: () => (/* binding */ ROLE_NAMES),
/* harmony export */   vR: () => (/* binding */ profileName),
/* harmony export */   xK: () => (/* binding */ accountView)
/* harmony export */ });
/* unused harmony export MAX_PROFILES_LISTED */
/* harmony import */ var _text_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2586);

/** Profiles a message lists; the rest are counted. */
const MAX_PROFILES_LISTED = 20;
const ROLE_NAMES = { 1: 'Administrator', 2: 'Agent', 3: 'Agent Manager', 4: 'Campaign Manager', 5: 'LPA' };
function accountView(facts) {
    const view = { account: facts.account, manifests: new Map() };
    if (facts.profiles !== undefined) {
        const byId = new Map();
        for (const p of facts.profiles)
            if (!byId.has(p.id) || byId.get(p.id).deleted)
                byId.set(p.id, p);
        view.profiles = byId;
    }
    if (facts.installations !== undefined) {
        const byName = new Map();
        for (const app of facts.installations) {
            if (app['deleted'] === true)
                continue;
            const name = Object.prototype.hasOwnProperty.call(app, 'client_name') ? app['client_name'] : undefined;
            if (typeof name !== 'string' || name.trim() === '')
                continue;
            const group = byName.get(name);
            if (group)
                group.push(app);
            else
                byName.set(name, [app]);
        }
        view.installations = byName;
    }
    return view;
}
/** A profile's name for a line of text: invisible characters escaped, at most 60 code points. */
function profileName(name) {
    const points = [...name.slice(0, 240)];
    const shown = points.length > 60 ? points.slice(0, 60).join('') + '…' : points.join('');
    return (0,_text_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInvisible */ .ts)(shown, { oneLine: true });
}
/** `42 (Agent Manager)`, or `42` when the account is not known or has no such profile. */
function profileLabel(id, view) {
    // (An id past 2^53 is a string of digits: no account profile has one.)
    const p = typeof id === 'number' ? view?.profiles?.get(id) : undefined;
    return p === undefined || p.name.trim() === '' ? String(id) : `${id} (${profileName(p.name)})`;
}
/** The account's live profiles by id, at most MAX_PROFILES_LISTED, for messages: "42 (Agent), 43 (Administrator) and 3 more". */
function profileListing(view) {
    if (view.listing !== undefined)
        return view.listing;
    const live = [...(view.profiles?.values() ?? [])].filter((p) => p.deleted !== true).sort((a, b) => a.id - b.id);
    const shown = live.slice(0, MAX_PROFILES_LISTED).map((p) => profileLabel(p.id, view));
    const more = live.length - shown.length;
    view.listing = live.length === 0 ? 'the account has no profiles' : `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    return view.listing;
}
/** After the run: what is installed and not in the repository, and what is not installed yet. */
function compareWithInstalled(view) {
    if (view.installations === undefined)
        return undefined;
    const installedNotInRepository = [];
    for (const [clientName, apps] of view.installations) {
        if (view.manifests.has(clientName))
            continue;
        for (const app of apps) {
            const id = app['id'];
            installedNotInRepository.push(typeof id === 'string' || typeof id === 'number' ? { clientName, id: String(id) } : { clientName });
        }
    }
    const notYetInstalled = [];
    for (const [clientName, path] of view.manifests)
        if (!view.installations.has(clientName))
            notYetInstalled.push({ path, clientName });
    installedNotInRepository.sort((a, b) => (a.clientName < b.clientName ? -1 : a.clientName > b.clientName ? 1 : 0));
    notYetInstalled.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { installedNotInRepository, notYetInstalled };
}


/***/ }),

/***/ 2071:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vc: () => (/* binding */ decodedWholeUrl),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   pZ: () => (/* binding */ percentEncodedMessage),
/* harmony export */   wS: () => (/* binding */ parseAbsoluteUrl)
/* harmony export */ });
/* unused harmony exports simpleHostEnd, simpleHostStart */
// WHATWG URL parsing shared by the URL rules (format, placeholder). `new URL` is the costliest step
// of those rules, and the URLs of a run are mostly distinct (each app has its own host), so a cache
// alone does not help much: the common shape, `http(s)://host.name/anything` with a lower-case
// ASCII host and no port or user info, is recognised by a scanner that gives exactly what
// `new URL` would (checked against it in __tests__/semantic/parsed-url.test.ts); anything else goes
// to `new URL`, once per distinct string. Callers only read the result.
const cache = new Map();
const CACHE_LIMIT = 4096;
/**
 * The common shape, recognised without `new URL` (and without allocating): `http://` or
 * `https://`, a host of lower-case ASCII letters, digits and hyphens in non-empty dot-separated
 * labels whose last label starts with a letter (so the WHATWG parser neither reads it as an IPv4
 * number nor needs to map or check anything), then the end or a path, query or fragment (the
 * parser never fails after the host). A label starting with "xn--" is punycode, which the parser
 * validates: those take the slow path. Userinfo, a port, a backslash, upper case and anything else
 * unusual end the host at a character other than / ? #, so they take the slow path too.
 * Returns where the host ends (it starts at simpleHostStart), or -1 when `value` has another shape.
 * For such a URL, `new URL(value)` gives protocol "http:" or "https:", and host = hostname = the host.
 */
function simpleHostEnd(value) {
    let i;
    if (value.startsWith('https://'))
        i = 8;
    else if (value.startsWith('http://'))
        i = 7;
    else
        return -1;
    const start = i;
    let label = i;
    for (const n = value.length; i < n; i++) {
        const c = value.charCodeAt(i);
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)
            continue; // a-z 0-9 -
        if (c === 46) {
            if (i === label)
                return -1; // an empty label
            label = i + 1;
            continue;
        }
        if (c === 47 || c === 63 || c === 35)
            break; // / ? #
        return -1;
    }
    const first = value.charCodeAt(label);
    if (label >= i || first < 97 || first > 122)
        return -1;
    const xn = value.indexOf('xn--', start);
    return xn !== -1 && xn < i ? -1 : i;
}
/** Where the host of a URL simpleHostEnd accepted starts. */
function simpleHostStart(value) {
    return value.charCodeAt(4) === 115 ? 8 : 7; // "https://" or "http://"
}
function simple(value) {
    const end = simpleHostEnd(value);
    if (end < 0)
        return undefined;
    const hostname = value.slice(simpleHostStart(value), end);
    return { protocol: value.charCodeAt(4) === 115 ? 'https:' : 'http:', host: hostname, hostname };
}
/** The absolute URL, or null when `value` does not parse as one. */
function parseAbsoluteUrl(value) {
    const fast = simple(value);
    if (fast !== undefined)
        return fast;
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
/**
 * Whether a host name (as `new URL` gives it: lower case, IPv4 dotted decimal, IPv6 compressed in
 * brackets) is the loopback interface: `localhost`, `*.localhost` (RFC 6761 §6.3), `127.0.0.0/8`,
 * `[::1]`, one trailing dot allowed. A developer's own machine, never a template placeholder;
 * RFC 8252 §7.3 and §8.3 allow plain-http loopback redirect URIs.
 */
function isLoopbackHost(hostname) {
    const host = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
    if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/** A scheme, then "://" percent-encoded: `https%3A%2F%2Fapp.example.com%2Fcb`. */
const ENCODED_URL = /^[A-Za-z][A-Za-z0-9+.-]*%3A%2F%2F/i;
/**
 * The URL a whole percent-encoded URL stands for (`https%3A%2F%2Fapp.example.com%2Fcb` is
 * `https://app.example.com/cb`), or undefined when `value` is not one, or its decoding is not an
 * absolute URL.
 */
function decodedWholeUrl(value) {
    if (!ENCODED_URL.test(value))
        return undefined;
    let decoded;
    try {
        decoded = decodeURIComponent(value);
    }
    catch {
        return undefined; // a stray % (the value is not an encoding of anything)
    }
    return parseAbsoluteUrl(decoded) === null ? undefined : decoded;
}
/** The message of a URL percent-encoded as a whole, in the field `label` names (format, for every URL field). */
function percentEncodedMessage(label) {
    return `${label} is a percent-encoded URL ("%3A%2F%2F" stands for "://"): write the URL itself, decoded`;
}


/***/ }),

/***/ 9333:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ placeholderIn),
/* harmony export */   Z: () => (/* binding */ withoutPlaceholders)
/* harmony export */ });
// What a template placeholder left in a string looks like: `<...>`, `{...}`, `${...}` or a
// `YOUR_...` word (`<API Scopes>`, `{YOUR_APPLICATION_DOMAIN}`, `${HOST}`, `YOUR_CLIENT_ID`). Shared
// by the `placeholder` rule and the rules that would otherwise parse such a string (scope tokens,
// URL format, the schema's https:// pattern for webhook endpoints), which leave it to that one
// finding. No imports: the schema's findings use it too.
/**
 * One placeholder. `<` and `{` must be followed by something other than white space (`a < b > c`
 * is prose); `${...}` is a placeholder whatever it holds. Each alternative stops at the next
 * delimiter of its kind, so a search is linear in the string.
 */
const PLACEHOLDER = /\$\{[^{}]*\}|\{[^{}\s][^{}]*\}|<[^<>\s][^<>]*>|(?<![A-Za-z0-9_])YOUR_[A-Za-z0-9_]*[A-Za-z0-9]/;
/** The first placeholder in `value`, or undefined. */
function placeholderIn(value) {
    // The common case, no candidate character at all, without running the expression.
    if (!value.includes('{') && !value.includes('<') && !value.includes('YOUR_'))
        return undefined;
    const match = PLACEHOLDER.exec(value);
    return match === null ? undefined : { index: match.index, text: match[0] };
}
/** `value` without its placeholders (each removed), for the rules that parse what is left. */
function withoutPlaceholders(value) {
    if (placeholderIn(value) === undefined)
        return value;
    return value.replace(new RegExp(PLACEHOLDER.source, 'g'), ' ');
}


/***/ }),

/***/ 7504:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   h0: () => (/* binding */ closestMatch),
/* harmony export */   l1: () => (/* binding */ byCloseness),
/* harmony export */   th: () => (/* binding */ matchesOf)
/* harmony export */ });
/* unused harmony export certainMatch */
// "Did you mean": the known name closest to a typo, and known values ordered by closeness.
const SEPARATORS = /[\s_\-.]/g;
function normalize(s) {
    return s.toLowerCase().replace(SEPARATORS, '');
}
/** Candidates are the same few lists (property names, enum values) again and again. */
const normalized = new Map();
function normalizeCandidate(s) {
    let n = normalized.get(s);
    if (n === undefined) {
        n = normalize(s);
        if (normalized.size >= 4096)
            normalized.clear();
        normalized.set(s, n);
    }
    return n;
}
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions). With `max`, a
 * distance above it is returned as max + 1, and only what can be at most `max` is computed
 * (Ukkonen's band): cells with |i - j| <= max, and rows until one has no cell within `max` (a
 * row's minimum never decreases). Unrelated strings then cost a few cells, not the whole table.
 */
function editDistance(a, b, max = Infinity) {
    const m = a.length;
    const n = b.length;
    const beyond = max + 1;
    if (Math.abs(m - n) > max)
        return beyond;
    if (m === 0 || n === 0)
        return m + n;
    // Three rolling rows (i-2, i-1, i) of the distance table instead of the whole table, reused
    // from call to call (every cell read is written first in this call).
    if (rows[0].length < n + 1)
        rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
    let [before, previous, current] = rows;
    for (let j = 0; j <= n; j++)
        previous[j] = j;
    for (let i = 1; i <= m; i++) {
        // The band of row i; the cells just outside it, which the band's edges read, count as beyond.
        const lo = Math.max(1, i - max);
        const hi = Math.min(n, i + max);
        current[lo - 1] = lo === 1 ? i : beyond;
        if (hi === i + max)
            previous[hi] = beyond;
        let rowMin = current[lo - 1];
        const ai = a.charCodeAt(i - 1);
        for (let j = lo; j <= hi; j++) {
            const bj = b.charCodeAt(j - 1);
            let v = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === bj ? 0 : 1));
            if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
                v = Math.min(v, before[j - 2] + 1);
            current[j] = v;
            if (v < rowMin)
                rowMin = v;
        }
        if (rowMin > max)
            return beyond;
        const spare = before;
        before = previous;
        previous = current;
        current = spare;
    }
    return Math.min(previous[n], beyond);
}
/** `a`: the normalized input. */
function score(a, candidate) {
    const b = normalizeCandidate(candidate);
    if (a === b)
        return 0;
    let s = editDistance(a, b);
    if (b.includes(a) || a.includes(b))
        s = Math.min(s, 1 + Math.abs(a.length - b.length) / 4);
    return s;
}
/** How far a typo of `b` may be from it (`a`: the normalized input, `b`: a normalized candidate). */
function limitOf(a, b) {
    return Math.max(2, Math.ceil(Math.min(a.length, b.length) / 3));
}
/**
 * The closest candidate (the first of a tie) when it is close enough to be a likely typo, and whether
 * another is as close. A candidate whose length alone puts it beyond every candidate's limit is not
 * compared (no edit distance is smaller than the difference of the lengths): it could be the closest
 * only if none were close enough. Most unknown keys are no typo of anything, and a file can have a
 * hundred thousand of them.
 */
function closest(input, candidates) {
    if (input.length > 200)
        return undefined;
    const a = normalize(input);
    let reach = 0;
    for (const c of candidates)
        reach = Math.max(reach, limitOf(a, normalizeCandidate(c)));
    let best;
    let bestScore = Infinity;
    let tied = false;
    for (const c of candidates) {
        const gap = Math.abs(a.length - normalizeCandidate(c).length);
        if (Math.min(gap, 1 + gap / 4) > reach)
            continue;
        const s = score(a, c);
        if (s < bestScore) {
            bestScore = s;
            best = c;
            tied = false;
        }
        else if (s === bestScore)
            tied = true;
    }
    if (best === undefined)
        return undefined;
    return bestScore <= limitOf(a, normalizeCandidate(best)) ? { best, tied } : undefined;
}
/** The closest candidate, if it is close enough to be a likely typo. */
function closestMatch(input, candidates) {
    return closest(input, candidates)?.best;
}
/** English plurals of a (normalized) name: retry -> retries, type -> types, box -> boxes. */
function plurals(s) {
    return s.endsWith('y') ? [s + 's', s.slice(0, -1) + 'ies'] : [s + 's', s + 'es'];
}
/**
 * A did-you-mean close enough to be certain: no other candidate is as close, and the two differ
 * only in letter case and separators (clientName), by one edit (client_nam), or as singular and
 * plural (max_retry). A looser guess (uri for logo_uri) stays a guess in the message.
 */
function certainMatch(input, candidates) {
    return matchesOf(input, candidates).certain;
}
/** closestMatch and certainMatch at once (one comparison with each candidate, not two). */
function matchesOf(input, candidates) {
    const found = closest(input, candidates);
    if (found === undefined)
        return {};
    if (found.tied)
        return { closest: found.best };
    const a = normalize(input);
    const b = normalizeCandidate(found.best);
    const near = a === b || editDistance(a, b) <= 1 || plurals(a).includes(b) || plurals(b).includes(a);
    return near ? { closest: found.best, certain: found.best } : { closest: found.best };
}
/** Candidates ordered from closest to farthest (stable for ties). */
function byCloseness(input, candidates) {
    const a = input.length > 200 ? '' : normalize(input);
    const scored = candidates.map((c, i) => ({ c, i, s: input.length > 200 ? 0 : score(a, c) }));
    scored.sort((x, y) => x.s - y.s || x.i - y.i);
    return scored.map((x) => x.c);
}


/***/ }),

/***/ 2586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   WF: () => (/* binding */ jsonTypeOf),
/* harmony export */   Wy: () => (/* binding */ labelOf),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   ts: () => (/* binding */ escapeInvisible),
/* harmony export */   w8: () => (/* binding */ keyLabel)
/* harmony export */ });
/* unused harmony export valueAt */
/* harmony import */ var _engine_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8166);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3326);
/* harmony import */ var _unicode_encoding_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3940);
// Wording helpers shared by rules: how to name a place in a manifest and a JSON type for a person.



/**
 * A key as a message names it: bare when it is a plain name (letters, digits and `_ . # -`, at most
 * 80: `max_retries`, `client_name#fr`, `cqm.ExConversationChangeNotification`), otherwise quoted as
 * a JSON string (shortened), so a key with spaces, line breaks or markup is always visibly data.
 */
function keyLabel(key) {
    return /^[A-Za-z0-9_.#-]{1,80}$/.test(key) ? key : quote(key);
}
/** A short human name for the value at `pointer`: `max_retries`, `grant_types[1]`, `"my key"[0]`, `the manifest`. */
function labelOf(pointer) {
    const segments = (0,_engine_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerSegments */ .cP)(pointer);
    if (segments.length === 0)
        return 'the manifest';
    let label = '';
    for (let i = segments.length - 1; i >= 0; i--) {
        const s = segments[i];
        if (/^(0|[1-9][0-9]*)$/.test(s) && i > 0) {
            label = `[${s}]` + label;
            continue;
        }
        return keyLabel(s) + label;
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
/**
 * Characters nobody should have to see to read a line: controls (the line breaks \r and U+0085
 * among them), format characters (zero-width, bidi overrides, soft hyphen, BOM), U+2028 / U+2029,
 * lone surrogates and everything Unicode calls default-ignorable (variation selectors, tags, fillers).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;
const SHORT_ESCAPES = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };
/** The JSON escape of one character (a surrogate pair as two \u escapes, as JSON writes them). */
function jsonEscape(c) {
    const short = SHORT_ESCAPES[c];
    if (short !== undefined)
        return short;
    let out = '';
    for (let i = 0; i < c.length; i++)
        out += '\\u' + c.charCodeAt(i).toString(16).padStart(4, '0');
    return out;
}
/**
 * Every invisible character written as its JSON escape (`\r`, `\u200b`, `\u0085`, `\ud800`), so
 * none is left and no line ends but at \n. Inside a JSON string the escape means the same
 * character: JSON text stays valid JSON with the same values.
 */
function escapeInvisible(text, options = {}) {
    const oneLine = options.oneLine === true;
    return text.replace(INVISIBLE, (c) => (!oneLine && (c === '\n' || c === '\t') ? c : jsonEscape(c)));
}
/**
 * A file path for a line of text (the text report, a message): invisible characters, line breaks
 * above all, are shown as JSON escapes. A file name is chosen by whoever writes the pull request;
 * printed raw, "a\n::warning file=x::..." would start a workflow command in the action's log, any
 * line break would split a `path:line:column:` line, and a zero-width character would hide why two
 * names differ.
 */
function displayPath(path) {
    // A backslash is shown only inside a quoted name (as git shows one: `"caf\\xe9.json"`), so no
    // name is shown as another's escapes: a Latin-1 café.json is `"caf\351.json"` (discovery quotes
    // it), a file named `caf\351.json` is `"caf\\351.json"`, one with a line break `a\n.json`.
    const shown = path.includes('\\') && !path.startsWith('"') ? (0,_unicode_encoding_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteName */ .AB)(Buffer.from(path, 'utf8')) : path;
    return escapeInvisible(shown, { oneLine: true });
}
/** Code units of a value read past what quote() shows, to see where a URL's user-info ends (redact.ts). */
const REDACT_LOOKAHEAD = 1024;
/** The offset after the first `max` code points of `value` (a pair of surrogates is one), found without looking further. */
function codePointsEnd(value, max, from = 0) {
    let end = from;
    for (let count = 0; end < value.length && count < max; count++) {
        end += (value.charCodeAt(end) & 0xfc00) === 0xd800 && (value.charCodeAt(end + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    return end;
}
/**
 * Quote a value taken from the manifest for a message, shortened so a log line stays readable: a
 * JSON string whose invisible characters are escaped too (JSON.stringify leaves U+200B, U+2028 and
 * the like as they are), so the message shows what the value really holds. Credentials are shown
 * as `***` (redact.ts): a URL's password (`https://deploy:***@app.acme.com/cb`), what follows
 * `Bearer `, a random-looking token. Every message and fix description quotes through here.
 */
function quote(value, max = 80) {
    // A value may be a megabyte long, and a message may quote it for each of many findings: only
    // what is shown and a bounded look-ahead are read.
    const shownEnd = codePointsEnd(value, max);
    let windowEnd = Math.min(value.length, shownEnd + REDACT_LOOKAHEAD);
    if (windowEnd < value.length && (value.charCodeAt(windowEnd - 1) & 0xfc00) === 0xd800)
        windowEnd--; // a pair stays whole
    const complete = windowEnd === value.length;
    const redacted = (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(complete ? value : value.slice(0, windowEnd), complete);
    const end = codePointsEnd(redacted, max);
    const shown = end < redacted.length || !complete ? redacted.slice(0, end) + '…' : redacted;
    return escapeInvisible(JSON.stringify(shown));
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


/***/ }),

/***/ 3326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   EZ: () => (/* binding */ looksRandom),
/* harmony export */   Kx: () => (/* binding */ PLACEHOLDER),
/* harmony export */   My: () => (/* binding */ SCHEME),
/* harmony export */   jB: () => (/* binding */ redactPointer)
/* harmony export */ });
/* unused harmony exports entropy, classChanges, isRandomRun, REDACTED */
// Credentials in text the tool quotes: a URL's user-info password (`https://deploy:***@app.acme.com`),
// what follows an authorization scheme (`Bearer ***`) and a long random-looking token (an API key, a
// JWT, a hex secret: `***`). quote() (describe.ts) sends every value, key and name a message or a
// fix's description quotes through redact(), so no rule can print one, whichever rule quotes it.
// The same tests decide what the secret-in-header rule flags (looksRandom, SCHEME).
/** An authorization scheme and the white space after it (anchored, bounded: the same cost on any value). */
const SCHEME = /^(bearer|basic|digest|token)\s/i;
/** A value that only names a secret to fill in (`${TOKEN}`, `{{token}}`, `<token>`, `%TOKEN%`, `$TOKEN`). */
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
 * One run of base64 characters that looks random: 16+ characters mixing upper case, lower case and
 * digits, or 32+ hex digits, or 24+ digits and single-case letters, each with enough entropy.
 * Words in camel case ("MyCompanyHeader2024") rarely change character class; random text does so
 * every other character.
 */
function isRandomRun(run) {
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
}
/**
 * A long random-looking token, judged on each run of base64 characters (separators such as "-",
 * "_", "." split words: "liveperson-webhooks-2024" is not random). A value with white space is not
 * one token.
 */
function looksRandom(value) {
    if (/\s/.test(value))
        return false;
    const runs = value.match(/[A-Za-z0-9+/]+/g) ?? [];
    return runs.some(isRandomRun);
}
const REDACTED = '***';
/** Characters that end a URL's authority (the host part after `//`). */
function endsAuthority(c) {
    // / ? # \ white space, quotes and angle brackets (a URL quoted inside other text)
    return c === 47 || c === 63 || c === 35 || c === 92 || c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || c === 39 || c === 60 || c === 62 || c === 12 || c === 11;
}
/**
 * Every `scheme://user:password@` with the password replaced by `***`. `complete`: false when the
 * text is the start of a longer value: an authority that reaches its end may have its `@` further
 * on, so everything after its first `:` is replaced. Linear: an authority ends at the next `/`, so
 * no two `://` scan the same characters.
 */
function redactUserInfo(text, complete) {
    let from = 0;
    let out = '';
    let copied = 0;
    for (;;) {
        const at = text.indexOf('://', from);
        if (at < 0)
            break;
        const start = at + 3;
        let end = start;
        while (end < text.length && !endsAuthority(text.charCodeAt(end)))
            end++;
        const lastAt = text.lastIndexOf('@', end - 1);
        const userInfoEnd = lastAt >= start ? lastAt : !complete && end === text.length ? end : -1;
        if (userInfoEnd >= 0) {
            const colon = text.indexOf(':', start);
            if (colon >= 0 && colon < userInfoEnd && colon + 1 < userInfoEnd) {
                out += text.slice(copied, colon + 1) + REDACTED;
                copied = userInfoEnd;
            }
        }
        from = Math.max(end, start);
    }
    return copied === 0 ? text : out + text.slice(copied);
}
/** An authorization scheme at the start, or after a header name that takes one (`Authorization: Bearer …`). */
const LEADING_SCHEME = /^\s*(?:(?:proxy-)?authori[sz]ation\s*:\s*)?(bearer|basic|digest|token)\s/i;
/** The text after an authorization scheme, as `Bearer ***` (unless it is empty or a placeholder). */
function redactScheme(text) {
    const scheme = LEADING_SCHEME.exec(text.slice(0, 64)); // bounded: the same cost on any value
    if (scheme === null)
        return text;
    const rest = text.slice(scheme[0].length).trim();
    if (rest === '' || PLACEHOLDER.test(rest))
        return text;
    return text.slice(0, scheme[0].length) + REDACTED;
}
/**
 * `text` with the credentials it shows replaced by `***`: a URL's user-info password, what follows
 * an authorization scheme, each random-looking run of base64 characters. `complete` (default true):
 * false when `text` is only the start of a longer value (see redactUserInfo).
 */
function redact(text, complete = true) {
    let out = redactScheme(redactUserInfo(text, complete));
    if (/[A-Za-z0-9+/]{16}/.test(out))
        out = out.replace(/[A-Za-z0-9+/]+/g, (run) => (isRandomRun(run) ? REDACTED : run));
    return out;
}
/**
 * A JSON pointer with each key redacted as quote() shows it (a key may be a URL with a password):
 * the pointer of a finding is printed too (the JSON report). Unchanged, and not split, when no
 * key can hold a credential (no `:` and no long run of base64 characters).
 */
function redactPointer(pointer) {
    if (!pointer.includes(':') && !/[A-Za-z0-9+]{16}/.test(pointer))
        return pointer;
    const segments = pointer.split('/');
    for (let i = 1; i < segments.length; i++) {
        const s = segments[i];
        const key = s.includes('~') ? s.replace(/~1/g, '/').replace(/~0/g, '~') : s;
        const shown = redact(key);
        if (shown !== key)
            segments[i] = shown.replace(/~/g, '~0').replace(/\//g, '~1');
    }
    return segments.join('/');
}


/***/ }),

/***/ 3940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ quoteName),
/* harmony export */   EQ: () => (/* binding */ wideEncodingOf),
/* harmony export */   OK: () => (/* binding */ decodeWide),
/* harmony export */   es: () => (/* binding */ unquotedForm),
/* harmony export */   jx: () => (/* binding */ firstInvalidUtf8Byte)
/* harmony export */ });
/* unused harmony export escapeInvalidUtf8 */
// Text from bytes: UTF-8 validity, the UTF-16/32 encodings a JSON file may be saved in (with or
// without a byte order mark), and names that are not valid UTF-8 shown with escapes.
/** Index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8Byte(bytes, from = 0) {
    let i = from;
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
 * Bytes as text, each byte outside a well-formed UTF-8 sequence shown as `\xHH` (lower-case hex):
 * how a file name that is not valid UTF-8 is displayed and reported. Valid UTF-8 is decoded as is.
 */
function escapeInvalidUtf8(bytes) {
    let out = '';
    let start = 0;
    for (let bad = firstInvalidUtf8Byte(bytes); bad >= 0; bad = firstInvalidUtf8Byte(bytes, start)) {
        out += bytes.toString('utf8', start, bad) + `\\x${bytes[bad].toString(16).padStart(2, '0')}`;
        start = bad + 1;
    }
    return out + bytes.toString('utf8', start);
}
/** git's C-style escapes (quote.c): these bytes have a letter, the other control bytes an octal escape. */
const C_ESCAPES = { 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x22: '"', 0x5c: '\\' };
/**
 * A file name quoted as git quotes one (`core.quotePath=false`): in double quotes, `"` and `\` and
 * control bytes escaped in C style (`\"`, `\\`, `\n`, `\t`, …), every other control byte and
 * every byte outside a well-formed UTF-8 sequence as a three-digit octal escape (`\351`); valid
 * UTF-8 as is. A Latin-1 `café.json` is `"caf\351.json"`, distinct from a file really named
 * `caf\351.json`, whose quoted form is `"caf\\351.json"`: one quoted form per name.
 */
function quoteName(bytes) {
    let out = '"';
    let start = 0;
    const flush = (end) => {
        if (end > start)
            out += Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
    };
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i];
        if (b >= 0x80) {
            const bad = firstInvalidUtf8Byte(bytes.subarray(i, Math.min(bytes.length, i + 4)));
            // A well-formed sequence at i (its length from its lead byte) is kept as is.
            const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
            if (bad !== 0 && i + length <= bytes.length && (bad < 0 || bad >= length)) {
                i += length;
                continue;
            }
        }
        else if (b >= 0x20 && b !== 0x7f && b !== 0x22 && b !== 0x5c) {
            i++;
            continue;
        }
        flush(i);
        out += C_ESCAPES[b] !== undefined ? `\\${C_ESCAPES[b]}` : `\\${b.toString(8).padStart(3, '0')}`;
        start = ++i;
    }
    flush(bytes.length);
    return out + '"';
}
/** The name a quoted one (quoteName) stands for in globs and by its suffix: without its quotes, escapes kept. */
function unquotedForm(path) {
    return path.length >= 2 && path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1) : path;
}
/**
 * The UTF-16 or UTF-32 encoding of a JSON text, told by its byte order mark or, without one, by the
 * NUL bytes of its first two characters, which JSON requires to be ASCII (RFC 4627, section 3:
 * `00 00 00 xx` UTF-32BE, `00 xx` UTF-16BE, `xx 00 00 00` UTF-32LE, `xx 00` UTF-16LE). Undefined for
 * anything else (UTF-8). UTF-8 JSON never holds a NUL byte, so no valid UTF-8 JSON is mistaken.
 * Without a byte order mark, the guess must hold for the whole text, not its first bytes: at least
 * half of its characters must have the NUL bytes of an ASCII character in that encoding (a
 * manifest's keys and punctuation are ASCII). A NUL byte alone (`{\0"client_name": …}`, a stray NUL
 * at the start) is then no reason to read UTF-8 as UTF-16, which would hide every key.
 */
function wideEncodingOf(bytes) {
    if (bytes.length < 2)
        return undefined;
    const [a, b, c, d] = bytes;
    const four = bytes.length >= 4;
    // UTF-32LE's byte order mark begins like UTF-16LE's: tested first.
    if (four && a === 0xff && b === 0xfe && c === 0 && d === 0)
        return { encoding: 'UTF-32LE', bom: true };
    if (four && a === 0 && b === 0 && c === 0xfe && d === 0xff)
        return { encoding: 'UTF-32BE', bom: true };
    if (a === 0xff && b === 0xfe)
        return { encoding: 'UTF-16LE', bom: true };
    if (a === 0xfe && b === 0xff)
        return { encoding: 'UTF-16BE', bom: true };
    let encoding;
    if (a === 0)
        encoding = b === 0 ? 'UTF-32BE' : 'UTF-16BE';
    else if (b === 0)
        encoding = four && c === 0 && d === 0 ? 'UTF-32LE' : 'UTF-16LE';
    else
        return undefined;
    return mostlyAsciiIn(bytes, encoding) ? { encoding, bom: false } : undefined;
}
/** Whether at least half of the code units of `bytes`, read in `encoding`, are below U+0100: one pass. */
function mostlyAsciiIn(bytes, encoding) {
    const size = encoding === 'UTF-16LE' || encoding === 'UTF-16BE' ? 2 : 4;
    const units = Math.floor(bytes.length / size);
    let narrow = 0;
    if (size === 2) {
        // The high byte of each unit: second in little endian, first in big endian.
        for (let i = encoding === 'UTF-16LE' ? 1 : 0; i < units * 2; i += 2)
            if (bytes[i] === 0)
                narrow++;
    }
    else if (encoding === 'UTF-32LE') {
        for (let i = 0; i < units * 4; i += 4)
            if (bytes[i + 1] === 0 && bytes[i + 2] === 0 && bytes[i + 3] === 0)
                narrow++;
    }
    else {
        for (let i = 0; i < units * 4; i += 4)
            if (bytes[i] === 0 && bytes[i + 1] === 0 && bytes[i + 2] === 0)
                narrow++;
    }
    return units > 0 && narrow * 2 >= units;
}
/** Decodes UTF-16/32 text (its byte order mark dropped); ill-formed units become U+FFFD. */
function decodeWide(bytes, { encoding, bom }) {
    if (encoding === 'UTF-16LE' || encoding === 'UTF-16BE')
        return new TextDecoder(encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be').decode(bytes);
    const le = encoding === 'UTF-32LE';
    let out = '';
    let points = [];
    for (let i = bom ? 4 : 0; i + 3 < bytes.length; i += 4) {
        const cp = le ? (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) >>> 0 : ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
        points.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
        // In chunks: String.fromCodePoint takes its code points as arguments.
        if (points.length === 4096) {
            out += String.fromCodePoint(...points);
            points = [];
        }
    }
    return out + String.fromCodePoint(...points);
}


/***/ }),

/***/ 4574:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xh: () => (/* binding */ README_URL),
/* harmony export */   cZ: () => (/* binding */ SCHEMA_URL),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/* unused harmony export VERSION_README_URL */
// Name, version and home of the tool. REPOSITORY_URL is the one place that says where the action lives:
// the schema's $id (scripts/build-schema.mjs), the SARIF and rule help links, and a test that checks every
// GitHub address in package.json, action.yml, README.md, SECURITY.md and CHANGELOG.md against it.
// TOOL_VERSION is kept equal to package.json by a test.
const TOOL_NAME = 'lp-manifest';
const TOOL_VERSION = '1.0.0';
const REPOSITORY_URL = 'https://github.com/lp-manifest/liveperson-manifest-action';
/**
 * The README at the running version's tag (v1.0.0): every rule link (job summary, check run, SARIF
 * help, rdjson, review comments) describes the rules this version checks, not what main says later.
 */
const README_URL = `${REPOSITORY_URL}/blob/v${TOOL_VERSION}/README.md`;
/** The same address, by the name the summaries use. */
const VERSION_README_URL = (/* unused pure expression or super */ null && (README_URL));
/** The schema as editors download it: the committed file at the moving major tag (v1), served raw. Also its $id. */
const SCHEMA_URL = `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/v${TOOL_VERSION.split('.')[0]}/schemas/liveperson-app-manifest.schema.json`;


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 422:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Generated by scripts/build-schema.mjs from schemas/liveperson-app-manifest.schema.json. Do not edit.
module.exports = validate20;module.exports["default"] = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/lp-manifest/liveperson-manifest-action/v1/schemas/liveperson-app-manifest.schema.json","title":"LivePerson application manifest","description":"The JSON manifest uploaded under \"Private apps\" in LivePerson Conversational Cloud to install an application. Source: \"Installing LivePerson Applications\", with the decisions documented in this repository's README (cqm.ExConversationChangeNotification, cart_items, arrays for target_audience and goal, display_name, webhooks.retry).","type":"object","required":["client_name"],"properties":{"client_name":{"title":"Client name","description":"Choose the name for your Connector application. Must be unique in the account. Can be internationalized by adding a BCP 47 (RFC 5646) language tag after a hash character, e.g. \"client_name#fr-CA\". Max length: 128.","type":"string","maxLength":128},"display_name":{"title":"Display name","description":"The name shown in Conversational Cloud. Max length: 128.","type":"string","maxLength":128},"description":{"title":"Description","description":"App description. Max length: 256.","type":"string","maxLength":256},"grant_types":{"title":"Grant types","description":"Authorization grant according to OAuth 2.0. Supported values: \"client_credentials\", \"authorization_code\", \"refresh_token\".","type":"array","uniqueItems":true,"items":{"type":"string","enum":["client_credentials","authorization_code","refresh_token"]}},"redirect_uris":{"title":"Redirect URIs","description":"For web/native apps, the URIs to which the JWT/code will be sent after redirect. Each max length: 128. Mandatory (non-empty) for the authorization_code flow.","type":"array","uniqueItems":true,"items":{"type":"string","maxLength":128}},"response_types":{"title":"Response types","description":"OAuth 2.0 response type strings that the client can use at the authorization endpoint. Supported values: \"code\", \"token\", \"id_token\", \"id_token token\".","type":"array","uniqueItems":true,"items":{"type":"string","enum":["code","token","id_token","id_token token"]}},"scope":{"title":"Scope","description":"Space-separated list of scope values that the client can use when requesting access tokens. Known values: \"msg.consumer\", \"faas.lambda.invoke\", \"ihub.tpb.customendpoint\", \"users.read\", \"users.write\", \"users.external\", \"data.services.enghist\". Max length: 128.","type":"string","maxLength":128},"logo_uri":{"title":"Logo URI","description":"URL string that references a logo for the client. The logo must be exactly 70x70 pixels. Max length: 1024.","type":"string","maxLength":1024},"capabilities":{"title":"Capabilities","description":"LivePerson capabilities utilized by this app: the LivePerson services or applications that can interface with this application. Supported values: \"webhooks\" (the endpoints where UMS, the Messaging Service, will send notifications) and \"engagement\" (how the application interfaces with LivePerson engagements and their creation).","type":"object","additionalProperties":false,"properties":{"webhooks":{"$ref":"#/$defs/webhooks"},"engagement":{"$ref":"#/$defs/engagement"}}},"enabled":{"title":"Enabled","description":"Whether the application is enabled or not. Default value: true.","type":"boolean","default":true},"quick_launch_enabled":{"title":"QuickLaunch enabled","description":"Whether the application should be displayed in the QuickLaunch menu. It appears there only with a non-empty entry_uri and for the profiles in enabled_for_profiles. Default value: false.","type":"boolean","default":false},"entry_uri":{"title":"Entry URI","description":"The URI to start the application. Max length: 1024.","type":"string","maxLength":1024},"enabled_for_profiles":{"title":"Enabled for profiles","description":"A list of profiles (positive integer ids) to which this application should be available.","type":"array","uniqueItems":true,"items":{"type":"integer","minimum":1}}},"patternProperties":{"^client_name#":{"title":"Localized client name","description":"client_name internationalized with a BCP 47 (RFC 5646) language tag after the hash character. Max length: 128.","type":"string","maxLength":128}},"additionalProperties":false,"$defs":{"webhooks":{"title":"Webhooks","description":"Contains the endpoints where UMS (Messaging Service) will send notifications, one per event type, and the optional retry policy. A key that is not an event is an error (propertyNames), and its value is still checked as a webhook (patternProperties).","type":"object","propertyNames":{"enum":["ms.MessagingEventNotification.ContentEvent","ms.MessagingEventNotification.RichContentEvent","ms.MessagingEventNotification.AcceptStatusEvent","ms.MessagingEventNotification.ChatStateEvent","cqm.ExConversationChangeNotification","retry"]},"patternProperties":{"^(?!(?:ms\\.MessagingEventNotification\\.(?:ContentEvent|RichContentEvent|AcceptStatusEvent|ChatStateEvent)|cqm\\.ExConversationChangeNotification|retry)$)[\\s\\S]{0,200}$":{"description":"A key that is not an event (an unknown-event error) is still checked as a webhook, unless it is longer than 200 characters: no event name is, and every finding inside would carry the whole key.","$ref":"#/$defs/webhook"}},"properties":{"ms.MessagingEventNotification.ContentEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ContentEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.RichContentEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type RichContentEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.AcceptStatusEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type AcceptStatusEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.ChatStateEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ChatStateEvent.","$ref":"#/$defs/webhook"},"cqm.ExConversationChangeNotification":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ExConversationChangeNotification. (The event table of \"Installing LivePerson Applications\" spells it ms.MessagingEventNotification.ExConversationChangeNotification; every sample and every other LivePerson page uses cqm.)","$ref":"#/$defs/webhook"},"retry":{"title":"Retry policy","description":"Webhooks retry policy. When set, a non-zero max_retries of a webhook is ignored (0 still means: do not retry that event).","type":"object","additionalProperties":false,"required":["retention_time"],"properties":{"retention_time":{"title":"Retention time","description":"How long (in seconds) failed notifications are retried. Minimum 2, maximum 259200 (72 hours).","type":"integer","minimum":2,"maximum":259200}}}}},"webhook":{"$comment":"No $ref inside (the header schema is inline): Ajv then inlines this schema where it is used, instead of calling a function per webhook and concatenating its errors to all before, which is quadratic in the number of webhooks.","title":"Webhook","type":"object","additionalProperties":false,"required":["endpoint"],"properties":{"endpoint":{"title":"Endpoint","description":"The url to send the notification to, including query parameters. Starts with \"https://\".","type":"string","pattern":"^https://"},"max_retries":{"title":"Max retries","description":"The max number of retry attempts to send the notification if it fails. Minimum value: 0, maximum value: 5.","type":"integer","minimum":0,"maximum":5},"headers":{"title":"Headers","description":"List of http headers to add to the notification request, e.g. [{\"header_name\": \"NAME1\", \"header_value\": \"VALUE1\"}].","type":"array","items":{"title":"Header","type":"object","additionalProperties":false,"required":["header_name","header_value"],"properties":{"header_name":{"title":"Header name","description":"An HTTP field name (RFC 9110 token). Not X-LivePerson-*: LivePerson sends its own headers with that prefix.","type":"string"},"header_value":{"title":"Header value","description":"The header's value.","type":"string"}}}}}},"engagement":{"title":"Engagement","description":"This determines how the application interfaces with LivePerson engagements and their creation. All eight fields are required.","type":"object","additionalProperties":false,"required":["design_engagement","design_window","entry_point","visitor_behavior","target_audience","goal","consumer_identity","language_selection"],"properties":{"design_engagement":{"description":"Toggles the ability to design the engagement button and appearance.","type":"boolean"},"design_window":{"description":"Toggles the ability to add an engagement window.","type":"boolean"},"entry_point":{"description":"Indicates where to display the engagement which invites consumers to engage with you. Supported values: section, url.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["section","url"]}},"visitor_behavior":{"description":"The browsing behavior of visitors which is of interest to you.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["visited_location","time_on_location","flow","engaged_in_session","about_to_abandon","cart_value","cart_items","visitor_error","viewed_products","service_activity"]}},"target_audience":{"description":"The visitors you specifically want to target.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["external_referral","search_keywords","ip","platform","geo_location","returning_visitors","marketing_source","customer_type","age","balance","customer_id","gender","store_zip_code","store_number","company_size","registration_date"]}},"goal":{"description":"Indicates what you want to achieve with the engagement.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["url","purchase_total","num_of_pages","lead","service_activity"]}},"consumer_identity":{"description":"If the consumer does or doesn't have to be an authenticated user. Supported values: auth, unauth; should contain auth.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["auth","unauth"]}},"language_selection":{"description":"Indicates the possibility of language selection.","type":"boolean"}}}}};const schema39 = {"title":"Engagement","description":"This determines how the application interfaces with LivePerson engagements and their creation. All eight fields are required.","type":"object","additionalProperties":false,"required":["design_engagement","design_window","entry_point","visitor_behavior","target_audience","goal","consumer_identity","language_selection"],"properties":{"design_engagement":{"description":"Toggles the ability to design the engagement button and appearance.","type":"boolean"},"design_window":{"description":"Toggles the ability to add an engagement window.","type":"boolean"},"entry_point":{"description":"Indicates where to display the engagement which invites consumers to engage with you. Supported values: section, url.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["section","url"]}},"visitor_behavior":{"description":"The browsing behavior of visitors which is of interest to you.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["visited_location","time_on_location","flow","engaged_in_session","about_to_abandon","cart_value","cart_items","visitor_error","viewed_products","service_activity"]}},"target_audience":{"description":"The visitors you specifically want to target.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["external_referral","search_keywords","ip","platform","geo_location","returning_visitors","marketing_source","customer_type","age","balance","customer_id","gender","store_zip_code","store_number","company_size","registration_date"]}},"goal":{"description":"Indicates what you want to achieve with the engagement.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["url","purchase_total","num_of_pages","lead","service_activity"]}},"consumer_identity":{"description":"If the consumer does or doesn't have to be an authenticated user. Supported values: auth, unauth; should contain auth.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["auth","unauth"]}},"language_selection":{"description":"Indicates the possibility of language selection.","type":"boolean"}}};const func1 = Object.prototype.hasOwnProperty;const func2 = (__nccwpck_require__(6214)/* ["default"] */ .A);const pattern4 = new RegExp("^client_name#", "u");const schema32 = {"title":"Webhooks","description":"Contains the endpoints where UMS (Messaging Service) will send notifications, one per event type, and the optional retry policy. A key that is not an event is an error (propertyNames), and its value is still checked as a webhook (patternProperties).","type":"object","propertyNames":{"enum":["ms.MessagingEventNotification.ContentEvent","ms.MessagingEventNotification.RichContentEvent","ms.MessagingEventNotification.AcceptStatusEvent","ms.MessagingEventNotification.ChatStateEvent","cqm.ExConversationChangeNotification","retry"]},"patternProperties":{"^(?!(?:ms\\.MessagingEventNotification\\.(?:ContentEvent|RichContentEvent|AcceptStatusEvent|ChatStateEvent)|cqm\\.ExConversationChangeNotification|retry)$)[\\s\\S]{0,200}$":{"description":"A key that is not an event (an unknown-event error) is still checked as a webhook, unless it is longer than 200 characters: no event name is, and every finding inside would carry the whole key.","$ref":"#/$defs/webhook"}},"properties":{"ms.MessagingEventNotification.ContentEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ContentEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.RichContentEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type RichContentEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.AcceptStatusEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type AcceptStatusEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.ChatStateEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ChatStateEvent.","$ref":"#/$defs/webhook"},"cqm.ExConversationChangeNotification":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ExConversationChangeNotification. (The event table of \"Installing LivePerson Applications\" spells it ms.MessagingEventNotification.ExConversationChangeNotification; every sample and every other LivePerson page uses cqm.)","$ref":"#/$defs/webhook"},"retry":{"title":"Retry policy","description":"Webhooks retry policy. When set, a non-zero max_retries of a webhook is ignored (0 still means: do not retry that event).","type":"object","additionalProperties":false,"required":["retention_time"],"properties":{"retention_time":{"title":"Retention time","description":"How long (in seconds) failed notifications are retried. Minimum 2, maximum 259200 (72 hours).","type":"integer","minimum":2,"maximum":259200}}}}};const schema33 = {"$comment":"No $ref inside (the header schema is inline): Ajv then inlines this schema where it is used, instead of calling a function per webhook and concatenating its errors to all before, which is quadratic in the number of webhooks.","title":"Webhook","type":"object","additionalProperties":false,"required":["endpoint"],"properties":{"endpoint":{"title":"Endpoint","description":"The url to send the notification to, including query parameters. Starts with \"https://\".","type":"string","pattern":"^https://"},"max_retries":{"title":"Max retries","description":"The max number of retry attempts to send the notification if it fails. Minimum value: 0, maximum value: 5.","type":"integer","minimum":0,"maximum":5},"headers":{"title":"Headers","description":"List of http headers to add to the notification request, e.g. [{\"header_name\": \"NAME1\", \"header_value\": \"VALUE1\"}].","type":"array","items":{"title":"Header","type":"object","additionalProperties":false,"required":["header_name","header_value"],"properties":{"header_name":{"title":"Header name","description":"An HTTP field name (RFC 9110 token). Not X-LivePerson-*: LivePerson sends its own headers with that prefix.","type":"string"},"header_value":{"title":"Header value","description":"The header's value.","type":"string"}}}}}};const pattern5 = new RegExp("^https://", "u");const pattern10 = new RegExp("^(?!(?:ms\\.MessagingEventNotification\\.(?:ContentEvent|RichContentEvent|AcceptStatusEvent|ChatStateEvent)|cqm\\.ExConversationChangeNotification|retry)$)[\\s\\S]{0,200}$", "u");function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const _errs1 = errors;if(!((((((key0 === "ms.MessagingEventNotification.ContentEvent") || (key0 === "ms.MessagingEventNotification.RichContentEvent")) || (key0 === "ms.MessagingEventNotification.AcceptStatusEvent")) || (key0 === "ms.MessagingEventNotification.ChatStateEvent")) || (key0 === "cqm.ExConversationChangeNotification")) || (key0 === "retry"))){const err0 = {instancePath,schemaPath:"#/propertyNames/enum",keyword:"enum",params:{allowedValues: schema32.propertyNames.enum},schema:schema32.propertyNames.enum,parentSchema:schema32.propertyNames,data:key0,propertyName:key0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var valid0 = _errs1 === errors;if(!valid0){const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},schema:schema32.propertyNames,parentSchema:schema32,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data["ms.MessagingEventNotification.ContentEvent"] !== undefined){let data0 = data["ms.MessagingEventNotification.ContentEvent"];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.endpoint === undefined){const err2 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent",schemaPath:"#/$defs/webhook/required",keyword:"required",params:{missingProperty: "endpoint"},schema:schema33.required,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key1 in data0){if(!(((key1 === "endpoint") || (key1 === "max_retries")) || (key1 === "headers"))){const err3 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent",schemaPath:"#/$defs/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},schema:false,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.endpoint !== undefined){let data1 = data0.endpoint;if(typeof data1 === "string"){if(!pattern5.test(data1)){const err4 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},schema:"^https://",parentSchema:schema33.properties.endpoint,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/type",keyword:"type",params:{type: "string"},schema:schema33.properties.endpoint.type,parentSchema:schema33.properties.endpoint,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.max_retries !== undefined){let data2 = data0.max_retries;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err6 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/type",keyword:"type",params:{type: "integer"},schema:schema33.properties.max_retries.type,parentSchema:schema33.properties.max_retries,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 5 || isNaN(data2)){const err7 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},schema:5,parentSchema:schema33.properties.max_retries,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data2 < 0 || isNaN(data2)){const err8 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema33.properties.max_retries,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data0.headers !== undefined){let data3 = data0.headers;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.header_name === undefined){const err9 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers/" + i0,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_name"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data4.header_value === undefined){const err10 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers/" + i0,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_value"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}for(const key2 in data4){if(!((key2 === "header_name") || (key2 === "header_value"))){const err11 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers/" + i0,schemaPath:"#/$defs/webhook/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},schema:false,parentSchema:schema33.properties.headers.items,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data4.header_name !== undefined){let data5 = data4.header_name;if(typeof data5 !== "string"){const err12 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers/" + i0+"/header_name",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_name/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_name.type,parentSchema:schema33.properties.headers.items.properties.header_name,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data4.header_value !== undefined){let data6 = data4.header_value;if(typeof data6 !== "string"){const err13 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers/" + i0+"/header_value",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_value/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_value.type,parentSchema:schema33.properties.headers.items.properties.header_value,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers/" + i0,schemaPath:"#/$defs/webhook/properties/headers/items/type",keyword:"type",params:{type: "object"},schema:schema33.properties.headers.items.type,parentSchema:schema33.properties.headers.items,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers",schemaPath:"#/$defs/webhook/properties/headers/type",keyword:"type",params:{type: "array"},schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent",schemaPath:"#/$defs/webhook/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data["ms.MessagingEventNotification.RichContentEvent"] !== undefined){let data7 = data["ms.MessagingEventNotification.RichContentEvent"];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.endpoint === undefined){const err17 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent",schemaPath:"#/$defs/webhook/required",keyword:"required",params:{missingProperty: "endpoint"},schema:schema33.required,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key3 in data7){if(!(((key3 === "endpoint") || (key3 === "max_retries")) || (key3 === "headers"))){const err18 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent",schemaPath:"#/$defs/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},schema:false,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data7.endpoint !== undefined){let data8 = data7.endpoint;if(typeof data8 === "string"){if(!pattern5.test(data8)){const err19 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},schema:"^https://",parentSchema:schema33.properties.endpoint,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/type",keyword:"type",params:{type: "string"},schema:schema33.properties.endpoint.type,parentSchema:schema33.properties.endpoint,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data7.max_retries !== undefined){let data9 = data7.max_retries;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err21 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/type",keyword:"type",params:{type: "integer"},schema:schema33.properties.max_retries.type,parentSchema:schema33.properties.max_retries,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 > 5 || isNaN(data9)){const err22 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},schema:5,parentSchema:schema33.properties.max_retries,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data9 < 0 || isNaN(data9)){const err23 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema33.properties.max_retries,data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data7.headers !== undefined){let data10 = data7.headers;if(Array.isArray(data10)){const len1 = data10.length;for(let i1=0; i1<len1; i1++){let data11 = data10[i1];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.header_name === undefined){const err24 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers/" + i1,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_name"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data11};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data11.header_value === undefined){const err25 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers/" + i1,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_value"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}for(const key4 in data11){if(!((key4 === "header_name") || (key4 === "header_value"))){const err26 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers/" + i1,schemaPath:"#/$defs/webhook/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},schema:false,parentSchema:schema33.properties.headers.items,data:data11};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data11.header_name !== undefined){let data12 = data11.header_name;if(typeof data12 !== "string"){const err27 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers/" + i1+"/header_name",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_name/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_name.type,parentSchema:schema33.properties.headers.items.properties.header_name,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data11.header_value !== undefined){let data13 = data11.header_value;if(typeof data13 !== "string"){const err28 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers/" + i1+"/header_value",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_value/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_value.type,parentSchema:schema33.properties.headers.items.properties.header_value,data:data13};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers/" + i1,schemaPath:"#/$defs/webhook/properties/headers/items/type",keyword:"type",params:{type: "object"},schema:schema33.properties.headers.items.type,parentSchema:schema33.properties.headers.items,data:data11};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers",schemaPath:"#/$defs/webhook/properties/headers/type",keyword:"type",params:{type: "array"},schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data10};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent",schemaPath:"#/$defs/webhook/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data["ms.MessagingEventNotification.AcceptStatusEvent"] !== undefined){let data14 = data["ms.MessagingEventNotification.AcceptStatusEvent"];if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.endpoint === undefined){const err32 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent",schemaPath:"#/$defs/webhook/required",keyword:"required",params:{missingProperty: "endpoint"},schema:schema33.required,parentSchema:schema33,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key5 in data14){if(!(((key5 === "endpoint") || (key5 === "max_retries")) || (key5 === "headers"))){const err33 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent",schemaPath:"#/$defs/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},schema:false,parentSchema:schema33,data:data14};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data14.endpoint !== undefined){let data15 = data14.endpoint;if(typeof data15 === "string"){if(!pattern5.test(data15)){const err34 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},schema:"^https://",parentSchema:schema33.properties.endpoint,data:data15};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/type",keyword:"type",params:{type: "string"},schema:schema33.properties.endpoint.type,parentSchema:schema33.properties.endpoint,data:data15};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data14.max_retries !== undefined){let data16 = data14.max_retries;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err36 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/type",keyword:"type",params:{type: "integer"},schema:schema33.properties.max_retries.type,parentSchema:schema33.properties.max_retries,data:data16};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 > 5 || isNaN(data16)){const err37 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},schema:5,parentSchema:schema33.properties.max_retries,data:data16};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data16 < 0 || isNaN(data16)){const err38 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema33.properties.max_retries,data:data16};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}if(data14.headers !== undefined){let data17 = data14.headers;if(Array.isArray(data17)){const len2 = data17.length;for(let i2=0; i2<len2; i2++){let data18 = data17[i2];if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.header_name === undefined){const err39 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers/" + i2,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_name"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data18};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data18.header_value === undefined){const err40 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers/" + i2,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_value"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data18};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}for(const key6 in data18){if(!((key6 === "header_name") || (key6 === "header_value"))){const err41 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers/" + i2,schemaPath:"#/$defs/webhook/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},schema:false,parentSchema:schema33.properties.headers.items,data:data18};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data18.header_name !== undefined){let data19 = data18.header_name;if(typeof data19 !== "string"){const err42 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers/" + i2+"/header_name",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_name/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_name.type,parentSchema:schema33.properties.headers.items.properties.header_name,data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data18.header_value !== undefined){let data20 = data18.header_value;if(typeof data20 !== "string"){const err43 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers/" + i2+"/header_value",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_value/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_value.type,parentSchema:schema33.properties.headers.items.properties.header_value,data:data20};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers/" + i2,schemaPath:"#/$defs/webhook/properties/headers/items/type",keyword:"type",params:{type: "object"},schema:schema33.properties.headers.items.type,parentSchema:schema33.properties.headers.items,data:data18};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers",schemaPath:"#/$defs/webhook/properties/headers/type",keyword:"type",params:{type: "array"},schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data17};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent",schemaPath:"#/$defs/webhook/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data:data14};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data["ms.MessagingEventNotification.ChatStateEvent"] !== undefined){let data21 = data["ms.MessagingEventNotification.ChatStateEvent"];if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.endpoint === undefined){const err47 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent",schemaPath:"#/$defs/webhook/required",keyword:"required",params:{missingProperty: "endpoint"},schema:schema33.required,parentSchema:schema33,data:data21};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}for(const key7 in data21){if(!(((key7 === "endpoint") || (key7 === "max_retries")) || (key7 === "headers"))){const err48 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent",schemaPath:"#/$defs/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},schema:false,parentSchema:schema33,data:data21};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data21.endpoint !== undefined){let data22 = data21.endpoint;if(typeof data22 === "string"){if(!pattern5.test(data22)){const err49 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},schema:"^https://",parentSchema:schema33.properties.endpoint,data:data22};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/type",keyword:"type",params:{type: "string"},schema:schema33.properties.endpoint.type,parentSchema:schema33.properties.endpoint,data:data22};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data21.max_retries !== undefined){let data23 = data21.max_retries;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err51 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/type",keyword:"type",params:{type: "integer"},schema:schema33.properties.max_retries.type,parentSchema:schema33.properties.max_retries,data:data23};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if((typeof data23 == "number") && (isFinite(data23))){if(data23 > 5 || isNaN(data23)){const err52 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},schema:5,parentSchema:schema33.properties.max_retries,data:data23};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(data23 < 0 || isNaN(data23)){const err53 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema33.properties.max_retries,data:data23};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}if(data21.headers !== undefined){let data24 = data21.headers;if(Array.isArray(data24)){const len3 = data24.length;for(let i3=0; i3<len3; i3++){let data25 = data24[i3];if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.header_name === undefined){const err54 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers/" + i3,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_name"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data25};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data25.header_value === undefined){const err55 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers/" + i3,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_value"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data25};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}for(const key8 in data25){if(!((key8 === "header_name") || (key8 === "header_value"))){const err56 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers/" + i3,schemaPath:"#/$defs/webhook/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},schema:false,parentSchema:schema33.properties.headers.items,data:data25};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data25.header_name !== undefined){let data26 = data25.header_name;if(typeof data26 !== "string"){const err57 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers/" + i3+"/header_name",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_name/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_name.type,parentSchema:schema33.properties.headers.items.properties.header_name,data:data26};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data25.header_value !== undefined){let data27 = data25.header_value;if(typeof data27 !== "string"){const err58 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers/" + i3+"/header_value",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_value/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_value.type,parentSchema:schema33.properties.headers.items.properties.header_value,data:data27};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers/" + i3,schemaPath:"#/$defs/webhook/properties/headers/items/type",keyword:"type",params:{type: "object"},schema:schema33.properties.headers.items.type,parentSchema:schema33.properties.headers.items,data:data25};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers",schemaPath:"#/$defs/webhook/properties/headers/type",keyword:"type",params:{type: "array"},schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data24};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent",schemaPath:"#/$defs/webhook/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data:data21};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data["cqm.ExConversationChangeNotification"] !== undefined){let data28 = data["cqm.ExConversationChangeNotification"];if(data28 && typeof data28 == "object" && !Array.isArray(data28)){if(data28.endpoint === undefined){const err62 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification",schemaPath:"#/$defs/webhook/required",keyword:"required",params:{missingProperty: "endpoint"},schema:schema33.required,parentSchema:schema33,data:data28};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}for(const key9 in data28){if(!(((key9 === "endpoint") || (key9 === "max_retries")) || (key9 === "headers"))){const err63 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification",schemaPath:"#/$defs/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},schema:false,parentSchema:schema33,data:data28};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data28.endpoint !== undefined){let data29 = data28.endpoint;if(typeof data29 === "string"){if(!pattern5.test(data29)){const err64 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},schema:"^https://",parentSchema:schema33.properties.endpoint,data:data29};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/type",keyword:"type",params:{type: "string"},schema:schema33.properties.endpoint.type,parentSchema:schema33.properties.endpoint,data:data29};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data28.max_retries !== undefined){let data30 = data28.max_retries;if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){const err66 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/type",keyword:"type",params:{type: "integer"},schema:schema33.properties.max_retries.type,parentSchema:schema33.properties.max_retries,data:data30};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if((typeof data30 == "number") && (isFinite(data30))){if(data30 > 5 || isNaN(data30)){const err67 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},schema:5,parentSchema:schema33.properties.max_retries,data:data30};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(data30 < 0 || isNaN(data30)){const err68 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema33.properties.max_retries,data:data30};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}if(data28.headers !== undefined){let data31 = data28.headers;if(Array.isArray(data31)){const len4 = data31.length;for(let i4=0; i4<len4; i4++){let data32 = data31[i4];if(data32 && typeof data32 == "object" && !Array.isArray(data32)){if(data32.header_name === undefined){const err69 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers/" + i4,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_name"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data32};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data32.header_value === undefined){const err70 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers/" + i4,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_value"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data32};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}for(const key10 in data32){if(!((key10 === "header_name") || (key10 === "header_value"))){const err71 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers/" + i4,schemaPath:"#/$defs/webhook/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},schema:false,parentSchema:schema33.properties.headers.items,data:data32};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data32.header_name !== undefined){let data33 = data32.header_name;if(typeof data33 !== "string"){const err72 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers/" + i4+"/header_name",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_name/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_name.type,parentSchema:schema33.properties.headers.items.properties.header_name,data:data33};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data32.header_value !== undefined){let data34 = data32.header_value;if(typeof data34 !== "string"){const err73 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers/" + i4+"/header_value",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_value/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_value.type,parentSchema:schema33.properties.headers.items.properties.header_value,data:data34};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers/" + i4,schemaPath:"#/$defs/webhook/properties/headers/items/type",keyword:"type",params:{type: "object"},schema:schema33.properties.headers.items.type,parentSchema:schema33.properties.headers.items,data:data32};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers",schemaPath:"#/$defs/webhook/properties/headers/type",keyword:"type",params:{type: "array"},schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data31};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}else {const err76 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification",schemaPath:"#/$defs/webhook/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data:data28};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data.retry !== undefined){let data35 = data.retry;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){if(data35.retention_time === undefined){const err77 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/required",keyword:"required",params:{missingProperty: "retention_time"},schema:schema32.properties.retry.required,parentSchema:schema32.properties.retry,data:data35};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}for(const key11 in data35){if(!(key11 === "retention_time")){const err78 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},schema:false,parentSchema:schema32.properties.retry,data:data35};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data35.retention_time !== undefined){let data36 = data35.retention_time;if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){const err79 = {instancePath:instancePath+"/retry/retention_time",schemaPath:"#/properties/retry/properties/retention_time/type",keyword:"type",params:{type: "integer"},schema:schema32.properties.retry.properties.retention_time.type,parentSchema:schema32.properties.retry.properties.retention_time,data:data36};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if((typeof data36 == "number") && (isFinite(data36))){if(data36 > 259200 || isNaN(data36)){const err80 = {instancePath:instancePath+"/retry/retention_time",schemaPath:"#/properties/retry/properties/retention_time/maximum",keyword:"maximum",params:{comparison: "<=", limit: 259200},schema:259200,parentSchema:schema32.properties.retry.properties.retention_time,data:data36};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data36 < 2 || isNaN(data36)){const err81 = {instancePath:instancePath+"/retry/retention_time",schemaPath:"#/properties/retry/properties/retention_time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},schema:2,parentSchema:schema32.properties.retry.properties.retention_time,data:data36};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}}else {const err82 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/type",keyword:"type",params:{type: "object"},schema:schema32.properties.retry.type,parentSchema:schema32.properties.retry,data:data35};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}var props0 = {};props0["ms.MessagingEventNotification.ContentEvent"] = true;props0["ms.MessagingEventNotification.RichContentEvent"] = true;props0["ms.MessagingEventNotification.AcceptStatusEvent"] = true;props0["ms.MessagingEventNotification.ChatStateEvent"] = true;props0["cqm.ExConversationChangeNotification"] = true;props0.retry = true;for(const key12 in data){if(pattern10.test(key12)){let data37 = data[key12];if(data37 && typeof data37 == "object" && !Array.isArray(data37)){if(data37.endpoint === undefined){const err83 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/webhook/required",keyword:"required",params:{missingProperty: "endpoint"},schema:schema33.required,parentSchema:schema33,data:data37};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}for(const key13 in data37){if(!(((key13 === "endpoint") || (key13 === "max_retries")) || (key13 === "headers"))){const err84 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},schema:false,parentSchema:schema33,data:data37};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data37.endpoint !== undefined){let data38 = data37.endpoint;if(typeof data38 === "string"){if(!pattern5.test(data38)){const err85 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},schema:"^https://",parentSchema:schema33.properties.endpoint,data:data38};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}else {const err86 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/type",keyword:"type",params:{type: "string"},schema:schema33.properties.endpoint.type,parentSchema:schema33.properties.endpoint,data:data38};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data37.max_retries !== undefined){let data39 = data37.max_retries;if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){const err87 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/type",keyword:"type",params:{type: "integer"},schema:schema33.properties.max_retries.type,parentSchema:schema33.properties.max_retries,data:data39};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if((typeof data39 == "number") && (isFinite(data39))){if(data39 > 5 || isNaN(data39)){const err88 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},schema:5,parentSchema:schema33.properties.max_retries,data:data39};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}if(data39 < 0 || isNaN(data39)){const err89 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema33.properties.max_retries,data:data39};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}}if(data37.headers !== undefined){let data40 = data37.headers;if(Array.isArray(data40)){const len5 = data40.length;for(let i5=0; i5<len5; i5++){let data41 = data40[i5];if(data41 && typeof data41 == "object" && !Array.isArray(data41)){if(data41.header_name === undefined){const err90 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + i5,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_name"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data41};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}if(data41.header_value === undefined){const err91 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + i5,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_value"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data41};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}for(const key14 in data41){if(!((key14 === "header_name") || (key14 === "header_value"))){const err92 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + i5,schemaPath:"#/$defs/webhook/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},schema:false,parentSchema:schema33.properties.headers.items,data:data41};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data41.header_name !== undefined){let data42 = data41.header_name;if(typeof data42 !== "string"){const err93 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + i5+"/header_name",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_name/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_name.type,parentSchema:schema33.properties.headers.items.properties.header_name,data:data42};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data41.header_value !== undefined){let data43 = data41.header_value;if(typeof data43 !== "string"){const err94 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + i5+"/header_value",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_value/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_value.type,parentSchema:schema33.properties.headers.items.properties.header_value,data:data43};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}}else {const err95 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + i5,schemaPath:"#/$defs/webhook/properties/headers/items/type",keyword:"type",params:{type: "object"},schema:schema33.properties.headers.items.type,parentSchema:schema33.properties.headers.items,data:data41};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}}else {const err96 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers",schemaPath:"#/$defs/webhook/properties/headers/type",keyword:"type",params:{type: "array"},schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data40};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/webhook/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data:data37};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}props0[key12] = true;}}}else {const err98 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}validate21.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate21.evaluated = {"dynamicProps":true,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://raw.githubusercontent.com/lp-manifest/liveperson-manifest-action/v1/schemas/liveperson-app-manifest.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.client_name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_name"},schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((func1.call(schema31.properties, key0)) || (pattern4.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.client_name !== undefined){let data0 = data.client_name;if(typeof data0 === "string"){if(func2(data0) > 128){const err2 = {instancePath:instancePath+"/client_name",schemaPath:"#/properties/client_name/maxLength",keyword:"maxLength",params:{limit: 128},schema:128,parentSchema:schema31.properties.client_name,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/client_name",schemaPath:"#/properties/client_name/type",keyword:"type",params:{type: "string"},schema:schema31.properties.client_name.type,parentSchema:schema31.properties.client_name,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.display_name !== undefined){let data1 = data.display_name;if(typeof data1 === "string"){if(func2(data1) > 128){const err4 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/maxLength",keyword:"maxLength",params:{limit: 128},schema:128,parentSchema:schema31.properties.display_name,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"},schema:schema31.properties.display_name.type,parentSchema:schema31.properties.display_name,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.description !== undefined){let data2 = data.description;if(typeof data2 === "string"){if(func2(data2) > 256){const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 256},schema:256,parentSchema:schema31.properties.description,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.grant_types !== undefined){let data3 = data.grant_types;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/grant_types/" + i0,schemaPath:"#/properties/grant_types/items/type",keyword:"type",params:{type: "string"},schema:schema31.properties.grant_types.items.type,parentSchema:schema31.properties.grant_types.items,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((data4 === "client_credentials") || (data4 === "authorization_code")) || (data4 === "refresh_token"))){const err9 = {instancePath:instancePath+"/grant_types/" + i0,schemaPath:"#/properties/grant_types/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.grant_types.items.enum},schema:schema31.properties.grant_types.items.enum,parentSchema:schema31.properties.grant_types.items,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}let i1 = data3.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data3[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err10 = {instancePath:instancePath+"/grant_types",schemaPath:"#/properties/grant_types/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},schema:true,parentSchema:schema31.properties.grant_types,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;break;}indices0[item0] = i1;}}}else {const err11 = {instancePath:instancePath+"/grant_types",schemaPath:"#/properties/grant_types/type",keyword:"type",params:{type: "array"},schema:schema31.properties.grant_types.type,parentSchema:schema31.properties.grant_types,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.redirect_uris !== undefined){let data5 = data.redirect_uris;if(Array.isArray(data5)){const len1 = data5.length;for(let i2=0; i2<len1; i2++){let data6 = data5[i2];if(typeof data6 === "string"){if(func2(data6) > 128){const err12 = {instancePath:instancePath+"/redirect_uris/" + i2,schemaPath:"#/properties/redirect_uris/items/maxLength",keyword:"maxLength",params:{limit: 128},schema:128,parentSchema:schema31.properties.redirect_uris.items,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/redirect_uris/" + i2,schemaPath:"#/properties/redirect_uris/items/type",keyword:"type",params:{type: "string"},schema:schema31.properties.redirect_uris.items.type,parentSchema:schema31.properties.redirect_uris.items,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}let i3 = data5.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data5[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err14 = {instancePath:instancePath+"/redirect_uris",schemaPath:"#/properties/redirect_uris/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},schema:true,parentSchema:schema31.properties.redirect_uris,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;break;}indices1[item1] = i3;}}}else {const err15 = {instancePath:instancePath+"/redirect_uris",schemaPath:"#/properties/redirect_uris/type",keyword:"type",params:{type: "array"},schema:schema31.properties.redirect_uris.type,parentSchema:schema31.properties.redirect_uris,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.response_types !== undefined){let data7 = data.response_types;if(Array.isArray(data7)){const len2 = data7.length;for(let i4=0; i4<len2; i4++){let data8 = data7[i4];if(typeof data8 !== "string"){const err16 = {instancePath:instancePath+"/response_types/" + i4,schemaPath:"#/properties/response_types/items/type",keyword:"type",params:{type: "string"},schema:schema31.properties.response_types.items.type,parentSchema:schema31.properties.response_types.items,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!((((data8 === "code") || (data8 === "token")) || (data8 === "id_token")) || (data8 === "id_token token"))){const err17 = {instancePath:instancePath+"/response_types/" + i4,schemaPath:"#/properties/response_types/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.response_types.items.enum},schema:schema31.properties.response_types.items.enum,parentSchema:schema31.properties.response_types.items,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}let i5 = data7.length;let j2;if(i5 > 1){const indices2 = {};for(;i5--;){let item2 = data7[i5];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err18 = {instancePath:instancePath+"/response_types",schemaPath:"#/properties/response_types/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},schema:true,parentSchema:schema31.properties.response_types,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;break;}indices2[item2] = i5;}}}else {const err19 = {instancePath:instancePath+"/response_types",schemaPath:"#/properties/response_types/type",keyword:"type",params:{type: "array"},schema:schema31.properties.response_types.type,parentSchema:schema31.properties.response_types,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.scope !== undefined){let data9 = data.scope;if(typeof data9 === "string"){if(func2(data9) > 128){const err20 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/maxLength",keyword:"maxLength",params:{limit: 128},schema:128,parentSchema:schema31.properties.scope,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},schema:schema31.properties.scope.type,parentSchema:schema31.properties.scope,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.logo_uri !== undefined){let data10 = data.logo_uri;if(typeof data10 === "string"){if(func2(data10) > 1024){const err22 = {instancePath:instancePath+"/logo_uri",schemaPath:"#/properties/logo_uri/maxLength",keyword:"maxLength",params:{limit: 1024},schema:1024,parentSchema:schema31.properties.logo_uri,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/logo_uri",schemaPath:"#/properties/logo_uri/type",keyword:"type",params:{type: "string"},schema:schema31.properties.logo_uri.type,parentSchema:schema31.properties.logo_uri,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.capabilities !== undefined){let data11 = data.capabilities;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key1 in data11){if(!((key1 === "webhooks") || (key1 === "engagement"))){const err24 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},schema:false,parentSchema:schema31.properties.capabilities,data:data11};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data11.webhooks !== undefined){if(!(validate21(data11.webhooks, {instancePath:instancePath+"/capabilities/webhooks",parentData:data11,parentDataProperty:"webhooks",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}if(data11.engagement !== undefined){let data13 = data11.engagement;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.design_engagement === undefined){const err25 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "design_engagement"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data13.design_window === undefined){const err26 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "design_window"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data13.entry_point === undefined){const err27 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "entry_point"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data13.visitor_behavior === undefined){const err28 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "visitor_behavior"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data13.target_audience === undefined){const err29 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "target_audience"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data13.goal === undefined){const err30 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "goal"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data13.consumer_identity === undefined){const err31 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "consumer_identity"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data13.language_selection === undefined){const err32 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "language_selection"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key2 in data13){if(!((((((((key2 === "design_engagement") || (key2 === "design_window")) || (key2 === "entry_point")) || (key2 === "visitor_behavior")) || (key2 === "target_audience")) || (key2 === "goal")) || (key2 === "consumer_identity")) || (key2 === "language_selection"))){const err33 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},schema:false,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data13.design_engagement !== undefined){let data14 = data13.design_engagement;if(typeof data14 !== "boolean"){const err34 = {instancePath:instancePath+"/capabilities/engagement/design_engagement",schemaPath:"#/$defs/engagement/properties/design_engagement/type",keyword:"type",params:{type: "boolean"},schema:schema39.properties.design_engagement.type,parentSchema:schema39.properties.design_engagement,data:data14};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data13.design_window !== undefined){let data15 = data13.design_window;if(typeof data15 !== "boolean"){const err35 = {instancePath:instancePath+"/capabilities/engagement/design_window",schemaPath:"#/$defs/engagement/properties/design_window/type",keyword:"type",params:{type: "boolean"},schema:schema39.properties.design_window.type,parentSchema:schema39.properties.design_window,data:data15};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data13.entry_point !== undefined){let data16 = data13.entry_point;if(Array.isArray(data16)){const len3 = data16.length;for(let i6=0; i6<len3; i6++){let data17 = data16[i6];if(typeof data17 !== "string"){const err36 = {instancePath:instancePath+"/capabilities/engagement/entry_point/" + i6,schemaPath:"#/$defs/engagement/properties/entry_point/items/type",keyword:"type",params:{type: "string"},schema:schema39.properties.entry_point.items.type,parentSchema:schema39.properties.entry_point.items,data:data17};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(!((data17 === "section") || (data17 === "url"))){const err37 = {instancePath:instancePath+"/capabilities/engagement/entry_point/" + i6,schemaPath:"#/$defs/engagement/properties/entry_point/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.entry_point.items.enum},schema:schema39.properties.entry_point.items.enum,parentSchema:schema39.properties.entry_point.items,data:data17};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}let i7 = data16.length;let j3;if(i7 > 1){const indices3 = {};for(;i7--;){let item3 = data16[i7];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err38 = {instancePath:instancePath+"/capabilities/engagement/entry_point",schemaPath:"#/$defs/engagement/properties/entry_point/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},schema:true,parentSchema:schema39.properties.entry_point,data:data16};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;break;}indices3[item3] = i7;}}}else {const err39 = {instancePath:instancePath+"/capabilities/engagement/entry_point",schemaPath:"#/$defs/engagement/properties/entry_point/type",keyword:"type",params:{type: "array"},schema:schema39.properties.entry_point.type,parentSchema:schema39.properties.entry_point,data:data16};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data13.visitor_behavior !== undefined){let data18 = data13.visitor_behavior;if(Array.isArray(data18)){const len4 = data18.length;for(let i8=0; i8<len4; i8++){let data19 = data18[i8];if(typeof data19 !== "string"){const err40 = {instancePath:instancePath+"/capabilities/engagement/visitor_behavior/" + i8,schemaPath:"#/$defs/engagement/properties/visitor_behavior/items/type",keyword:"type",params:{type: "string"},schema:schema39.properties.visitor_behavior.items.type,parentSchema:schema39.properties.visitor_behavior.items,data:data19};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(!((((((((((data19 === "visited_location") || (data19 === "time_on_location")) || (data19 === "flow")) || (data19 === "engaged_in_session")) || (data19 === "about_to_abandon")) || (data19 === "cart_value")) || (data19 === "cart_items")) || (data19 === "visitor_error")) || (data19 === "viewed_products")) || (data19 === "service_activity"))){const err41 = {instancePath:instancePath+"/capabilities/engagement/visitor_behavior/" + i8,schemaPath:"#/$defs/engagement/properties/visitor_behavior/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.visitor_behavior.items.enum},schema:schema39.properties.visitor_behavior.items.enum,parentSchema:schema39.properties.visitor_behavior.items,data:data19};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}let i9 = data18.length;let j4;if(i9 > 1){const indices4 = {};for(;i9--;){let item4 = data18[i9];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err42 = {instancePath:instancePath+"/capabilities/engagement/visitor_behavior",schemaPath:"#/$defs/engagement/properties/visitor_behavior/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},schema:true,parentSchema:schema39.properties.visitor_behavior,data:data18};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;break;}indices4[item4] = i9;}}}else {const err43 = {instancePath:instancePath+"/capabilities/engagement/visitor_behavior",schemaPath:"#/$defs/engagement/properties/visitor_behavior/type",keyword:"type",params:{type: "array"},schema:schema39.properties.visitor_behavior.type,parentSchema:schema39.properties.visitor_behavior,data:data18};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data13.target_audience !== undefined){let data20 = data13.target_audience;if(Array.isArray(data20)){const len5 = data20.length;for(let i10=0; i10<len5; i10++){let data21 = data20[i10];if(typeof data21 !== "string"){const err44 = {instancePath:instancePath+"/capabilities/engagement/target_audience/" + i10,schemaPath:"#/$defs/engagement/properties/target_audience/items/type",keyword:"type",params:{type: "string"},schema:schema39.properties.target_audience.items.type,parentSchema:schema39.properties.target_audience.items,data:data21};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(!((((((((((((((((data21 === "external_referral") || (data21 === "search_keywords")) || (data21 === "ip")) || (data21 === "platform")) || (data21 === "geo_location")) || (data21 === "returning_visitors")) || (data21 === "marketing_source")) || (data21 === "customer_type")) || (data21 === "age")) || (data21 === "balance")) || (data21 === "customer_id")) || (data21 === "gender")) || (data21 === "store_zip_code")) || (data21 === "store_number")) || (data21 === "company_size")) || (data21 === "registration_date"))){const err45 = {instancePath:instancePath+"/capabilities/engagement/target_audience/" + i10,schemaPath:"#/$defs/engagement/properties/target_audience/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.target_audience.items.enum},schema:schema39.properties.target_audience.items.enum,parentSchema:schema39.properties.target_audience.items,data:data21};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}let i11 = data20.length;let j5;if(i11 > 1){const indices5 = {};for(;i11--;){let item5 = data20[i11];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err46 = {instancePath:instancePath+"/capabilities/engagement/target_audience",schemaPath:"#/$defs/engagement/properties/target_audience/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},schema:true,parentSchema:schema39.properties.target_audience,data:data20};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;break;}indices5[item5] = i11;}}}else {const err47 = {instancePath:instancePath+"/capabilities/engagement/target_audience",schemaPath:"#/$defs/engagement/properties/target_audience/type",keyword:"type",params:{type: "array"},schema:schema39.properties.target_audience.type,parentSchema:schema39.properties.target_audience,data:data20};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data13.goal !== undefined){let data22 = data13.goal;if(Array.isArray(data22)){const len6 = data22.length;for(let i12=0; i12<len6; i12++){let data23 = data22[i12];if(typeof data23 !== "string"){const err48 = {instancePath:instancePath+"/capabilities/engagement/goal/" + i12,schemaPath:"#/$defs/engagement/properties/goal/items/type",keyword:"type",params:{type: "string"},schema:schema39.properties.goal.items.type,parentSchema:schema39.properties.goal.items,data:data23};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(!(((((data23 === "url") || (data23 === "purchase_total")) || (data23 === "num_of_pages")) || (data23 === "lead")) || (data23 === "service_activity"))){const err49 = {instancePath:instancePath+"/capabilities/engagement/goal/" + i12,schemaPath:"#/$defs/engagement/properties/goal/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.goal.items.enum},schema:schema39.properties.goal.items.enum,parentSchema:schema39.properties.goal.items,data:data23};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}let i13 = data22.length;let j6;if(i13 > 1){const indices6 = {};for(;i13--;){let item6 = data22[i13];if(typeof item6 !== "string"){continue;}if(typeof indices6[item6] == "number"){j6 = indices6[item6];const err50 = {instancePath:instancePath+"/capabilities/engagement/goal",schemaPath:"#/$defs/engagement/properties/goal/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},schema:true,parentSchema:schema39.properties.goal,data:data22};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;break;}indices6[item6] = i13;}}}else {const err51 = {instancePath:instancePath+"/capabilities/engagement/goal",schemaPath:"#/$defs/engagement/properties/goal/type",keyword:"type",params:{type: "array"},schema:schema39.properties.goal.type,parentSchema:schema39.properties.goal,data:data22};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data13.consumer_identity !== undefined){let data24 = data13.consumer_identity;if(Array.isArray(data24)){const len7 = data24.length;for(let i14=0; i14<len7; i14++){let data25 = data24[i14];if(typeof data25 !== "string"){const err52 = {instancePath:instancePath+"/capabilities/engagement/consumer_identity/" + i14,schemaPath:"#/$defs/engagement/properties/consumer_identity/items/type",keyword:"type",params:{type: "string"},schema:schema39.properties.consumer_identity.items.type,parentSchema:schema39.properties.consumer_identity.items,data:data25};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(!((data25 === "auth") || (data25 === "unauth"))){const err53 = {instancePath:instancePath+"/capabilities/engagement/consumer_identity/" + i14,schemaPath:"#/$defs/engagement/properties/consumer_identity/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.consumer_identity.items.enum},schema:schema39.properties.consumer_identity.items.enum,parentSchema:schema39.properties.consumer_identity.items,data:data25};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}let i15 = data24.length;let j7;if(i15 > 1){const indices7 = {};for(;i15--;){let item7 = data24[i15];if(typeof item7 !== "string"){continue;}if(typeof indices7[item7] == "number"){j7 = indices7[item7];const err54 = {instancePath:instancePath+"/capabilities/engagement/consumer_identity",schemaPath:"#/$defs/engagement/properties/consumer_identity/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j7},schema:true,parentSchema:schema39.properties.consumer_identity,data:data24};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;break;}indices7[item7] = i15;}}}else {const err55 = {instancePath:instancePath+"/capabilities/engagement/consumer_identity",schemaPath:"#/$defs/engagement/properties/consumer_identity/type",keyword:"type",params:{type: "array"},schema:schema39.properties.consumer_identity.type,parentSchema:schema39.properties.consumer_identity,data:data24};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data13.language_selection !== undefined){let data26 = data13.language_selection;if(typeof data26 !== "boolean"){const err56 = {instancePath:instancePath+"/capabilities/engagement/language_selection",schemaPath:"#/$defs/engagement/properties/language_selection/type",keyword:"type",params:{type: "boolean"},schema:schema39.properties.language_selection.type,parentSchema:schema39.properties.language_selection,data:data26};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/type",keyword:"type",params:{type: "object"},schema:schema39.type,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/type",keyword:"type",params:{type: "object"},schema:schema31.properties.capabilities.type,parentSchema:schema31.properties.capabilities,data:data11};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.enabled !== undefined){let data27 = data.enabled;if(typeof data27 !== "boolean"){const err59 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},schema:schema31.properties.enabled.type,parentSchema:schema31.properties.enabled,data:data27};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.quick_launch_enabled !== undefined){let data28 = data.quick_launch_enabled;if(typeof data28 !== "boolean"){const err60 = {instancePath:instancePath+"/quick_launch_enabled",schemaPath:"#/properties/quick_launch_enabled/type",keyword:"type",params:{type: "boolean"},schema:schema31.properties.quick_launch_enabled.type,parentSchema:schema31.properties.quick_launch_enabled,data:data28};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.entry_uri !== undefined){let data29 = data.entry_uri;if(typeof data29 === "string"){if(func2(data29) > 1024){const err61 = {instancePath:instancePath+"/entry_uri",schemaPath:"#/properties/entry_uri/maxLength",keyword:"maxLength",params:{limit: 1024},schema:1024,parentSchema:schema31.properties.entry_uri,data:data29};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/entry_uri",schemaPath:"#/properties/entry_uri/type",keyword:"type",params:{type: "string"},schema:schema31.properties.entry_uri.type,parentSchema:schema31.properties.entry_uri,data:data29};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.enabled_for_profiles !== undefined){let data30 = data.enabled_for_profiles;if(Array.isArray(data30)){const len8 = data30.length;for(let i16=0; i16<len8; i16++){let data31 = data30[i16];if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err63 = {instancePath:instancePath+"/enabled_for_profiles/" + i16,schemaPath:"#/properties/enabled_for_profiles/items/type",keyword:"type",params:{type: "integer"},schema:schema31.properties.enabled_for_profiles.items.type,parentSchema:schema31.properties.enabled_for_profiles.items,data:data31};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if((typeof data31 == "number") && (isFinite(data31))){if(data31 < 1 || isNaN(data31)){const err64 = {instancePath:instancePath+"/enabled_for_profiles/" + i16,schemaPath:"#/properties/enabled_for_profiles/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},schema:1,parentSchema:schema31.properties.enabled_for_profiles.items,data:data31};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}let i17 = data30.length;let j8;if(i17 > 1){const indices8 = {};for(;i17--;){let item8 = data30[i17];if(!(((typeof item8 == "number") && (!(item8 % 1) && !isNaN(item8))) && (isFinite(item8)))){continue;}if(typeof indices8[item8] == "number"){j8 = indices8[item8];const err65 = {instancePath:instancePath+"/enabled_for_profiles",schemaPath:"#/properties/enabled_for_profiles/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j8},schema:true,parentSchema:schema31.properties.enabled_for_profiles,data:data30};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;break;}indices8[item8] = i17;}}}else {const err66 = {instancePath:instancePath+"/enabled_for_profiles",schemaPath:"#/properties/enabled_for_profiles/type",keyword:"type",params:{type: "array"},schema:schema31.properties.enabled_for_profiles.type,parentSchema:schema31.properties.enabled_for_profiles,data:data30};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}for(const key3 in data){if(pattern4.test(key3)){let data32 = data[key3];if(typeof data32 === "string"){if(func2(data32) > 128){const err67 = {instancePath:instancePath+"/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5Eclient_name%23/maxLength",keyword:"maxLength",params:{limit: 128},schema:128,parentSchema:schema31.patternProperties["^client_name#"],data:data32};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5Eclient_name%23/type",keyword:"type",params:{type: "string"},schema:schema31.patternProperties["^client_name#"].type,parentSchema:schema31.patternProperties["^client_name#"],data:data32};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}}else {const err69 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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
/******/ var __webpack_exports__ = __nccwpck_require__(2957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
