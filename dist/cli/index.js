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

/***/ 957:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(918);
// The command line entry point: `lp-manifest [PATH|GLOB ...]`. Wiring only: arguments -> discovery
// -> engine -> one reporter -> exit code (0 clean, 1 failing per --fail-on, 2 usage error).


const code = await (0,_run_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    // Reports come in pieces: wait for a pipe that is full (asynchronous on macOS) before the next.
    stdout: (s) => (process.stdout.write(s) ? undefined : new Promise((done) => process.stdout.once('drain', done))),
    stderr: (s) => process.stderr.write(s),
    parseArgs: node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/file-path.ts
// Where a workspace file is on disk. A file name is bytes: one that is not valid UTF-8 has a display
// path with escapes (ManifestInput.path) and its bytes (fsPath), which is what is opened.

/**
 * Absolute paths of workspace files, as join(root, path) gives them: a path listed by git or the
 * walk is already normal (no "." or ".." segments, no doubled "/"), so on POSIX the normalized root
 * and the path are simply concatenated (join normalizes the whole string every time: measurable on
 * 10,000 files). A file with `fsPath` gets a Buffer, which every fs call accepts.
 */
function pathJoiner(root) {
    const base = (0,external_node_path_namespaceObject.join)(root, '.');
    const prefix = base === '.' ? '' : base.endsWith(external_node_path_namespaceObject.sep) ? base : base + external_node_path_namespaceObject.sep;
    const prefixBytes = Buffer.from(prefix);
    const ofPath = external_node_path_namespaceObject.sep === '/' ? (path) => prefix + path : (path) => (0,external_node_path_namespaceObject.join)(root, path);
    return (file) => (file.fsPath === undefined ? ofPath(file.path) : Buffer.concat([prefixBytes, file.fsPath]));
}

// EXTERNAL MODULE: ./src/text/unicode-encoding.ts
var unicode_encoding = __nccwpck_require__(940);
;// CONCATENATED MODULE: ./src/read-manifest-file.ts
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
const SEPARATOR = external_node_path_namespaceObject.sep.charCodeAt(0);
/** Whether `child` is `parent` or below it: real, absolute paths as bytes (a file name need not be UTF-8). */
function isInside(child, parent) {
    if (child.length < parent.length || !child.subarray(0, parent.length).equals(parent))
        return false;
    return child.length === parent.length || parent[parent.length - 1] === SEPARATOR || child[parent.length] === SEPARATOR;
}
/** The real path of a file, as bytes. */
function realPathBytes(path) {
    return (0,promises_namespaceObject.realpath)(path, { encoding: 'buffer' });
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
        const link = await (0,promises_namespaceObject.lstat)(absolutePath);
        if (link.isSymbolicLink()) {
            const resolved = await realPathBytes(absolutePath);
            if (!isInside(resolved, await realPathBytes(workspaceRoot))) {
                return unreadable('symbolic link to a file outside the workspace; not followed');
            }
            target = resolved;
        }
        const info = link.isSymbolicLink() ? await (0,promises_namespaceObject.stat)(target) : link;
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

;// CONCATENATED MODULE: ./src/text/closest.ts
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

;// CONCATENATED MODULE: ./src/recognize-manifest.ts
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
const recognize_manifest_SEPARATORS = /[\s_\-.]/g;
/** Lower case, without `_`, `-`, dots and white space: `Client-Name` and `client name` are `clientname`. */
function normalizeKey(key) {
    return key.toLowerCase().replace(recognize_manifest_SEPARATORS, '');
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
        if (Math.abs(n.length - k.length) <= NEAR && editDistance(n, k, NEAR) <= NEAR)
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

;// CONCATENATED MODULE: ./src/recognize-large-file.ts
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
var describe = __nccwpck_require__(586);
;// CONCATENATED MODULE: ./src/discovery.ts
// Finds the manifests to check. Candidates come from git (one `git ls-files`: tracked, plus
// untracked files that are not ignored) or, outside a git repository, from a walk that skips
// node_modules/ and .git/; file names are bytes (a name that is not UTF-8 is shown quoted as git
// quotes it, and opened by its bytes). With `files` globs every matching file is a manifest; without, a file whose
// name ends in .json (any case) is one when recognize-manifest.ts says so.











class discovery_UsageError extends Error {
    name = 'UsageError';
}
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
    for (let d = (0,external_node_path_namespaceObject.resolve)(dir);; d = (0,external_node_path_namespaceObject.dirname)(d)) {
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(d, '.git')))
            return true;
        if ((0,external_node_path_namespaceObject.dirname)(d) === d)
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
            entries = await (0,promises_namespaceObject.readdir)(absoluteOf(dir), { withFileTypes: true, encoding: 'buffer' });
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
        const link = await (0,promises_namespaceObject.lstat)(absolutePath);
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
        const info = await (0,promises_namespaceObject.stat)(absolutePath);
        // A link named *.json to a directory (or anything but a file) is kept, for the engine to report
        // as unreadable-file, never skipped.
        if (!info.isFile())
            return link.isSymbolicLink() ? A_MANIFEST : discovery_NOT_A_MANIFEST;
        if (info.size > maxBytes)
            return tooLargeVerdict(await readStart(file, maxBytes + 1), path, maxBytes, file, NO_FOLLOW_FLAGS ?? external_node_fs_namespaceObject.constants.O_RDONLY);
        // The engine reads a link again, carefully: no text handed over.
        const verdict = verdictOf(await (0,promises_namespaceObject.readFile)(absolutePath), path, maxBytes);
        return verdict.manifest ? A_MANIFEST : verdict.lfsPointer ? AN_LFS_POINTER : discovery_NOT_A_MANIFEST;
    }
    catch {
        return discovery_NOT_A_MANIFEST;
    }
}
/** The first `length` bytes of a file (fewer if it is shorter). */
async function readStart(absolutePath, length) {
    const file = await (0,promises_namespaceObject.open)(absolutePath, 'r');
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
    const exclude = normalizeGlobs(options.exclude ?? [], 'exclude');
    // picomatch is loaded only when there are globs (most runs have none).
    const picomatch = include.length > 0 || exclude.length > 0 ? (await __nccwpck_require__.e(/* import() */ 6).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6, 23))).default : undefined;
    const isExcluded = picomatch && exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
    const explicit = include.length > 0;
    // Globs match the path without the quotes of a quoted one (a name that is not UTF-8 shows git's `\351` escapes).
    const isIncluded = explicit ? picomatch(include, { dot: true }) : isJsonFile;
    const wanted = (path) => isIncluded(path) && !isExcluded(path) && !inNodeModules(path);
    const searchRoot = options.under ? (0,external_node_path_namespaceObject.join)(root, options.under) : root;
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
    const problem = gitProblem(source, gitFailure, searchRoot);
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
        fd = (0,external_node_fs_namespaceObject.openSync)((0,external_node_path_namespaceObject.join)(root, '.gitmodules'), NO_FOLLOW_FLAGS ?? external_node_fs_namespaceObject.constants.O_RDONLY);
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
    const absolute = (0,external_node_path_namespaceObject.join)(workspaceRoot, path);
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

// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __nccwpck_require__(1);
;// CONCATENATED MODULE: ./src/finding-budget.ts
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
    constructor(limit = src_findings/* MAX_LISTED_PER_RUN */.ZU) {
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
    constructor(overrides, limit = src_findings/* MAX_LISTED_PER_RULE */.Gt, run) {
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
    const segments = (0,src_findings/* pointerSegments */.cP)(pointer);
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
            return this.tree === undefined ? locateAlong(this.text, (0,src_findings/* pointerSegments */.cP)(pointer), target, this.uniqueKeys) : locateInTree(this.tree, pointer, target);
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
    duplicateKeys(budget = LIST_ALL) {
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
                    const at = pointer + (0,src_findings/* pointerFrom */.eX)([m.key]);
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

;// CONCATENATED MODULE: ./src/profile-id.ts
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

// EXTERNAL MODULE: ./src/text/redact.ts
var redact = __nccwpck_require__(326);
;// CONCATENATED MODULE: ./src/fixes/fix-ops.ts
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
    const from = (0,src_findings/* pointerSegments */.cP)(pointer).at(-1) ?? '';
    return { description: `rename ${(0,describe/* quote */.hD)(from)} to ${JSON.stringify(to)}`, ops: [{ op: 'rename-key', pointer, to }] };
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
        if (editDistance(v, ignoreCase ? c.toLowerCase() : c) > 1)
            continue;
        if (found !== undefined)
            return undefined;
        found = c;
    }
    return found;
}
/** Replace the string at `pointer` with `to`. */
function replaceString(pointer, from, to) {
    return { description: `replace ${(0,describe/* quote */.hD)(from)} with ${JSON.stringify(to)}`, ops: [{ op: 'replace-value', pointer, json: JSON.stringify(to) }] };
}
function wrapInArray(pointer) {
    return { description: `make ${(0,describe/* labelOf */.Wy)(pointer)} an array`, ops: [{ op: 'wrap-in-array', pointer }] };
}
/** Remove the array item at `pointer` (a repeat of an earlier item). */
function removeRepeatedItem(pointer) {
    return { description: `remove the repeated item ${(0,describe/* labelOf */.Wy)(pointer)}`, ops: [{ op: 'remove-item', pointer }] };
}
/** A suggestion: the number at `pointer` becomes `n` (a limit it is above). */
function setNumber(pointer, n) {
    return { description: `set ${(0,describe/* labelOf */.Wy)(pointer)} to ${n}`, ops: [{ op: 'replace-value', pointer, json: String(n) }] };
}
/** A suggestion: an http:// URL at `pointer` becomes https:// (the same server must answer there). */
function useHttps(pointer, url) {
    const match = /^http:\/\//i.exec(url);
    // Not when the URL holds a credential: the edit's text would print it (report, SARIF, review).
    if (match === null || (0,redact/* redact */.E$)(url) !== url)
        return undefined;
    return { description: 'use https://', ops: [{ op: 'replace-value', pointer, json: JSON.stringify('https://' + url.slice(match[0].length)) }] };
}
/** Remove the member at `pointer`; `why` ends the description. */
function removeMember(pointer, why = '') {
    const key = (0,src_findings/* pointerSegments */.cP)(pointer).at(-1) ?? '';
    return { description: `remove ${(0,describe/* quote */.hD)(key)}${why}`, ops: [{ op: 'remove-member', pointer }] };
}

;// CONCATENATED MODULE: ./src/semantic/parsed-url.ts
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

;// CONCATENATED MODULE: ./src/semantic/placeholder-text.ts
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

;// CONCATENATED MODULE: ./src/tool-info.ts
// Name, version and home of the tool. REPOSITORY_URL is the one place that says where the action lives:
// the schema's $id (scripts/build-schema.mjs), the SARIF and rule help links, and a test that checks every
// GitHub address in package.json, action.yml, README.md, SECURITY.md and CHANGELOG.md against it.
// TOOL_VERSION is kept equal to package.json by a test.
const TOOL_NAME = 'lp-manifest';
const TOOL_VERSION = '1.0.0';
const REPOSITORY_URL = 'https://github.com/lp-manifest/liveperson-manifest-action';
const README_URL = `${REPOSITORY_URL}/blob/main/README.md`;
/** The README at the running version's tag (v1.0.0): the job summary's rule links describe the rules this version checks. */
const VERSION_README_URL = (/* unused pure expression or super */ null && (`${REPOSITORY_URL}/blob/v${TOOL_VERSION}/README.md`));
/** The schema as editors download it: the committed file at the moving major tag (v1), served raw. Also its $id. */
const SCHEMA_URL = `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/v${TOOL_VERSION.split('.')[0]}/schemas/liveperson-app-manifest.schema.json`;

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
        fix = renameKey(webhooks, pointer, RIGHT_EVENT);
    }
    else {
        const guess = closestMatch(name, WEBHOOK_KEYS);
        message = guess
            ? `unknown webhook event ${(0,describe/* quote */.hD)(name)}; did you mean "${guess}"? This webhook never fires`
            : `unknown webhook event ${(0,describe/* quote */.hD)(name)}; this webhook never fires. Events: ${EVENT_LIST} (and "retry")`;
        if ((0,describe/* codePointLength */.O7)(name) > EVENT_KEY_LIMIT)
            message += `. Its value is not checked: no event name is longer than ${EVENT_KEY_LIMIT} characters`;
        // Certain only for a near miss (case, plural, one typo) of exactly one key.
        if (guess !== undefined && nearMiss(name, WEBHOOK_KEYS, true) === guess)
            fix = renameKey(webhooks, pointer, guess);
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
    const found = placeholderIn(error.data);
    if (found === undefined)
        return false;
    const before = error.data.slice(0, found.index);
    return before.startsWith('https://') || 'https://'.startsWith(before);
}
/** `$schema` at the top level: an editor habit; the message says how to get completion without it. */
const SCHEMA_KEYWORD_MESSAGE = `unknown property "$schema": a manifest has no such field (LivePerson's upload takes only the fields it defines). ` +
    `For completion and hover help without it, map your manifests to the schema in the editor: in VS Code, "json.schemas": [{ "fileMatch": ["**/liveperson/*.json"], "url": "${SCHEMA_URL}" }] in .vscode/settings.json; ` +
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
                return { rule: 'unknown-property', severity: 'error', pointer: '/$schema', target: 'key', message: SCHEMA_KEYWORD_MESSAGE, suggestion: removeMember('/$schema') };
            const known = knownProperties(error.parentSchema);
            const { closest: guess, certain } = matchesOf(name, known.names);
            const required = guess !== undefined && missingRequired.has(`${pointer}/${guess}`);
            const message = guess
                ? `unknown property ${(0,describe/* quote */.hD)(name)}; did you mean "${guess}"?${required ? ` (${guess} is required)` : ''}`
                : `unknown property ${(0,describe/* quote */.hD)(name)}${pointer === '' ? '' : ` in ${labelIn(pointer)}`}; known properties: ${known.list}`;
            const at = `${pointer}/${escapeSegment(name)}`;
            // A fix only when the guess is certain (case and separators, one edit, a plural): `uri` for logo_uri stays a guess.
            const fix = certain !== undefined ? renameKey(value, at, certain) : undefined;
            return { rule: 'unknown-property', severity: 'error', pointer: at, target: 'key', message, fix };
        }
        case 'type': {
            const expected = error.params.type;
            const fix = expected === 'array' && typeof value === 'string' && WRAPPED_IN_ARRAY.has(pointer) ? wrapInArray(pointer) : undefined;
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
                const ordered = typeof value === 'string' ? byCloseness(value, allowed) : allowed;
                const message = `${shown} is not a supported value of ${labelIn(parent)}; supported: ${joinQuoted(ordered)}`;
                // A fix when the value is one edit from exactly one allowed value (client_credential).
                enumMessages.set(key, (known = { message, near: typeof value === 'string' ? nearMiss(value, allowed, false) : undefined }));
            }
            const fix = known.near === undefined ? undefined : replaceString(pointer, value, known.near);
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
            const suggestion = error.keyword === 'maximum' && maximum !== undefined && labelAt(pointer) === 'max_retries' ? setNumber(pointer, maximum) : undefined;
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
            const decoded = typeof value === 'string' ? decodedWholeUrl(value) : undefined;
            if (decoded !== undefined)
                return { rule: 'format', severity: 'error', pointer, target: 'value', message: percentEncodedMessage(labelIn(pointer)), suggestion: replaceString(pointer, value, decoded) };
            // A suggestion: http:// becomes https:// (the server must answer there).
            const suggestion = typeof value === 'string' ? useHttps(pointer, value) : undefined;
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
        const key = token !== undefined ? `#${profileIdOfToken(token) ?? token}` : (JSON.stringify(item) ?? 'undefined');
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
        findings.push({ rule: 'duplicate-item', severity: 'warning', pointer: at, target: 'value', message, fix: removeRepeatedItem(at) });
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
        if (token === undefined || typeof value !== 'number' || !Number.isInteger(value) || value < 1 || profileIdOfToken(token) !== undefined)
            continue;
        const pointer = `/enabled_for_profiles/${i}`;
        const label = `enabled_for_profiles[${i}]`;
        if (/[.eE]/.test(token)) {
            // `5.0`, `5.000`: certainly 5 (a fix); `4.99999999999999999`, `1e2`: a person decides.
            const whole = /^([1-9][0-9]*)\.0+$/.exec(token)?.[1];
            const fix = whole !== undefined && profileIdOfToken(whole) !== undefined ? { description: `write ${labelAt(pointer)} as ${whole}`, ops: [{ op: 'replace-value', pointer, json: whole }] } : undefined;
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
                message: `${label} is ${shownToken(token)}; it must be between 1 and ${MAX_PROFILE_ID} (a profile id is a positive 64-bit integer)`,
            });
        }
    }
}
/**
 * The findings of the schema's errors that `budget` lists (it counts the others). `profileTokens`:
 * the JSON text of each number in enabled_for_profiles (enabledProfileTokens), when known: profile
 * ids are judged by it.
 */
