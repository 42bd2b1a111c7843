export const id = 525;
export const ids = [525];
export const modules = {

/***/ 525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   codeQualityIssues: () => (/* binding */ codeQualityIssues),
/* harmony export */   formatCodeClimate: () => (/* binding */ formatCodeClimate)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2586);
/* harmony import */ var _text_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9866);
// --format codeclimate: GitLab Code Quality (artifacts:reports:codequality), a JSON array of issues
// with the fields GitLab documents: description, check_name, fingerprint, severity, location.path,
// location.lines.begin. The fingerprint is stable across runs (SHA-256 of the path, the rule, the
// message and how many identical findings came before in the file, not the line: a finding that
// only moves is the same finding to GitLab's comparison of the merge request with its base).



/** As ESLint's GitLab formatters map them: an error is major, a warning minor. */
const SEVERITY = { error: 'major', warning: 'minor' };
function codeQualityIssues(report) {
    const issues = [];
    for (const file of report.files) {
        const path = (0,_text_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(file.path);
        const seen = new Map();
        const fingerprint = (rule, message) => {
            const key = `${rule}\0${message}`;
            const n = seen.get(key) ?? 0;
            seen.set(key, n + 1);
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${path}\0${key}\0${n}`).digest('hex');
        };
        for (const f of file.findings) {
            issues.push({
                description: f.message,
                check_name: f.rule,
                fingerprint: fingerprint(f.rule, f.message),
                severity: SEVERITY[f.severity],
                location: { path, lines: { begin: f.line, end: f.endLine } },
            });
        }
        // Counted past the listing limit: one issue per rule and severity, at the top of the file.
        for (const o of file.omitted ?? []) {
            const description = (0,_text_report_js__WEBPACK_IMPORTED_MODULE_2__/* .omittedNote */ .Vg)(o);
            issues.push({ description, check_name: o.rule, fingerprint: fingerprint(o.rule, description), severity: SEVERITY[o.severity], location: { path, lines: { begin: 1 } } });
        }
    }
    return issues;
}
function formatCodeClimate(report) {
    return JSON.stringify(codeQualityIssues(report), null, 2) + '\n';
}


/***/ })

};
