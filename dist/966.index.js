export const id = 966;
export const ids = [966];
export const modules = {

/***/ 8966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSarif: () => (/* binding */ buildSarif),
/* harmony export */   formatSarif: () => (/* binding */ formatSarif),
/* harmony export */   sarifChunks: () => (/* binding */ sarifChunks)
/* harmony export */ });
/* harmony import */ var _rules_catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1062);
/* harmony import */ var _text_describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2586);
/* harmony import */ var _tool_info_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4574);
/* harmony import */ var _text_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9866);
/* harmony import */ var _text_stream_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5124);





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
                message: { text: `${(0,_text_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(file.path)}: ${(0,_text_report_js__WEBPACK_IMPORTED_MODULE_2__/* .omittedNote */ .Vg)(o)}` },
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
    const readme = options.readmeUrl ?? _tool_info_js__WEBPACK_IMPORTED_MODULE_3__/* .README_URL */ .Xh;
    const ruleIndex = new Map(_rules_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0.map((r, i) => [r.id, i]));
    const omitted = report.files.some((f) => f.omitted !== undefined && f.omitted.length > 0);
    const invocations = [{ executionSuccessful: true, toolExecutionNotifications: list(notificationsOf(report, ruleIndex)) }];
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: _tool_info_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .lH,
                        version: _tool_info_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_VERSION */ .wr,
                        semanticVersion: _tool_info_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_VERSION */ .wr,
                        informationUri: _tool_info_js__WEBPACK_IMPORTED_MODULE_3__/* .REPOSITORY_URL */ .ld,
                        rules: _rules_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0.map((r) => ({
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
    return (0,_text_stream_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonChunks */ .VQ)(sarifLog(report, options, (items) => new _text_stream_js__WEBPACK_IMPORTED_MODULE_4__/* .StreamedArray */ .zV(items)));
}
function formatSarif(report, options = {}) {
    return (0,_text_stream_js__WEBPACK_IMPORTED_MODULE_4__/* .joinChunks */ .dR)(sarifChunks(report, options));
}


/***/ })

};