function schemaFindings(manifest, budget = LIST_ALL, profileTokens) {
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
        if (event.length > EVENT_KEY_LIMIT && (0,describe/* codePointLength */.O7)(event) > EVENT_KEY_LIMIT)
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
    return WEBHOOK_EVENTS.includes(event) ? event : (0,describe/* quote */.hD)(event, 60);
}
/** Object.keys(context.manifest), computed once per manifest (several rules look at every key). */
function keysIn(context) {
    return (context.keys ??= Object.keys(context.manifest));
}
/** webhooksOf(context.manifest), computed once per manifest (several rules read the webhooks). */
function webhooksIn(context) {
    return (context.webhooks ??= webhooksOf(context.manifest));
}

;// CONCATENATED MODULE: ./src/quick-launch.ts


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
            const id = token !== undefined ? profileIdOfToken(token) : Number.isSafeInteger(p) && p >= 1 ? p : undefined;
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

;// CONCATENATED MODULE: ./src/rules/catalogue.ts
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
    return (0,src_findings/* pointerFrom */.eX)(['capabilities', 'webhooks', h.event, 'headers', h.index, field]);
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

;// CONCATENATED MODULE: ./src/semantic/url-fields.ts
// The URL fields of a manifest, with where they are: shared by format (uri-format.ts), placeholder,
// insecure-url and unreachable-endpoint, which each judge them their own way. Only string values are
// listed (the schema reports the others). Each value is parsed as a URL at most once (absoluteUrlOf),
// whichever rule asks first.



/** parseAbsoluteUrl(field.value), computed once per field. */
function absoluteUrlOf(field) {
    if (field.url === undefined)
        field.url = parseAbsoluteUrl(field.value);
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
            return (0,src_findings/* pointerFrom */.eX)(['redirect_uris', field.index]);
        case 'entry':
            return '/entry_uri';
        case 'logo':
            return '/logo_uri';
        case 'endpoint':
            return (0,src_findings/* pointerFrom */.eX)(['capabilities', 'webhooks', field.event, 'endpoint']);
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
        const loopback = url !== null && isLoopbackHost(url.hostname) ? url.hostname : undefined;
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
            pointer: (0,src_findings/* pointerFrom */.eX)([key]),
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
            const [real, realRoot] = await Promise.all([(0,promises_namespaceObject.realpath)(file), (this.realRoot ??= (0,promises_namespaceObject.realpath)(workspaceRoot))]);
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
            if (!(await (0,promises_namespaceObject.stat)(path)).isFile())
                return undefined; // before open(): opening a FIFO would block
            const handle = await (0,promises_namespaceObject.open)(path, 'r');
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
    const { imageSize } = await __nccwpck_require__.e(/* import() */ 13).then(__nccwpck_require__.bind(__nccwpck_require__, 13)); // loaded only when a logo file exists
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
            pointer: (0,src_findings/* pointerFrom */.eX)(['capabilities', 'webhooks', event, 'max_retries']),
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
                    pointer: (0,src_findings/* pointerFrom */.eX)(['redirect_uris', i]),
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
                    pointer: (0,src_findings/* pointerFrom */.eX)(['grant_types', authorizationCode]),
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
            pointer: (0,src_findings/* pointerFrom */.eX)(['grant_types', refreshToken]),
            target: 'value',
            message: 'grant type "refresh_token" without "authorization_code": refresh tokens are issued by the authorization code flow, so this grant is never used',
        });
    }
    return findings ?? NO_FINDINGS;
};

;// CONCATENATED MODULE: ./src/semantic/placeholder.ts







