export const id = 602;
export const ids = [602];
export const modules = {

/***/ 2602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HEADER_PLACEHOLDER: () => (/* binding */ HEADER_PLACEHOLDER),
/* harmony export */   exportPlan: () => (/* binding */ exportPlan),
/* harmony export */   writeExport: () => (/* binding */ writeExport)
/* harmony export */ });
/* unused harmony exports safeFileStem, manifestOf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _schema_schema_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6265);
// `lp-manifest --account ID --export-installed DIR`: each installed app written as a manifest file,
// to start a repository from what is installed. The fields LivePerson sets (id, client_id,
// client_secret, ..., capabilities.broadcast) are removed; header values become "<set me>" unless
// asked for (--include-header-values: either may be a secret). File names come from client_name,
// reduced to letters, digits, - and _ (never a path); a repeat gets a suffix; no file is overwritten
// (an existing one is skipped and said). The caller checks the written files like any manifest.



const HEADER_PLACEHOLDER = '<set me>';
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** "Bot: FAQ (EN)" -> "Bot-FAQ-EN"; at most 80 characters; "app" when nothing is left. */
function safeFileStem(clientName) {
    const stem = clientName
        .slice(0, 400)
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-_]+|[-_]+$/g, '')
        .slice(0, 80)
        .replace(/[-_]+$/, '');
    return stem === '' ? 'app' : stem;
}
/** The manifest of an installed app: server fields removed, header values hidden unless asked. */
function manifestOf(app, includeHeaderValues) {
    const manifest = {};
    let placeholders = 0;
    for (const key of Object.keys(app)) {
        if (_schema_schema_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVER_FIELDS */ .c0.includes(key))
            continue;
        manifest[key] = app[key];
    }
    const capabilities = manifest['capabilities'];
    if (isRecord(capabilities)) {
        const copy = { ...capabilities };
        delete copy['broadcast'];
        const webhooks = copy['webhooks'];
        if (isRecord(webhooks)) {
            const hooks = {};
            for (const event of Object.keys(webhooks)) {
                const hook = webhooks[event];
                const headers = isRecord(hook) ? hook['headers'] : undefined;
                if (!isRecord(hook) || !Array.isArray(headers) || includeHeaderValues) {
                    hooks[event] = hook;
                    continue;
                }
                hooks[event] = {
                    ...hook,
                    headers: headers.map((h) => {
                        if (!isRecord(h) || !Object.prototype.hasOwnProperty.call(h, 'header_value'))
                            return h;
                        placeholders++;
                        return { ...h, header_value: HEADER_PLACEHOLDER };
                    }),
                };
            }
            copy['webhooks'] = hooks;
        }
        manifest['capabilities'] = copy;
    }
    return { manifest, placeholders };
}
/** The files to write, named after client_name (a repeat gets -2, -3, ...); deleted installations left out. */
function exportPlan(installations, includeHeaderValues) {
    const used = new Set();
    const out = [];
    for (const app of installations) {
        if (app['deleted'] === true)
            continue;
        const clientName = typeof app['client_name'] === 'string' ? app['client_name'] : '';
        const stem = safeFileStem(clientName);
        let fileName = `${stem}.json`;
        for (let n = 2; used.has(fileName.toLowerCase()); n++)
            fileName = `${stem}-${n}.json`;
        used.add(fileName.toLowerCase());
        const { manifest, placeholders } = manifestOf(app, includeHeaderValues);
        out.push({ fileName, clientName, text: JSON.stringify(manifest, null, 2) + '\n', placeholders });
    }
    return out;
}
/** Writes the plan into `dir` (made if missing), never over an existing file or through a link. */
async function writeExport(dir, plan) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const written = [];
    const skipped = [];
    for (const file of plan) {
        try {
            // wx: fails if anything (a file, a symbolic link) is at the name.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file.fileName), file.text, { flag: 'wx' });
            written.push(file);
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            skipped.push(file);
        }
    }
    return { written, skipped };
}


/***/ })

};
