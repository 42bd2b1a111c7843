export const id = 755;
export const ids = [755];
export const modules = {

/***/ 7755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildRdjson: () => (/* binding */ buildRdjson),
/* harmony export */   formatRdjson: () => (/* binding */ formatRdjson),
/* harmony export */   rdjsonChunks: () => (/* binding */ rdjsonChunks)
/* harmony export */ });
/* harmony import */ var _tool_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4574);

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
    const readme = options.readmeUrl ?? _tool_info_js__WEBPACK_IMPORTED_MODULE_0__/* .README_URL */ .Xh;
    const diagnostics = [];
    for (const file of report.files) {
        if (file.findings.length === 0)
            continue;
        const columns = new ByteColumns(options.source(file.path));
        for (const f of file.findings)
            diagnostics.push(diagnostic(file.path, f, columns, readme));
    }
    return { source: { name: _tool_info_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .lH, url: _tool_info_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_URL */ .ld }, diagnostics };
}
function formatRdjson(report, options) {
    return JSON.stringify(buildRdjson(report, options), null, 2) + '\n';
}
/**
 * formatRdjson's text in pieces, one file's diagnostics at a time (text-stream.ts): each file's
 * text is asked for when its diagnostics are written, and dropped after.
 */
async function* rdjsonChunks(report, options) {
    const readme = options.readmeUrl ?? _tool_info_js__WEBPACK_IMPORTED_MODULE_0__/* .README_URL */ .Xh;
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


/***/ })

};