const HTTP_SCHEME = /^https?:\/\//i;
function hostWithoutDot(field) {
    if (!HTTP_SCHEME.test(field.value))
        return undefined;
    const url = absoluteUrlOf(field);
    if (!url)
        return undefined; // not a URL: the format rule reports it
    const host = url.hostname;
    if (host === '' || host.startsWith('[') || host.includes('.') || isLoopbackHost(host))
        return undefined;
    return host;
}
/** Why `value` looks like a template; `field`: the URL field whose value it is (else undefined). */
function problem(value, field) {
    const found = placeholderIn(value);
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
            report((0,src_findings/* pointerFrom */.eX)([key]), `${key.length > 80 ? (0,describe/* quote */.hD)(key, 60) : key} ${why}`);
    }
    for (const segments of ENUM_ARRAYS) {
        const items = at(manifest, segments);
        if (!Array.isArray(items))
            continue;
        const name = segments[segments.length - 1];
        for (let i = 0; i < items.length; i++) {
            const item = items[i];
            if (typeof item === 'string' && (why = problem(item)) !== undefined)
                report((0,src_findings/* pointerFrom */.eX)([...segments, i]), `${name}[${i}] ${why}`);
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
            if (typeof value === 'string' && placeholderIn(value) !== undefined)
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

;// CONCATENATED MODULE: ./src/semantic/quick-launch-profile.ts


/** Whether the lists share a profile (with a set: thousands listed times thousands enabled would be quadratic). */
function overlaps(listed, enabled) {
    const set = new Set(enabled);
    return listed.some((p) => set.has(p));
}
function profileList(profiles) {
    return profiles.length === 1 ? `profile ${profiles[0]}` : `profiles ${profiles.join(', ')}`;
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
        ? `not QuickLaunch-ready for ${listed.length === 1 ? '' : 'any of '}${profileList(listed)} (require-quick-launch): ${why}`
        : `no user of ${profileList(listed)} will see this app in QuickLaunch: ${why}`;
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
    for (const token of withoutPlaceholders(scope).split(' ')) {
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
        const guess = closestMatch(token, KNOWN_SCOPES);
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

;// CONCATENATED MODULE: ./src/semantic/server-field.ts




const checkServerField = ({ manifest, budget }) => {
    let findings;
    for (let i = 0; i < SERVER_FIELDS.length; i++) {
        const key = SERVER_FIELDS[i];
        if (!Object.prototype.hasOwnProperty.call(manifest, key) || !budget.admit('server-field', 'error'))
            continue;
        const message = key === 'client_secret'
            ? '"client_secret" is set by LivePerson, not by a manifest: this looks like an exported API response, and it commits a secret. Remove it and rotate the secret'
            : `"${key}" is set by LivePerson, not by a manifest: this looks like an exported API response. Remove it`;
        const pointer = (0,src_findings/* pointerFrom */.eX)([key]);
        // A suggestion, not a fix: removing a committed client_secret does not make it secret again.
        const suggestion = removeMember(pointer, key === 'client_secret' ? ', and rotate the secret: it was committed' : '');
        (findings ??= []).push({ rule: 'server-field', severity: 'error', pointer, target: 'key', message, suggestion });
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
        const decoded = field.kind === 'endpoint' ? undefined : decodedWholeUrl(value);
        if (decoded !== undefined) {
            if (!context.budget.admit('format', 'error'))
                continue;
            const pointer = urlFieldPointer(field);
            (findings ??= []).push({ rule: 'format', severity: 'error', pointer, target: 'value', message: percentEncodedMessage(urlFieldLabel(field)), suggestion: replaceString(pointer, value, decoded) });
            continue;
        }
        if (placeholderIn(value) !== undefined)
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
];

;// CONCATENATED MODULE: ./src/engine.ts
















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
/** `omitted`: the findings past the listing limit (their severities are already the overridden ones). */
function finish(path, findings, quickLaunch, options, omitted) {
    const kept = findings.length === 0 ? findings : applySeverities(findings, options.severities).sort(src_findings/* compareFindings */.Eg);
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
        checkOptions: { profiles: options.profiles ?? [], requireQuickLaunch: options.requireQuickLaunch ?? false, logos: new LogoMeasurements() },
        maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
        absoluteOf: pathJoiner(options.workspaceRoot),
        run: new RunBudget(options.maxListedPerRun),
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
    const budget = new FindingBudget(options.severities, undefined, settings.run);
    // Profile ids are judged by their text (`1e300` and `9223372036854775808` parse to integers).
    const profileTokens = enabledProfileTokens(text, manifest);
    const pending = schemaFindings(manifest, budget, profileTokens);
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

;// CONCATENATED MODULE: ./src/options.ts




function parseFailOn(value, inputName = 'fail-on') {
    const v = value.trim().toLowerCase() || 'error';
    if (v === 'error' || v === 'warning' || v === 'never')
        return v;
    throw new discovery_UsageError(`${inputName}: "${value.trim()}" is not one of error, warning, never`);
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
        const id = profileIdOfDigits(digits);
        if (id === undefined)
            throw new discovery_UsageError(`${inputName}: "${shown}" is not a profile id; profile ids are at most ${MAX_PROFILE_ID} (a 64-bit integer)`);
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

;// CONCATENATED MODULE: ./src/report.ts


function buildReport(files) {
    return { version: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, summary: (0,src_findings/* summarize */.eh)(files), files: [...files] };
}

;// CONCATENATED MODULE: ./src/reporters/text-stream.ts
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
function text_stream_joinChunks(chunks) {
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

;// CONCATENATED MODULE: ./src/reporters/json-report.ts

/** The report's text in pieces: JSON.stringify(report, null, 2) + "\n", one file at a time. */
function jsonReportChunks(report) {
    return jsonChunks({ ...report, files: new StreamedArray(report.files) });
}
function formatJson(report) {
    return joinChunks(jsonReportChunks(report));
}

// EXTERNAL MODULE: ./src/reporters/log-safe.ts
var log_safe = __nccwpck_require__(716);
;// CONCATENATED MODULE: ./src/reporters/text-report.ts
// Compiler-style text: `path:line:column: severity rule message` (and, past the listing limit,
// `path: 523,266 more range errors not listed (…)`), then, with profiles, one QuickLaunch line per
// manifest, then a one-line summary.



/** A count for a sentence, thousands grouped: "1,000". */
const count = (n) => n.toLocaleString('en-US');
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** Why findings are not listed: the per-file limit of one rule, or the run's budget. */
function listingLimitOf(o) {
    return o.limit === 'run' ? `at most ${count(src_findings/* MAX_LISTED_PER_RUN */.ZU)} in a run, then the first of each file` : `at most ${count(src_findings/* MAX_LISTED_PER_RULE */.Gt)} of one rule per file`;
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
        const path = (0,describe/* displayPath */.Gt)(file.path);
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
            const seen = visible.length > 0 ? `visible to profile${visible.length === 1 ? '' : 's'} ${visible.join(', ')}` : 'visible to none of the profiles';
            yield `QuickLaunch ${(0,describe/* displayPath */.Gt)(file.path)}: ${seen}${visible.length > 0 && hidden.length > 0 ? `; not to ${hidden.join(', ')}` : ''}\n`;
        }
    }
    const { manifests, errors, warnings } = report.summary;
    yield `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(manifests, 'manifest')}\n`;
}
function formatText(report, options = {}) {
    return joinChunks(textReportChunks(report, options));
}

;// CONCATENATED MODULE: ./src/reporters/sarif-report.ts





const SARIF_LEVEL = { error: 'error', warning: 'warning' };
/**
 * A fix as SARIF 2.1.0 §3.55 (typed by @types/sarif): its edits as replacements in the one file. An empty deleted region
 * is an insertion point (§3.57.3), and a replacement without insertedContent a deletion.
 */
function sarifFix(fix, artifactLocation) {
    return {
        description: { text: fix.description },
        artifactChanges: [
            {
                artifactLocation,
                replacements: fix.edits.map((e) => ({
                    deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
                    ...(e.text === '' ? {} : { insertedContent: { text: e.text } }),
                })),
            },
        ],
    };
}
function artifactOf(path) {
    return { uri: encodeURI(path).replace(/[?#]/g, encodeURIComponent), uriBaseId: '%SRCROOT%' };
}
/** The tool execution notifications of the findings past the listing limits, file by file. */
function* notificationsOf(report, ruleIndex) {
    for (const file of report.files) {
        for (const o of file.omitted ?? []) {
            yield {
                level: 'note',
                message: { text: `${(0,describe/* displayPath */.Gt)(file.path)}: ${omittedNote(o)}` },
                locations: [{ physicalLocation: { artifactLocation: artifactOf(file.path) } }],
                associatedRule: { id: o.rule, index: ruleIndex.get(o.rule) },
                properties: { severity: o.severity, count: o.count },
            };
        }
    }
}
/** The results: one per listed finding, file by file. */
function* resultsOf(report, ruleIndex) {
    for (const file of report.files) {
        if (file.findings.length === 0)
            continue;
        // A fingerprint names the rule, file and pointer (not the line: it survives edits above it).
        // Two findings of one rule at one pointer (two bad scope tokens) are told apart by their order,
        // or code scanning would merge them into one alert.
        const seen = new Map();
        const fingerprint = (f) => {
            const base = `${f.rule}:${file.path}:${f.pointer}`;
            const n = (seen.get(base) ?? 0) + 1;
            seen.set(base, n);
            return n === 1 ? base : `${base}:${n}`;
        };
        const artifactLocation = artifactOf(file.path);
        for (const f of file.findings) {
            yield {
                ruleId: f.rule,
                ruleIndex: ruleIndex.get(f.rule),
                level: SARIF_LEVEL[f.severity],
                message: { text: f.message },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation,
                            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column + 1 : 1) },
                        },
                    },
                ],
                partialFingerprints: { 'lpManifestFinding/v1': fingerprint(f) },
                ...(f.fix === undefined ? {} : { fixes: [sarifFix(f.fix, artifactLocation)] }),
            };
        }
    }
}
/** The SARIF log, its results and notifications made by `list` from their generators (an array, or a StreamedArray). */
function sarifLog(report, options, list) {
    const readme = options.readmeUrl ?? README_URL;
    const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
    const omitted = report.files.some((f) => f.omitted !== undefined && f.omitted.length > 0);
    const invocations = [{ executionSuccessful: true, toolExecutionNotifications: list(notificationsOf(report, ruleIndex)) }];
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
                ...(omitted ? { invocations } : {}),
                results: list(resultsOf(report, ruleIndex)),
            },
        ],
    };
}
function buildSarif(report, options = {}) {
    return sarifLog(report, options, (items) => [...items]);
}
/** The SARIF log's text in pieces (its results and notifications written one at a time): formatSarif's text. */
function sarifChunks(report, options = {}) {
    return jsonChunks(sarifLog(report, options, (items) => new StreamedArray(items)));
}
function formatSarif(report, options = {}) {
    return joinChunks(sarifChunks(report, options));
}

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
        message: (0,log_safe/* logSafe */.s)(`${plural(errors, 'error')} and ${plural(warnings, 'warning')} found; GitHub displays only ${ANNOTATIONS_SHOWN_PER_LEVEL} errors and ${ANNOTATIONS_SHOWN_PER_LEVEL} warnings per step, so ${plural(hidden, 'finding')} are not shown as annotations here. Every finding is in ${where}.`),
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

;// CONCATENATED MODULE: ./src/reporters/rdjson-report.ts

/** UTF-8 byte columns of one file's positions. */
class ByteColumns {
    source;
    starts = [0];
    constructor(source) {
        this.source = source;
        const text = source?.text ?? '';
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(line, column) {
        const start = this.starts[line - 1];
        if (this.source === undefined || start === undefined)
            return { line, column };
        const before = this.source.text.slice(start, start + column - 1);
        return { line, column: Buffer.byteLength(before, 'utf8') + 1 + (line === 1 && this.source.bom ? 3 : 0) };
    }
    range(r) {
        return { start: this.position(r.line, r.column), end: this.position(r.endLine, r.endColumn) };
    }
}
function diagnostic(path, f, columns, readme) {
    // One suggestion per edit: our fixes have one edit each, and reviewdog posts a suggestion only
    // when its lines are the comment's.
    const edits = [...(f.fix?.edits ?? []), ...(f.suggestion?.edits ?? [])];
    return {
        message: f.message,
        location: { path, range: columns.range(f) },
        severity: f.severity === 'error' ? 'ERROR' : 'WARNING',
        code: { value: f.rule, url: `${readme}#${f.rule}` },
        ...(edits.length > 0 ? { suggestions: edits.map((e) => ({ range: columns.range(e), text: e.text })) } : {}),
    };
}
function buildRdjson(report, options) {
    const readme = options.readmeUrl ?? README_URL;
    const diagnostics = [];
    for (const file of report.files) {
        if (file.findings.length === 0)
            continue;
        const columns = new ByteColumns(options.source(file.path));
        for (const f of file.findings)
            diagnostics.push(diagnostic(file.path, f, columns, readme));
    }
    return { source: { name: TOOL_NAME, url: REPOSITORY_URL }, diagnostics };
}
function formatRdjson(report, options) {
    return JSON.stringify(buildRdjson(report, options), null, 2) + '\n';
}
/**
 * formatRdjson's text in pieces, one file's diagnostics at a time (text-stream.ts): each file's
 * text is asked for when its diagnostics are written, and dropped after.
 */
async function* rdjsonChunks(report, options) {
    const readme = options.readmeUrl ?? README_URL;
    const files = report.files.filter((f) => f.findings.length > 0);
    // The document without its diagnostics, then each diagnostic indented as JSON.stringify would.
    const shell = formatRdjson({ ...report, files: [] }, { source: () => undefined });
    if (files.length === 0) {
        yield shell;
        return;
    }
    yield shell.slice(0, shell.lastIndexOf('[]')) + '[';
    let first = true;
    for (const file of files) {
        const columns = new ByteColumns(await options.source(file.path));
        let piece = '';
        for (const f of file.findings) {
            piece += (first ? '\n    ' : ',\n    ') + JSON.stringify(diagnostic(file.path, f, columns, readme), null, 2).replace(/\n/g, '\n    ');
            first = false;
        }
        yield piece;
    }
    yield '\n  ]\n}\n';
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
    const folder = await realPathBytes((0,external_node_path_namespaceObject.dirname)(absolute)).catch(() => undefined);
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
        const absolute = (0,external_node_path_namespaceObject.join)(options.workspaceRoot, result.path);
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
        fixed.push({ path: result.path, before: read.text, after: outcome.text, applied: outcome.applied });
    }
    return fixed;
}

;// CONCATENATED MODULE: ./src/validate-workspace.ts
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
    };
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts



















