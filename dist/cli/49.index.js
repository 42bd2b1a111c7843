export const id = 49;
export const ids = [49];
export const modules = {

/***/ 7049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatJunit: () => (/* binding */ formatJunit),
/* harmony export */   xmlText: () => (/* binding */ xmlText)
/* harmony export */ });
/* harmony import */ var _text_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2586);
/* harmony import */ var _tool_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4574);
/* harmony import */ var _text_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9866);



/** Characters XML 1.0 cannot hold at all (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;
/** Characters that are valid XML but invisible, or line breaks: written as character references. */
const AS_REFERENCE = /[\t\n\r\u007F-\u009F\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
/** Text for an attribute value or element content. */
function xmlText(text) {
    return text
        .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c])
        .replace(AS_REFERENCE, (c) => `&#x${c.codePointAt(0).toString(16).toUpperCase()};`)
        .replace(/##\[/g, '##&#x5B;');
}
const attr = (name, value) => `${name}="${xmlText(String(value))}"`;
function formatJunit(report, options = {}) {
    const failOn = options.failOn ?? 'error';
    const fails = (f) => f.severity === 'error' || failOn === 'warning';
    const cases = [];
    let failed = 0;
    for (const file of report.files) {
        const path = (0,_text_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(file.path);
        const where = (f) => `${path}:${f.line}:${f.column}`;
        const lines = [];
        const out = [];
        for (const f of file.findings) {
            if (fails(f))
                lines.push(`      <failure ${attr('type', f.rule)} ${attr('message', `${f.line}:${f.column} ${f.message}`)}>${xmlText(`${where(f)}: ${f.severity} ${f.rule} ${f.message}`)}</failure>`);
            else
                out.push(`${where(f)}: ${f.severity} ${f.rule} ${f.message}`);
        }
        for (const o of file.omitted ?? []) {
            if (fails(o))
                lines.push(`      <failure ${attr('type', o.rule)} ${attr('message', (0,_text_report_js__WEBPACK_IMPORTED_MODULE_1__/* .omittedNote */ .Vg)(o))}>${xmlText(`${path}: ${(0,_text_report_js__WEBPACK_IMPORTED_MODULE_1__/* .omittedNote */ .Vg)(o)}`)}</failure>`);
            else
                out.push(`${path}: ${(0,_text_report_js__WEBPACK_IMPORTED_MODULE_1__/* .omittedNote */ .Vg)(o)}`);
        }
        if (lines.length > 0)
            failed++;
        if (out.length > 0)
            lines.push(`      <system-out>${xmlText(out.join('\n'))}</system-out>`);
        const open = `    <testcase ${attr('classname', 'LivePerson manifests')} ${attr('name', path)} time="0"`;
        cases.push(lines.length === 0 ? `${open}/>` : `${open}>\n${lines.join('\n')}\n    </testcase>`);
    }
    const counts = `${attr('tests', report.files.length)} ${attr('failures', failed)} errors="0"`;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites ${attr('name', _tool_info_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH)} ${counts} time="0">`,
        `  <testsuite ${attr('name', 'LivePerson manifests')} ${counts} skipped="0" time="0">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}


/***/ })

};