const HELP = `Usage: ${TOOL_NAME} [PATH|GLOB ...] [options]

Validates LivePerson application manifests. With no PATH, finds every manifest in the current
directory (git-aware: files ignored by git and node_modules/ are skipped). A directory is searched
the same way; a file is always checked; a glob (quote it) selects files whatever they hold. A PATH
that does not exist, or a glob that matches nothing, is a usage error.

Options:
  --format text|json|sarif|github|rdjson
                                    output format (default: text); rdjson is reviewdog's
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
  --help, --version

Exit codes: 0 clean, 1 failing per --fail-on, 2 usage error.
Rule ids: ${RULE_IDS.join(', ')}
`;
const FORMATS = ['text', 'json', 'sarif', 'github', 'rdjson'];
/** The text of a file that has findings (rdjson counts columns in bytes of each line), read when its diagnostics are written. */
async function sourceText(path, root, fixedTexts) {
    const read = await readManifestText((0,external_node_path_namespaceObject.join)(root, path), root);
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
        await (0,promises_namespaceObject.lstat)(path);
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
        const absolute = (0,external_node_path_namespaceObject.isAbsolute)(arg) ? arg : (0,external_node_path_namespaceObject.join)(root, arg);
        const info = await (0,promises_namespaceObject.stat)(absolute).catch(() => undefined);
        if (info?.isDirectory()) {
            const under = toPosix((0,external_node_path_namespaceObject.relative)(root, absolute));
            const found = await discoverManifests({ workspaceRoot: root, under: under === '' ? undefined : under, exclude });
            noteGit(found);
            for (const m of found.manifests)
                add(m);
        }
        else if (info || !(await missing(absolute))) {
            await addFile({ path: toPosix((0,external_node_path_namespaceObject.relative)(root, absolute)) });
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
    const out = (s) => io.stdout((0,log_safe/* logSafe */.s)(s));
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
                'fail-on': { type: 'string', default: 'error' },
                profiles: { type: 'string', default: '' },
                'require-quick-launch': { type: 'boolean', default: false },
                rules: { type: 'string', default: '' },
                exclude: { type: 'string', multiple: true, default: [] },
                'only-manifests': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false },
            },
        });
    }
    catch (error) {
        err(`${TOOL_NAME}: ${error.message}\nRun ${TOOL_NAME} --help for usage.\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    if (values.version) {
        await io.stdout(`${TOOL_VERSION}\n`);
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
        const failOn = parseFailOn(values['fail-on'], '--fail-on');
        const profiles = parseProfiles(values.profiles, '--profiles');
        const severities = parseSeverityOverrides(values.rules, '--rules');
        const exclude = values.exclude.flatMap(splitList);
        if (values['require-quick-launch'] && profiles.length === 0) {
            throw new discovery_UsageError('--require-quick-launch needs --profiles (the profiles that must see each app)');
        }
        const root = io.cwd;
        // Text and workflow commands show no fix: their edits are not worked out (the JSON report, SARIF, rdjson and --fix need them).
        const fixes = fix || dryRun || format === 'json' || format === 'sarif' || format === 'rdjson';
        const validation = { workspaceRoot: root, profiles, requireQuickLaunch: values['require-quick-launch'], severities, fixes };
        // git failed in a git work tree: say so once (files .gitignore excludes were searched too).
        let warned = false;
        /** Discovery's notices, each said once (a run may discover several directories). */
        const noted = new Set();
        const noteGit = ({ gitProblem, notices }) => {
            for (const notice of notices ?? []) {
                if (noted.has(notice))
                    continue;
                noted.add(notice);
                err(`${TOOL_NAME}: note: ${notice}\n`);
            }
            if (gitProblem === undefined || warned)
                return;
            warned = true;
            err(`${TOOL_NAME}: warning: ${gitProblemWarning(gitProblem)}\n`);
        };
        let files;
        if (positionals.length === 0) {
            // Without PATH, each manifest is checked as soon as discovery has read it.
            const workspace = await validateWorkspace({ workspaceRoot: root, exclude }, validation);
            noteGit(workspace);
            files = workspace.files;
        }
        else
            files = await validatePaths(positionals, root, exclude, validation, noteGit, values['only-manifests']);
        /** The new text of each file fixed (or, with --fix-dry-run, that would be). */
        const fixedTexts = new Map();
        if (fix || dryRun) {
            const fixed = await fixFiles(files, {
                workspaceRoot: root,
                check: checkWith(validation),
                write: fix,
                skipped: (path, reason) => err(`${TOOL_NAME}: warning: ${(0,describe/* displayPath */.Gt)(path)} was not fixed: ${reason}\n`),
            });
            for (const f of fixed) {
                fixedTexts.set(f.path, f.after);
                if (fix)
                    err(`${TOOL_NAME}: fixed ${(0,describe/* displayPath */.Gt)(f.path)} (${f.applied} ${f.applied === 1 ? 'fix' : 'fixes'})\n`);
            }
            // jsdiff is loaded only here: most runs print no diff, and every run would parse it.
            if (dryRun)
                await io.stdout((await __nccwpck_require__.e(/* import() */ 578).then(__nccwpck_require__.bind(__nccwpck_require__, 578))).formatFixDiff(fixed));
            // What remains: the same files checked again, the fixed ones in their new text.
            if (fixed.length > 0)
                files = await validateManifests(files.map((f) => ({ path: f.path, text: fixedTexts.get(f.path) })), validation);
        }
        const report = buildReport(files);
        if (dryRun)
            return isFailing(report.files, failOn) ? 1 : 0;
        // Reports are written as streams, in pieces of whole lines: any size is written, one piece held at a time.
        if (format === 'json')
            await writeLines(jsonReportChunks(report), out);
        else if (format === 'rdjson')
            await writeLines(rdjsonChunks(report, { source: (path) => sourceText(path, root, fixedTexts) }), out);
        else if (format === 'sarif')
            await writeLines(sarifChunks(report), out);
        else if (format === 'github')
            await io.stdout(annotationCommands(report).join('\n') + '\n');
        else {
            if (report.files.length === 0)
                io.stderr('no LivePerson manifests found\n');
            await writeLines(textReportChunks(report, { profiles }), out);
        }
        return isFailing(report.files, failOn) ? 1 : 0;
    }
    catch (error) {
        if (error instanceof discovery_UsageError) {
            err(`${TOOL_NAME}: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
}


/***/ }),

/***/ 1:
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

/***/ 716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ logSafe)
/* harmony export */ });
/* harmony import */ var _text_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(586);
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

/***/ 586:
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
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(326);
/* harmony import */ var _unicode_encoding_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(940);
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
    const segments = (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerSegments */ .cP)(pointer);
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

/***/ 326:
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

/***/ 940:
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

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 422:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Generated by scripts/build-schema.mjs from schemas/liveperson-app-manifest.schema.json. Do not edit.
module.exports = validate20;module.exports["default"] = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/lp-manifest/liveperson-manifest-action/v1/schemas/liveperson-app-manifest.schema.json","title":"LivePerson application manifest","description":"The JSON manifest uploaded under \"Private apps\" in LivePerson Conversational Cloud to install an application. Source: \"Installing LivePerson Applications\", with the decisions documented in this repository's README (cqm.ExConversationChangeNotification, cart_items, arrays for target_audience and goal, display_name, webhooks.retry).","type":"object","required":["client_name"],"properties":{"client_name":{"title":"Client name","description":"Choose the name for your Connector application. Must be unique in the account. Can be internationalized by adding a BCP 47 (RFC 5646) language tag after a hash character, e.g. \"client_name#fr-CA\". Max length: 128.","type":"string","maxLength":128},"display_name":{"title":"Display name","description":"The name shown in Conversational Cloud. Max length: 128.","type":"string","maxLength":128},"description":{"title":"Description","description":"App description. Max length: 256.","type":"string","maxLength":256},"grant_types":{"title":"Grant types","description":"Authorization grant according to OAuth 2.0. Supported values: \"client_credentials\", \"authorization_code\", \"refresh_token\".","type":"array","uniqueItems":true,"items":{"type":"string","enum":["client_credentials","authorization_code","refresh_token"]}},"redirect_uris":{"title":"Redirect URIs","description":"For web/native apps, the URIs to which the JWT/code will be sent after redirect. Each max length: 128. Mandatory (non-empty) for the authorization_code flow.","type":"array","uniqueItems":true,"items":{"type":"string","maxLength":128}},"response_types":{"title":"Response types","description":"OAuth 2.0 response type strings that the client can use at the authorization endpoint. Supported values: \"code\", \"token\", \"id_token\", \"id_token token\".","type":"array","uniqueItems":true,"items":{"type":"string","enum":["code","token","id_token","id_token token"]}},"scope":{"title":"Scope","description":"Space-separated list of scope values that the client can use when requesting access tokens. Known values: \"msg.consumer\", \"faas.lambda.invoke\", \"ihub.tpb.customendpoint\", \"users.read\", \"users.write\", \"users.external\", \"data.services.enghist\". Max length: 128.","type":"string","maxLength":128},"logo_uri":{"title":"Logo URI","description":"URL string that references a logo for the client. The logo must be exactly 70x70 pixels. Max length: 1024.","type":"string","maxLength":1024},"capabilities":{"title":"Capabilities","description":"LivePerson capabilities utilized by this app: the LivePerson services or applications that can interface with this application. Supported values: \"webhooks\" (the endpoints where UMS, the Messaging Service, will send notifications) and \"engagement\" (how the application interfaces with LivePerson engagements and their creation).","type":"object","additionalProperties":false,"properties":{"webhooks":{"$ref":"#/$defs/webhooks"},"engagement":{"$ref":"#/$defs/engagement"}}},"enabled":{"title":"Enabled","description":"Whether the application is enabled or not. Default value: true.","type":"boolean","default":true},"quick_launch_enabled":{"title":"QuickLaunch enabled","description":"Whether the application should be displayed in the QuickLaunch menu. It appears there only with a non-empty entry_uri and for the profiles in enabled_for_profiles. Default value: false.","type":"boolean","default":false},"entry_uri":{"title":"Entry URI","description":"The URI to start the application. Max length: 1024.","type":"string","maxLength":1024},"enabled_for_profiles":{"title":"Enabled for profiles","description":"A list of profiles (positive integer ids) to which this application should be available.","type":"array","uniqueItems":true,"items":{"type":"integer","minimum":1}}},"patternProperties":{"^client_name#":{"title":"Localized client name","description":"client_name internationalized with a BCP 47 (RFC 5646) language tag after the hash character. Max length: 128.","type":"string","maxLength":128}},"additionalProperties":false,"$defs":{"webhooks":{"title":"Webhooks","description":"Contains the endpoints where UMS (Messaging Service) will send notifications, one per event type, and the optional retry policy. A key that is not an event is an error (propertyNames), and its value is still checked as a webhook (patternProperties).","type":"object","propertyNames":{"enum":["ms.MessagingEventNotification.ContentEvent","ms.MessagingEventNotification.RichContentEvent","ms.MessagingEventNotification.AcceptStatusEvent","ms.MessagingEventNotification.ChatStateEvent","cqm.ExConversationChangeNotification","retry"]},"patternProperties":{"^(?!(?:ms\\.MessagingEventNotification\\.(?:ContentEvent|RichContentEvent|AcceptStatusEvent|ChatStateEvent)|cqm\\.ExConversationChangeNotification|retry)$)[\\s\\S]{0,200}$":{"description":"A key that is not an event (an unknown-event error) is still checked as a webhook, unless it is longer than 200 characters: no event name is, and every finding inside would carry the whole key.","$ref":"#/$defs/webhook"}},"properties":{"ms.MessagingEventNotification.ContentEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ContentEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.RichContentEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type RichContentEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.AcceptStatusEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type AcceptStatusEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.ChatStateEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ChatStateEvent.","$ref":"#/$defs/webhook"},"cqm.ExConversationChangeNotification":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ExConversationChangeNotification. (The event table of \"Installing LivePerson Applications\" spells it ms.MessagingEventNotification.ExConversationChangeNotification; every sample and every other LivePerson page uses cqm.)","$ref":"#/$defs/webhook"},"retry":{"title":"Retry policy","description":"Webhooks retry policy. When set, a non-zero max_retries of a webhook is ignored (0 still means: do not retry that event).","type":"object","additionalProperties":false,"required":["retention_time"],"properties":{"retention_time":{"title":"Retention time","description":"How long (in seconds) failed notifications are retried. Minimum 2, maximum 259200 (72 hours).","type":"integer","minimum":2,"maximum":259200}}}}},"webhook":{"$comment":"No $ref inside (the header schema is inline): Ajv then inlines this schema where it is used, instead of calling a function per webhook and concatenating its errors to all before, which is quadratic in the number of webhooks.","title":"Webhook","type":"object","additionalProperties":false,"required":["endpoint"],"properties":{"endpoint":{"title":"Endpoint","description":"The url to send the notification to, including query parameters. Starts with \"https://\".","type":"string","pattern":"^https://"},"max_retries":{"title":"Max retries","description":"The max number of retry attempts to send the notification if it fails. Minimum value: 0, maximum value: 5.","type":"integer","minimum":0,"maximum":5},"headers":{"title":"Headers","description":"List of http headers to add to the notification request, e.g. [{\"header_name\": \"NAME1\", \"header_value\": \"VALUE1\"}].","type":"array","items":{"title":"Header","type":"object","additionalProperties":false,"required":["header_name","header_value"],"properties":{"header_name":{"title":"Header name","description":"An HTTP field name (RFC 9110 token). Not X-LivePerson-*: LivePerson sends its own headers with that prefix.","type":"string"},"header_value":{"title":"Header value","description":"The header's value.","type":"string"}}}}}},"engagement":{"title":"Engagement","description":"This determines how the application interfaces with LivePerson engagements and their creation. All eight fields are required.","type":"object","additionalProperties":false,"required":["design_engagement","design_window","entry_point","visitor_behavior","target_audience","goal","consumer_identity","language_selection"],"properties":{"design_engagement":{"description":"Toggles the ability to design the engagement button and appearance.","type":"boolean"},"design_window":{"description":"Toggles the ability to add an engagement window.","type":"boolean"},"entry_point":{"description":"Indicates where to display the engagement which invites consumers to engage with you. Supported values: section, url.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["section","url"]}},"visitor_behavior":{"description":"The browsing behavior of visitors which is of interest to you.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["visited_location","time_on_location","flow","engaged_in_session","about_to_abandon","cart_value","cart_items","visitor_error","viewed_products","service_activity"]}},"target_audience":{"description":"The visitors you specifically want to target.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["external_referral","search_keywords","ip","platform","geo_location","returning_visitors","marketing_source","customer_type","age","balance","customer_id","gender","store_zip_code","store_number","company_size","registration_date"]}},"goal":{"description":"Indicates what you want to achieve with the engagement.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["url","purchase_total","num_of_pages","lead","service_activity"]}},"consumer_identity":{"description":"If the consumer does or doesn't have to be an authenticated user. Supported values: auth, unauth; should contain auth.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["auth","unauth"]}},"language_selection":{"description":"Indicates the possibility of language selection.","type":"boolean"}}}}};const schema39 = {"title":"Engagement","description":"This determines how the application interfaces with LivePerson engagements and their creation. All eight fields are required.","type":"object","additionalProperties":false,"required":["design_engagement","design_window","entry_point","visitor_behavior","target_audience","goal","consumer_identity","language_selection"],"properties":{"design_engagement":{"description":"Toggles the ability to design the engagement button and appearance.","type":"boolean"},"design_window":{"description":"Toggles the ability to add an engagement window.","type":"boolean"},"entry_point":{"description":"Indicates where to display the engagement which invites consumers to engage with you. Supported values: section, url.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["section","url"]}},"visitor_behavior":{"description":"The browsing behavior of visitors which is of interest to you.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["visited_location","time_on_location","flow","engaged_in_session","about_to_abandon","cart_value","cart_items","visitor_error","viewed_products","service_activity"]}},"target_audience":{"description":"The visitors you specifically want to target.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["external_referral","search_keywords","ip","platform","geo_location","returning_visitors","marketing_source","customer_type","age","balance","customer_id","gender","store_zip_code","store_number","company_size","registration_date"]}},"goal":{"description":"Indicates what you want to achieve with the engagement.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["url","purchase_total","num_of_pages","lead","service_activity"]}},"consumer_identity":{"description":"If the consumer does or doesn't have to be an authenticated user. Supported values: auth, unauth; should contain auth.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["auth","unauth"]}},"language_selection":{"description":"Indicates the possibility of language selection.","type":"boolean"}}};const func1 = Object.prototype.hasOwnProperty;const func2 = (__nccwpck_require__(214)/* ["default"] */ .A);const pattern4 = new RegExp("^client_name#", "u");const schema32 = {"title":"Webhooks","description":"Contains the endpoints where UMS (Messaging Service) will send notifications, one per event type, and the optional retry policy. A key that is not an event is an error (propertyNames), and its value is still checked as a webhook (patternProperties).","type":"object","propertyNames":{"enum":["ms.MessagingEventNotification.ContentEvent","ms.MessagingEventNotification.RichContentEvent","ms.MessagingEventNotification.AcceptStatusEvent","ms.MessagingEventNotification.ChatStateEvent","cqm.ExConversationChangeNotification","retry"]},"patternProperties":{"^(?!(?:ms\\.MessagingEventNotification\\.(?:ContentEvent|RichContentEvent|AcceptStatusEvent|ChatStateEvent)|cqm\\.ExConversationChangeNotification|retry)$)[\\s\\S]{0,200}$":{"description":"A key that is not an event (an unknown-event error) is still checked as a webhook, unless it is longer than 200 characters: no event name is, and every finding inside would carry the whole key.","$ref":"#/$defs/webhook"}},"properties":{"ms.MessagingEventNotification.ContentEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ContentEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.RichContentEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type RichContentEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.AcceptStatusEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type AcceptStatusEvent.","$ref":"#/$defs/webhook"},"ms.MessagingEventNotification.ChatStateEvent":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ChatStateEvent.","$ref":"#/$defs/webhook"},"cqm.ExConversationChangeNotification":{"description":"Indicates the HTTPS configuration endpoint of your server to receive notifications of type ExConversationChangeNotification. (The event table of \"Installing LivePerson Applications\" spells it ms.MessagingEventNotification.ExConversationChangeNotification; every sample and every other LivePerson page uses cqm.)","$ref":"#/$defs/webhook"},"retry":{"title":"Retry policy","description":"Webhooks retry policy. When set, a non-zero max_retries of a webhook is ignored (0 still means: do not retry that event).","type":"object","additionalProperties":false,"required":["retention_time"],"properties":{"retention_time":{"title":"Retention time","description":"How long (in seconds) failed notifications are retried. Minimum 2, maximum 259200 (72 hours).","type":"integer","minimum":2,"maximum":259200}}}}};const schema33 = {"$comment":"No $ref inside (the header schema is inline): Ajv then inlines this schema where it is used, instead of calling a function per webhook and concatenating its errors to all before, which is quadratic in the number of webhooks.","title":"Webhook","type":"object","additionalProperties":false,"required":["endpoint"],"properties":{"endpoint":{"title":"Endpoint","description":"The url to send the notification to, including query parameters. Starts with \"https://\".","type":"string","pattern":"^https://"},"max_retries":{"title":"Max retries","description":"The max number of retry attempts to send the notification if it fails. Minimum value: 0, maximum value: 5.","type":"integer","minimum":0,"maximum":5},"headers":{"title":"Headers","description":"List of http headers to add to the notification request, e.g. [{\"header_name\": \"NAME1\", \"header_value\": \"VALUE1\"}].","type":"array","items":{"title":"Header","type":"object","additionalProperties":false,"required":["header_name","header_value"],"properties":{"header_name":{"title":"Header name","description":"An HTTP field name (RFC 9110 token). Not X-LivePerson-*: LivePerson sends its own headers with that prefix.","type":"string"},"header_value":{"title":"Header value","description":"The header's value.","type":"string"}}}}}};const pattern5 = new RegExp("^https://", "u");const pattern10 = new RegExp("^(?!(?:ms\\.MessagingEventNotification\\.(?:ContentEvent|RichContentEvent|AcceptStatusEvent|ChatStateEvent)|cqm\\.ExConversationChangeNotification|retry)$)[\\s\\S]{0,200}$", "u");function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const _errs1 = errors;if(!((((((key0 === "ms.MessagingEventNotification.ContentEvent") || (key0 === "ms.MessagingEventNotification.RichContentEvent")) || (key0 === "ms.MessagingEventNotification.AcceptStatusEvent")) || (key0 === "ms.MessagingEventNotification.ChatStateEvent")) || (key0 === "cqm.ExConversationChangeNotification")) || (key0 === "retry"))){const err0 = {instancePath,schemaPath:"#/propertyNames/enum",keyword:"enum",params:{allowedValues: schema32.propertyNames.enum},schema:schema32.propertyNames.enum,parentSchema:schema32.propertyNames,data:key0,propertyName:key0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var valid0 = _errs1 === errors;if(!valid0){const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},schema:schema32.propertyNames,parentSchema:schema32,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data["ms.MessagingEventNotification.ContentEvent"] !== undefined){let data0 = data["ms.MessagingEventNotification.ContentEvent"];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.endpoint === undefined){const err2 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent",schemaPath:"#/$defs/webhook/required",keyword:"required",params:{missingProperty: "endpoint"},schema:schema33.required,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key1 in data0){if(!(((key1 === "endpoint") || (key1 === "max_retries")) || (key1 === "headers"))){const err3 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent",schemaPath:"#/$defs/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},schema:false,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.endpoint !== undefined){let data1 = data0.endpoint;if(typeof data1 === "string"){if(!pattern5.test(data1)){const err4 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},schema:"^https://",parentSchema:schema33.properties.endpoint,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/type",keyword:"type",params:{type: "string"},schema:schema33.properties.endpoint.type,parentSchema:schema33.properties.endpoint,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.max_retries !== undefined){let data2 = data0.max_retries;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err6 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/type",keyword:"type",params:{type: "integer"},schema:schema33.properties.max_retries.type,parentSchema:schema33.properties.max_retries,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 5 || isNaN(data2)){const err7 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},schema:5,parentSchema:schema33.properties.max_retries,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data2 < 0 || isNaN(data2)){const err8 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema33.properties.max_retries,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data0.headers !== undefined){let data3 = data0.headers;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.header_name === undefined){const err9 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers/" + i0,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_name"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data4.header_value === undefined){const err10 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers/" + i0,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_value"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}for(const key2 in data4){if(!((key2 === "header_name") || (key2 === "header_value"))){const err11 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers/" + i0,schemaPath:"#/$defs/webhook/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},schema:false,parentSchema:schema33.properties.headers.items,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data4.header_name !== undefined){let data5 = data4.header_name;if(typeof data5 !== "string"){const err12 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers/" + i0+"/header_name",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_name/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_name.type,parentSchema:schema33.properties.headers.items.properties.header_name,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data4.header_value !== undefined){let data6 = data4.header_value;if(typeof data6 !== "string"){const err13 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers/" + i0+"/header_value",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_value/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_value.type,parentSchema:schema33.properties.headers.items.properties.header_value,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers/" + i0,schemaPath:"#/$defs/webhook/properties/headers/items/type",keyword:"type",params:{type: "object"},schema:schema33.properties.headers.items.type,parentSchema:schema33.properties.headers.items,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent/headers",schemaPath:"#/$defs/webhook/properties/headers/type",keyword:"type",params:{type: "array"},schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/ms.MessagingEventNotification.ContentEvent",schemaPath:"#/$defs/webhook/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data["ms.MessagingEventNotification.RichContentEvent"] !== undefined){let data7 = data["ms.MessagingEventNotification.RichContentEvent"];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.endpoint === undefined){const err17 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent",schemaPath:"#/$defs/webhook/required",keyword:"required",params:{missingProperty: "endpoint"},schema:schema33.required,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key3 in data7){if(!(((key3 === "endpoint") || (key3 === "max_retries")) || (key3 === "headers"))){const err18 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent",schemaPath:"#/$defs/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},schema:false,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data7.endpoint !== undefined){let data8 = data7.endpoint;if(typeof data8 === "string"){if(!pattern5.test(data8)){const err19 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},schema:"^https://",parentSchema:schema33.properties.endpoint,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/type",keyword:"type",params:{type: "string"},schema:schema33.properties.endpoint.type,parentSchema:schema33.properties.endpoint,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data7.max_retries !== undefined){let data9 = data7.max_retries;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err21 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/type",keyword:"type",params:{type: "integer"},schema:schema33.properties.max_retries.type,parentSchema:schema33.properties.max_retries,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 > 5 || isNaN(data9)){const err22 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},schema:5,parentSchema:schema33.properties.max_retries,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data9 < 0 || isNaN(data9)){const err23 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema33.properties.max_retries,data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data7.headers !== undefined){let data10 = data7.headers;if(Array.isArray(data10)){const len1 = data10.length;for(let i1=0; i1<len1; i1++){let data11 = data10[i1];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.header_name === undefined){const err24 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers/" + i1,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_name"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data11};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data11.header_value === undefined){const err25 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers/" + i1,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_value"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}for(const key4 in data11){if(!((key4 === "header_name") || (key4 === "header_value"))){const err26 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers/" + i1,schemaPath:"#/$defs/webhook/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},schema:false,parentSchema:schema33.properties.headers.items,data:data11};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data11.header_name !== undefined){let data12 = data11.header_name;if(typeof data12 !== "string"){const err27 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers/" + i1+"/header_name",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_name/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_name.type,parentSchema:schema33.properties.headers.items.properties.header_name,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data11.header_value !== undefined){let data13 = data11.header_value;if(typeof data13 !== "string"){const err28 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers/" + i1+"/header_value",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_value/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_value.type,parentSchema:schema33.properties.headers.items.properties.header_value,data:data13};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers/" + i1,schemaPath:"#/$defs/webhook/properties/headers/items/type",keyword:"type",params:{type: "object"},schema:schema33.properties.headers.items.type,parentSchema:schema33.properties.headers.items,data:data11};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent/headers",schemaPath:"#/$defs/webhook/properties/headers/type",keyword:"type",params:{type: "array"},schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data10};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/ms.MessagingEventNotification.RichContentEvent",schemaPath:"#/$defs/webhook/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data["ms.MessagingEventNotification.AcceptStatusEvent"] !== undefined){let data14 = data["ms.MessagingEventNotification.AcceptStatusEvent"];if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.endpoint === undefined){const err32 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent",schemaPath:"#/$defs/webhook/required",keyword:"required",params:{missingProperty: "endpoint"},schema:schema33.required,parentSchema:schema33,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key5 in data14){if(!(((key5 === "endpoint") || (key5 === "max_retries")) || (key5 === "headers"))){const err33 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent",schemaPath:"#/$defs/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},schema:false,parentSchema:schema33,data:data14};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data14.endpoint !== undefined){let data15 = data14.endpoint;if(typeof data15 === "string"){if(!pattern5.test(data15)){const err34 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},schema:"^https://",parentSchema:schema33.properties.endpoint,data:data15};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/type",keyword:"type",params:{type: "string"},schema:schema33.properties.endpoint.type,parentSchema:schema33.properties.endpoint,data:data15};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data14.max_retries !== undefined){let data16 = data14.max_retries;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err36 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/type",keyword:"type",params:{type: "integer"},schema:schema33.properties.max_retries.type,parentSchema:schema33.properties.max_retries,data:data16};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 > 5 || isNaN(data16)){const err37 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},schema:5,parentSchema:schema33.properties.max_retries,data:data16};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data16 < 0 || isNaN(data16)){const err38 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema33.properties.max_retries,data:data16};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}if(data14.headers !== undefined){let data17 = data14.headers;if(Array.isArray(data17)){const len2 = data17.length;for(let i2=0; i2<len2; i2++){let data18 = data17[i2];if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.header_name === undefined){const err39 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers/" + i2,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_name"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data18};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data18.header_value === undefined){const err40 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers/" + i2,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_value"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data18};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}for(const key6 in data18){if(!((key6 === "header_name") || (key6 === "header_value"))){const err41 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers/" + i2,schemaPath:"#/$defs/webhook/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},schema:false,parentSchema:schema33.properties.headers.items,data:data18};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data18.header_name !== undefined){let data19 = data18.header_name;if(typeof data19 !== "string"){const err42 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers/" + i2+"/header_name",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_name/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_name.type,parentSchema:schema33.properties.headers.items.properties.header_name,data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data18.header_value !== undefined){let data20 = data18.header_value;if(typeof data20 !== "string"){const err43 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers/" + i2+"/header_value",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_value/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_value.type,parentSchema:schema33.properties.headers.items.properties.header_value,data:data20};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers/" + i2,schemaPath:"#/$defs/webhook/properties/headers/items/type",keyword:"type",params:{type: "object"},schema:schema33.properties.headers.items.type,parentSchema:schema33.properties.headers.items,data:data18};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent/headers",schemaPath:"#/$defs/webhook/properties/headers/type",keyword:"type",params:{type: "array"},schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data17};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/ms.MessagingEventNotification.AcceptStatusEvent",schemaPath:"#/$defs/webhook/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data:data14};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data["ms.MessagingEventNotification.ChatStateEvent"] !== undefined){let data21 = data["ms.MessagingEventNotification.ChatStateEvent"];if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.endpoint === undefined){const err47 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent",schemaPath:"#/$defs/webhook/required",keyword:"required",params:{missingProperty: "endpoint"},schema:schema33.required,parentSchema:schema33,data:data21};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}for(const key7 in data21){if(!(((key7 === "endpoint") || (key7 === "max_retries")) || (key7 === "headers"))){const err48 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent",schemaPath:"#/$defs/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},schema:false,parentSchema:schema33,data:data21};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data21.endpoint !== undefined){let data22 = data21.endpoint;if(typeof data22 === "string"){if(!pattern5.test(data22)){const err49 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},schema:"^https://",parentSchema:schema33.properties.endpoint,data:data22};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/type",keyword:"type",params:{type: "string"},schema:schema33.properties.endpoint.type,parentSchema:schema33.properties.endpoint,data:data22};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data21.max_retries !== undefined){let data23 = data21.max_retries;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err51 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/type",keyword:"type",params:{type: "integer"},schema:schema33.properties.max_retries.type,parentSchema:schema33.properties.max_retries,data:data23};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if((typeof data23 == "number") && (isFinite(data23))){if(data23 > 5 || isNaN(data23)){const err52 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},schema:5,parentSchema:schema33.properties.max_retries,data:data23};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(data23 < 0 || isNaN(data23)){const err53 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema33.properties.max_retries,data:data23};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}if(data21.headers !== undefined){let data24 = data21.headers;if(Array.isArray(data24)){const len3 = data24.length;for(let i3=0; i3<len3; i3++){let data25 = data24[i3];if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.header_name === undefined){const err54 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers/" + i3,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_name"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data25};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data25.header_value === undefined){const err55 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers/" + i3,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_value"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data25};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}for(const key8 in data25){if(!((key8 === "header_name") || (key8 === "header_value"))){const err56 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers/" + i3,schemaPath:"#/$defs/webhook/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},schema:false,parentSchema:schema33.properties.headers.items,data:data25};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data25.header_name !== undefined){let data26 = data25.header_name;if(typeof data26 !== "string"){const err57 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers/" + i3+"/header_name",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_name/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_name.type,parentSchema:schema33.properties.headers.items.properties.header_name,data:data26};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data25.header_value !== undefined){let data27 = data25.header_value;if(typeof data27 !== "string"){const err58 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers/" + i3+"/header_value",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_value/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_value.type,parentSchema:schema33.properties.headers.items.properties.header_value,data:data27};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers/" + i3,schemaPath:"#/$defs/webhook/properties/headers/items/type",keyword:"type",params:{type: "object"},schema:schema33.properties.headers.items.type,parentSchema:schema33.properties.headers.items,data:data25};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent/headers",schemaPath:"#/$defs/webhook/properties/headers/type",keyword:"type",params:{type: "array"},schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data24};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/ms.MessagingEventNotification.ChatStateEvent",schemaPath:"#/$defs/webhook/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data:data21};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data["cqm.ExConversationChangeNotification"] !== undefined){let data28 = data["cqm.ExConversationChangeNotification"];if(data28 && typeof data28 == "object" && !Array.isArray(data28)){if(data28.endpoint === undefined){const err62 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification",schemaPath:"#/$defs/webhook/required",keyword:"required",params:{missingProperty: "endpoint"},schema:schema33.required,parentSchema:schema33,data:data28};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}for(const key9 in data28){if(!(((key9 === "endpoint") || (key9 === "max_retries")) || (key9 === "headers"))){const err63 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification",schemaPath:"#/$defs/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},schema:false,parentSchema:schema33,data:data28};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data28.endpoint !== undefined){let data29 = data28.endpoint;if(typeof data29 === "string"){if(!pattern5.test(data29)){const err64 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},schema:"^https://",parentSchema:schema33.properties.endpoint,data:data29};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/type",keyword:"type",params:{type: "string"},schema:schema33.properties.endpoint.type,parentSchema:schema33.properties.endpoint,data:data29};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data28.max_retries !== undefined){let data30 = data28.max_retries;if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){const err66 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/type",keyword:"type",params:{type: "integer"},schema:schema33.properties.max_retries.type,parentSchema:schema33.properties.max_retries,data:data30};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if((typeof data30 == "number") && (isFinite(data30))){if(data30 > 5 || isNaN(data30)){const err67 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},schema:5,parentSchema:schema33.properties.max_retries,data:data30};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(data30 < 0 || isNaN(data30)){const err68 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema33.properties.max_retries,data:data30};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}if(data28.headers !== undefined){let data31 = data28.headers;if(Array.isArray(data31)){const len4 = data31.length;for(let i4=0; i4<len4; i4++){let data32 = data31[i4];if(data32 && typeof data32 == "object" && !Array.isArray(data32)){if(data32.header_name === undefined){const err69 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers/" + i4,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_name"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data32};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data32.header_value === undefined){const err70 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers/" + i4,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_value"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data32};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}for(const key10 in data32){if(!((key10 === "header_name") || (key10 === "header_value"))){const err71 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers/" + i4,schemaPath:"#/$defs/webhook/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},schema:false,parentSchema:schema33.properties.headers.items,data:data32};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data32.header_name !== undefined){let data33 = data32.header_name;if(typeof data33 !== "string"){const err72 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers/" + i4+"/header_name",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_name/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_name.type,parentSchema:schema33.properties.headers.items.properties.header_name,data:data33};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data32.header_value !== undefined){let data34 = data32.header_value;if(typeof data34 !== "string"){const err73 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers/" + i4+"/header_value",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_value/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_value.type,parentSchema:schema33.properties.headers.items.properties.header_value,data:data34};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers/" + i4,schemaPath:"#/$defs/webhook/properties/headers/items/type",keyword:"type",params:{type: "object"},schema:schema33.properties.headers.items.type,parentSchema:schema33.properties.headers.items,data:data32};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification/headers",schemaPath:"#/$defs/webhook/properties/headers/type",keyword:"type",params:{type: "array"},schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data31};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}else {const err76 = {instancePath:instancePath+"/cqm.ExConversationChangeNotification",schemaPath:"#/$defs/webhook/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data:data28};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data.retry !== undefined){let data35 = data.retry;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){if(data35.retention_time === undefined){const err77 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/required",keyword:"required",params:{missingProperty: "retention_time"},schema:schema32.properties.retry.required,parentSchema:schema32.properties.retry,data:data35};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}for(const key11 in data35){if(!(key11 === "retention_time")){const err78 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},schema:false,parentSchema:schema32.properties.retry,data:data35};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data35.retention_time !== undefined){let data36 = data35.retention_time;if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){const err79 = {instancePath:instancePath+"/retry/retention_time",schemaPath:"#/properties/retry/properties/retention_time/type",keyword:"type",params:{type: "integer"},schema:schema32.properties.retry.properties.retention_time.type,parentSchema:schema32.properties.retry.properties.retention_time,data:data36};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if((typeof data36 == "number") && (isFinite(data36))){if(data36 > 259200 || isNaN(data36)){const err80 = {instancePath:instancePath+"/retry/retention_time",schemaPath:"#/properties/retry/properties/retention_time/maximum",keyword:"maximum",params:{comparison: "<=", limit: 259200},schema:259200,parentSchema:schema32.properties.retry.properties.retention_time,data:data36};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data36 < 2 || isNaN(data36)){const err81 = {instancePath:instancePath+"/retry/retention_time",schemaPath:"#/properties/retry/properties/retention_time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},schema:2,parentSchema:schema32.properties.retry.properties.retention_time,data:data36};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}}else {const err82 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/type",keyword:"type",params:{type: "object"},schema:schema32.properties.retry.type,parentSchema:schema32.properties.retry,data:data35};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}var props0 = {};props0["ms.MessagingEventNotification.ContentEvent"] = true;props0["ms.MessagingEventNotification.RichContentEvent"] = true;props0["ms.MessagingEventNotification.AcceptStatusEvent"] = true;props0["ms.MessagingEventNotification.ChatStateEvent"] = true;props0["cqm.ExConversationChangeNotification"] = true;props0.retry = true;for(const key12 in data){if(pattern10.test(key12)){let data37 = data[key12];if(data37 && typeof data37 == "object" && !Array.isArray(data37)){if(data37.endpoint === undefined){const err83 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/webhook/required",keyword:"required",params:{missingProperty: "endpoint"},schema:schema33.required,parentSchema:schema33,data:data37};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}for(const key13 in data37){if(!(((key13 === "endpoint") || (key13 === "max_retries")) || (key13 === "headers"))){const err84 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},schema:false,parentSchema:schema33,data:data37};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data37.endpoint !== undefined){let data38 = data37.endpoint;if(typeof data38 === "string"){if(!pattern5.test(data38)){const err85 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},schema:"^https://",parentSchema:schema33.properties.endpoint,data:data38};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}else {const err86 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint",schemaPath:"#/$defs/webhook/properties/endpoint/type",keyword:"type",params:{type: "string"},schema:schema33.properties.endpoint.type,parentSchema:schema33.properties.endpoint,data:data38};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data37.max_retries !== undefined){let data39 = data37.max_retries;if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){const err87 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/type",keyword:"type",params:{type: "integer"},schema:schema33.properties.max_retries.type,parentSchema:schema33.properties.max_retries,data:data39};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if((typeof data39 == "number") && (isFinite(data39))){if(data39 > 5 || isNaN(data39)){const err88 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},schema:5,parentSchema:schema33.properties.max_retries,data:data39};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}if(data39 < 0 || isNaN(data39)){const err89 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_retries",schemaPath:"#/$defs/webhook/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema33.properties.max_retries,data:data39};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}}if(data37.headers !== undefined){let data40 = data37.headers;if(Array.isArray(data40)){const len5 = data40.length;for(let i5=0; i5<len5; i5++){let data41 = data40[i5];if(data41 && typeof data41 == "object" && !Array.isArray(data41)){if(data41.header_name === undefined){const err90 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + i5,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_name"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data41};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}if(data41.header_value === undefined){const err91 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + i5,schemaPath:"#/$defs/webhook/properties/headers/items/required",keyword:"required",params:{missingProperty: "header_value"},schema:schema33.properties.headers.items.required,parentSchema:schema33.properties.headers.items,data:data41};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}for(const key14 in data41){if(!((key14 === "header_name") || (key14 === "header_value"))){const err92 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + i5,schemaPath:"#/$defs/webhook/properties/headers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},schema:false,parentSchema:schema33.properties.headers.items,data:data41};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data41.header_name !== undefined){let data42 = data41.header_name;if(typeof data42 !== "string"){const err93 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + i5+"/header_name",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_name/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_name.type,parentSchema:schema33.properties.headers.items.properties.header_name,data:data42};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data41.header_value !== undefined){let data43 = data41.header_value;if(typeof data43 !== "string"){const err94 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + i5+"/header_value",schemaPath:"#/$defs/webhook/properties/headers/items/properties/header_value/type",keyword:"type",params:{type: "string"},schema:schema33.properties.headers.items.properties.header_value.type,parentSchema:schema33.properties.headers.items.properties.header_value,data:data43};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}}else {const err95 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + i5,schemaPath:"#/$defs/webhook/properties/headers/items/type",keyword:"type",params:{type: "object"},schema:schema33.properties.headers.items.type,parentSchema:schema33.properties.headers.items,data:data41};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}}else {const err96 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers",schemaPath:"#/$defs/webhook/properties/headers/type",keyword:"type",params:{type: "array"},schema:schema33.properties.headers.type,parentSchema:schema33.properties.headers,data:data40};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/webhook/type",keyword:"type",params:{type: "object"},schema:schema33.type,parentSchema:schema33,data:data37};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}props0[key12] = true;}}}else {const err98 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}validate21.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate21.evaluated = {"dynamicProps":true,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://raw.githubusercontent.com/lp-manifest/liveperson-manifest-action/v1/schemas/liveperson-app-manifest.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.client_name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_name"},schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((func1.call(schema31.properties, key0)) || (pattern4.test(key0)))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.client_name !== undefined){let data0 = data.client_name;if(typeof data0 === "string"){if(func2(data0) > 128){const err2 = {instancePath:instancePath+"/client_name",schemaPath:"#/properties/client_name/maxLength",keyword:"maxLength",params:{limit: 128},schema:128,parentSchema:schema31.properties.client_name,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/client_name",schemaPath:"#/properties/client_name/type",keyword:"type",params:{type: "string"},schema:schema31.properties.client_name.type,parentSchema:schema31.properties.client_name,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.display_name !== undefined){let data1 = data.display_name;if(typeof data1 === "string"){if(func2(data1) > 128){const err4 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/maxLength",keyword:"maxLength",params:{limit: 128},schema:128,parentSchema:schema31.properties.display_name,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"},schema:schema31.properties.display_name.type,parentSchema:schema31.properties.display_name,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.description !== undefined){let data2 = data.description;if(typeof data2 === "string"){if(func2(data2) > 256){const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 256},schema:256,parentSchema:schema31.properties.description,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.grant_types !== undefined){let data3 = data.grant_types;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/grant_types/" + i0,schemaPath:"#/properties/grant_types/items/type",keyword:"type",params:{type: "string"},schema:schema31.properties.grant_types.items.type,parentSchema:schema31.properties.grant_types.items,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((data4 === "client_credentials") || (data4 === "authorization_code")) || (data4 === "refresh_token"))){const err9 = {instancePath:instancePath+"/grant_types/" + i0,schemaPath:"#/properties/grant_types/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.grant_types.items.enum},schema:schema31.properties.grant_types.items.enum,parentSchema:schema31.properties.grant_types.items,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}let i1 = data3.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data3[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err10 = {instancePath:instancePath+"/grant_types",schemaPath:"#/properties/grant_types/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},schema:true,parentSchema:schema31.properties.grant_types,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;break;}indices0[item0] = i1;}}}else {const err11 = {instancePath:instancePath+"/grant_types",schemaPath:"#/properties/grant_types/type",keyword:"type",params:{type: "array"},schema:schema31.properties.grant_types.type,parentSchema:schema31.properties.grant_types,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.redirect_uris !== undefined){let data5 = data.redirect_uris;if(Array.isArray(data5)){const len1 = data5.length;for(let i2=0; i2<len1; i2++){let data6 = data5[i2];if(typeof data6 === "string"){if(func2(data6) > 128){const err12 = {instancePath:instancePath+"/redirect_uris/" + i2,schemaPath:"#/properties/redirect_uris/items/maxLength",keyword:"maxLength",params:{limit: 128},schema:128,parentSchema:schema31.properties.redirect_uris.items,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/redirect_uris/" + i2,schemaPath:"#/properties/redirect_uris/items/type",keyword:"type",params:{type: "string"},schema:schema31.properties.redirect_uris.items.type,parentSchema:schema31.properties.redirect_uris.items,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}let i3 = data5.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data5[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err14 = {instancePath:instancePath+"/redirect_uris",schemaPath:"#/properties/redirect_uris/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},schema:true,parentSchema:schema31.properties.redirect_uris,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;break;}indices1[item1] = i3;}}}else {const err15 = {instancePath:instancePath+"/redirect_uris",schemaPath:"#/properties/redirect_uris/type",keyword:"type",params:{type: "array"},schema:schema31.properties.redirect_uris.type,parentSchema:schema31.properties.redirect_uris,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.response_types !== undefined){let data7 = data.response_types;if(Array.isArray(data7)){const len2 = data7.length;for(let i4=0; i4<len2; i4++){let data8 = data7[i4];if(typeof data8 !== "string"){const err16 = {instancePath:instancePath+"/response_types/" + i4,schemaPath:"#/properties/response_types/items/type",keyword:"type",params:{type: "string"},schema:schema31.properties.response_types.items.type,parentSchema:schema31.properties.response_types.items,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!((((data8 === "code") || (data8 === "token")) || (data8 === "id_token")) || (data8 === "id_token token"))){const err17 = {instancePath:instancePath+"/response_types/" + i4,schemaPath:"#/properties/response_types/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.response_types.items.enum},schema:schema31.properties.response_types.items.enum,parentSchema:schema31.properties.response_types.items,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}let i5 = data7.length;let j2;if(i5 > 1){const indices2 = {};for(;i5--;){let item2 = data7[i5];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err18 = {instancePath:instancePath+"/response_types",schemaPath:"#/properties/response_types/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},schema:true,parentSchema:schema31.properties.response_types,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;break;}indices2[item2] = i5;}}}else {const err19 = {instancePath:instancePath+"/response_types",schemaPath:"#/properties/response_types/type",keyword:"type",params:{type: "array"},schema:schema31.properties.response_types.type,parentSchema:schema31.properties.response_types,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.scope !== undefined){let data9 = data.scope;if(typeof data9 === "string"){if(func2(data9) > 128){const err20 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/maxLength",keyword:"maxLength",params:{limit: 128},schema:128,parentSchema:schema31.properties.scope,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},schema:schema31.properties.scope.type,parentSchema:schema31.properties.scope,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.logo_uri !== undefined){let data10 = data.logo_uri;if(typeof data10 === "string"){if(func2(data10) > 1024){const err22 = {instancePath:instancePath+"/logo_uri",schemaPath:"#/properties/logo_uri/maxLength",keyword:"maxLength",params:{limit: 1024},schema:1024,parentSchema:schema31.properties.logo_uri,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/logo_uri",schemaPath:"#/properties/logo_uri/type",keyword:"type",params:{type: "string"},schema:schema31.properties.logo_uri.type,parentSchema:schema31.properties.logo_uri,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.capabilities !== undefined){let data11 = data.capabilities;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key1 in data11){if(!((key1 === "webhooks") || (key1 === "engagement"))){const err24 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},schema:false,parentSchema:schema31.properties.capabilities,data:data11};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data11.webhooks !== undefined){if(!(validate21(data11.webhooks, {instancePath:instancePath+"/capabilities/webhooks",parentData:data11,parentDataProperty:"webhooks",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}if(data11.engagement !== undefined){let data13 = data11.engagement;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.design_engagement === undefined){const err25 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "design_engagement"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data13.design_window === undefined){const err26 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "design_window"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data13.entry_point === undefined){const err27 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "entry_point"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data13.visitor_behavior === undefined){const err28 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "visitor_behavior"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data13.target_audience === undefined){const err29 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "target_audience"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data13.goal === undefined){const err30 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "goal"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data13.consumer_identity === undefined){const err31 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "consumer_identity"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data13.language_selection === undefined){const err32 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/required",keyword:"required",params:{missingProperty: "language_selection"},schema:schema39.required,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key2 in data13){if(!((((((((key2 === "design_engagement") || (key2 === "design_window")) || (key2 === "entry_point")) || (key2 === "visitor_behavior")) || (key2 === "target_audience")) || (key2 === "goal")) || (key2 === "consumer_identity")) || (key2 === "language_selection"))){const err33 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},schema:false,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data13.design_engagement !== undefined){let data14 = data13.design_engagement;if(typeof data14 !== "boolean"){const err34 = {instancePath:instancePath+"/capabilities/engagement/design_engagement",schemaPath:"#/$defs/engagement/properties/design_engagement/type",keyword:"type",params:{type: "boolean"},schema:schema39.properties.design_engagement.type,parentSchema:schema39.properties.design_engagement,data:data14};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data13.design_window !== undefined){let data15 = data13.design_window;if(typeof data15 !== "boolean"){const err35 = {instancePath:instancePath+"/capabilities/engagement/design_window",schemaPath:"#/$defs/engagement/properties/design_window/type",keyword:"type",params:{type: "boolean"},schema:schema39.properties.design_window.type,parentSchema:schema39.properties.design_window,data:data15};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data13.entry_point !== undefined){let data16 = data13.entry_point;if(Array.isArray(data16)){const len3 = data16.length;for(let i6=0; i6<len3; i6++){let data17 = data16[i6];if(typeof data17 !== "string"){const err36 = {instancePath:instancePath+"/capabilities/engagement/entry_point/" + i6,schemaPath:"#/$defs/engagement/properties/entry_point/items/type",keyword:"type",params:{type: "string"},schema:schema39.properties.entry_point.items.type,parentSchema:schema39.properties.entry_point.items,data:data17};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(!((data17 === "section") || (data17 === "url"))){const err37 = {instancePath:instancePath+"/capabilities/engagement/entry_point/" + i6,schemaPath:"#/$defs/engagement/properties/entry_point/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.entry_point.items.enum},schema:schema39.properties.entry_point.items.enum,parentSchema:schema39.properties.entry_point.items,data:data17};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}let i7 = data16.length;let j3;if(i7 > 1){const indices3 = {};for(;i7--;){let item3 = data16[i7];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err38 = {instancePath:instancePath+"/capabilities/engagement/entry_point",schemaPath:"#/$defs/engagement/properties/entry_point/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},schema:true,parentSchema:schema39.properties.entry_point,data:data16};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;break;}indices3[item3] = i7;}}}else {const err39 = {instancePath:instancePath+"/capabilities/engagement/entry_point",schemaPath:"#/$defs/engagement/properties/entry_point/type",keyword:"type",params:{type: "array"},schema:schema39.properties.entry_point.type,parentSchema:schema39.properties.entry_point,data:data16};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data13.visitor_behavior !== undefined){let data18 = data13.visitor_behavior;if(Array.isArray(data18)){const len4 = data18.length;for(let i8=0; i8<len4; i8++){let data19 = data18[i8];if(typeof data19 !== "string"){const err40 = {instancePath:instancePath+"/capabilities/engagement/visitor_behavior/" + i8,schemaPath:"#/$defs/engagement/properties/visitor_behavior/items/type",keyword:"type",params:{type: "string"},schema:schema39.properties.visitor_behavior.items.type,parentSchema:schema39.properties.visitor_behavior.items,data:data19};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(!((((((((((data19 === "visited_location") || (data19 === "time_on_location")) || (data19 === "flow")) || (data19 === "engaged_in_session")) || (data19 === "about_to_abandon")) || (data19 === "cart_value")) || (data19 === "cart_items")) || (data19 === "visitor_error")) || (data19 === "viewed_products")) || (data19 === "service_activity"))){const err41 = {instancePath:instancePath+"/capabilities/engagement/visitor_behavior/" + i8,schemaPath:"#/$defs/engagement/properties/visitor_behavior/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.visitor_behavior.items.enum},schema:schema39.properties.visitor_behavior.items.enum,parentSchema:schema39.properties.visitor_behavior.items,data:data19};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}let i9 = data18.length;let j4;if(i9 > 1){const indices4 = {};for(;i9--;){let item4 = data18[i9];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err42 = {instancePath:instancePath+"/capabilities/engagement/visitor_behavior",schemaPath:"#/$defs/engagement/properties/visitor_behavior/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},schema:true,parentSchema:schema39.properties.visitor_behavior,data:data18};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;break;}indices4[item4] = i9;}}}else {const err43 = {instancePath:instancePath+"/capabilities/engagement/visitor_behavior",schemaPath:"#/$defs/engagement/properties/visitor_behavior/type",keyword:"type",params:{type: "array"},schema:schema39.properties.visitor_behavior.type,parentSchema:schema39.properties.visitor_behavior,data:data18};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data13.target_audience !== undefined){let data20 = data13.target_audience;if(Array.isArray(data20)){const len5 = data20.length;for(let i10=0; i10<len5; i10++){let data21 = data20[i10];if(typeof data21 !== "string"){const err44 = {instancePath:instancePath+"/capabilities/engagement/target_audience/" + i10,schemaPath:"#/$defs/engagement/properties/target_audience/items/type",keyword:"type",params:{type: "string"},schema:schema39.properties.target_audience.items.type,parentSchema:schema39.properties.target_audience.items,data:data21};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(!((((((((((((((((data21 === "external_referral") || (data21 === "search_keywords")) || (data21 === "ip")) || (data21 === "platform")) || (data21 === "geo_location")) || (data21 === "returning_visitors")) || (data21 === "marketing_source")) || (data21 === "customer_type")) || (data21 === "age")) || (data21 === "balance")) || (data21 === "customer_id")) || (data21 === "gender")) || (data21 === "store_zip_code")) || (data21 === "store_number")) || (data21 === "company_size")) || (data21 === "registration_date"))){const err45 = {instancePath:instancePath+"/capabilities/engagement/target_audience/" + i10,schemaPath:"#/$defs/engagement/properties/target_audience/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.target_audience.items.enum},schema:schema39.properties.target_audience.items.enum,parentSchema:schema39.properties.target_audience.items,data:data21};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}let i11 = data20.length;let j5;if(i11 > 1){const indices5 = {};for(;i11--;){let item5 = data20[i11];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err46 = {instancePath:instancePath+"/capabilities/engagement/target_audience",schemaPath:"#/$defs/engagement/properties/target_audience/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},schema:true,parentSchema:schema39.properties.target_audience,data:data20};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;break;}indices5[item5] = i11;}}}else {const err47 = {instancePath:instancePath+"/capabilities/engagement/target_audience",schemaPath:"#/$defs/engagement/properties/target_audience/type",keyword:"type",params:{type: "array"},schema:schema39.properties.target_audience.type,parentSchema:schema39.properties.target_audience,data:data20};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data13.goal !== undefined){let data22 = data13.goal;if(Array.isArray(data22)){const len6 = data22.length;for(let i12=0; i12<len6; i12++){let data23 = data22[i12];if(typeof data23 !== "string"){const err48 = {instancePath:instancePath+"/capabilities/engagement/goal/" + i12,schemaPath:"#/$defs/engagement/properties/goal/items/type",keyword:"type",params:{type: "string"},schema:schema39.properties.goal.items.type,parentSchema:schema39.properties.goal.items,data:data23};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(!(((((data23 === "url") || (data23 === "purchase_total")) || (data23 === "num_of_pages")) || (data23 === "lead")) || (data23 === "service_activity"))){const err49 = {instancePath:instancePath+"/capabilities/engagement/goal/" + i12,schemaPath:"#/$defs/engagement/properties/goal/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.goal.items.enum},schema:schema39.properties.goal.items.enum,parentSchema:schema39.properties.goal.items,data:data23};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}let i13 = data22.length;let j6;if(i13 > 1){const indices6 = {};for(;i13--;){let item6 = data22[i13];if(typeof item6 !== "string"){continue;}if(typeof indices6[item6] == "number"){j6 = indices6[item6];const err50 = {instancePath:instancePath+"/capabilities/engagement/goal",schemaPath:"#/$defs/engagement/properties/goal/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},schema:true,parentSchema:schema39.properties.goal,data:data22};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;break;}indices6[item6] = i13;}}}else {const err51 = {instancePath:instancePath+"/capabilities/engagement/goal",schemaPath:"#/$defs/engagement/properties/goal/type",keyword:"type",params:{type: "array"},schema:schema39.properties.goal.type,parentSchema:schema39.properties.goal,data:data22};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data13.consumer_identity !== undefined){let data24 = data13.consumer_identity;if(Array.isArray(data24)){const len7 = data24.length;for(let i14=0; i14<len7; i14++){let data25 = data24[i14];if(typeof data25 !== "string"){const err52 = {instancePath:instancePath+"/capabilities/engagement/consumer_identity/" + i14,schemaPath:"#/$defs/engagement/properties/consumer_identity/items/type",keyword:"type",params:{type: "string"},schema:schema39.properties.consumer_identity.items.type,parentSchema:schema39.properties.consumer_identity.items,data:data25};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(!((data25 === "auth") || (data25 === "unauth"))){const err53 = {instancePath:instancePath+"/capabilities/engagement/consumer_identity/" + i14,schemaPath:"#/$defs/engagement/properties/consumer_identity/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.consumer_identity.items.enum},schema:schema39.properties.consumer_identity.items.enum,parentSchema:schema39.properties.consumer_identity.items,data:data25};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}let i15 = data24.length;let j7;if(i15 > 1){const indices7 = {};for(;i15--;){let item7 = data24[i15];if(typeof item7 !== "string"){continue;}if(typeof indices7[item7] == "number"){j7 = indices7[item7];const err54 = {instancePath:instancePath+"/capabilities/engagement/consumer_identity",schemaPath:"#/$defs/engagement/properties/consumer_identity/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j7},schema:true,parentSchema:schema39.properties.consumer_identity,data:data24};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;break;}indices7[item7] = i15;}}}else {const err55 = {instancePath:instancePath+"/capabilities/engagement/consumer_identity",schemaPath:"#/$defs/engagement/properties/consumer_identity/type",keyword:"type",params:{type: "array"},schema:schema39.properties.consumer_identity.type,parentSchema:schema39.properties.consumer_identity,data:data24};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data13.language_selection !== undefined){let data26 = data13.language_selection;if(typeof data26 !== "boolean"){const err56 = {instancePath:instancePath+"/capabilities/engagement/language_selection",schemaPath:"#/$defs/engagement/properties/language_selection/type",keyword:"type",params:{type: "boolean"},schema:schema39.properties.language_selection.type,parentSchema:schema39.properties.language_selection,data:data26};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/capabilities/engagement",schemaPath:"#/$defs/engagement/type",keyword:"type",params:{type: "object"},schema:schema39.type,parentSchema:schema39,data:data13};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/type",keyword:"type",params:{type: "object"},schema:schema31.properties.capabilities.type,parentSchema:schema31.properties.capabilities,data:data11};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.enabled !== undefined){let data27 = data.enabled;if(typeof data27 !== "boolean"){const err59 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},schema:schema31.properties.enabled.type,parentSchema:schema31.properties.enabled,data:data27};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.quick_launch_enabled !== undefined){let data28 = data.quick_launch_enabled;if(typeof data28 !== "boolean"){const err60 = {instancePath:instancePath+"/quick_launch_enabled",schemaPath:"#/properties/quick_launch_enabled/type",keyword:"type",params:{type: "boolean"},schema:schema31.properties.quick_launch_enabled.type,parentSchema:schema31.properties.quick_launch_enabled,data:data28};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.entry_uri !== undefined){let data29 = data.entry_uri;if(typeof data29 === "string"){if(func2(data29) > 1024){const err61 = {instancePath:instancePath+"/entry_uri",schemaPath:"#/properties/entry_uri/maxLength",keyword:"maxLength",params:{limit: 1024},schema:1024,parentSchema:schema31.properties.entry_uri,data:data29};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/entry_uri",schemaPath:"#/properties/entry_uri/type",keyword:"type",params:{type: "string"},schema:schema31.properties.entry_uri.type,parentSchema:schema31.properties.entry_uri,data:data29};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.enabled_for_profiles !== undefined){let data30 = data.enabled_for_profiles;if(Array.isArray(data30)){const len8 = data30.length;for(let i16=0; i16<len8; i16++){let data31 = data30[i16];if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err63 = {instancePath:instancePath+"/enabled_for_profiles/" + i16,schemaPath:"#/properties/enabled_for_profiles/items/type",keyword:"type",params:{type: "integer"},schema:schema31.properties.enabled_for_profiles.items.type,parentSchema:schema31.properties.enabled_for_profiles.items,data:data31};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if((typeof data31 == "number") && (isFinite(data31))){if(data31 < 1 || isNaN(data31)){const err64 = {instancePath:instancePath+"/enabled_for_profiles/" + i16,schemaPath:"#/properties/enabled_for_profiles/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},schema:1,parentSchema:schema31.properties.enabled_for_profiles.items,data:data31};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}let i17 = data30.length;let j8;if(i17 > 1){const indices8 = {};for(;i17--;){let item8 = data30[i17];if(!(((typeof item8 == "number") && (!(item8 % 1) && !isNaN(item8))) && (isFinite(item8)))){continue;}if(typeof indices8[item8] == "number"){j8 = indices8[item8];const err65 = {instancePath:instancePath+"/enabled_for_profiles",schemaPath:"#/properties/enabled_for_profiles/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j8},schema:true,parentSchema:schema31.properties.enabled_for_profiles,data:data30};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;break;}indices8[item8] = i17;}}}else {const err66 = {instancePath:instancePath+"/enabled_for_profiles",schemaPath:"#/properties/enabled_for_profiles/type",keyword:"type",params:{type: "array"},schema:schema31.properties.enabled_for_profiles.type,parentSchema:schema31.properties.enabled_for_profiles,data:data30};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}for(const key3 in data){if(pattern4.test(key3)){let data32 = data[key3];if(typeof data32 === "string"){if(func2(data32) > 128){const err67 = {instancePath:instancePath+"/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5Eclient_name%23/maxLength",keyword:"maxLength",params:{limit: 128},schema:128,parentSchema:schema31.patternProperties["^client_name#"],data:data32};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5Eclient_name%23/type",keyword:"type",params:{type: "string"},schema:schema31.patternProperties["^client_name#"].type,parentSchema:schema31.patternProperties["^client_name#"],data:data32};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}}else {const err69 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
/******/ var __webpack_exports__ = __nccwpck_require__(957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
