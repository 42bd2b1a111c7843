export const id = 764;
export const ids = [764];
export const modules = {

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AccountError: () => (/* binding */ AccountError),
/* harmony export */   PartialReadError: () => (/* binding */ PartialReadError),
/* harmony export */   readAccount: () => (/* binding */ readAccount)
/* harmony export */ });
/* unused harmony exports DEFAULT_CSDS_URL, DEFAULT_TIMEOUT_MS, MAX_RESPONSE_BYTES, MAX_TRIES, ACCOUNT_ID, isLoopbackHost, csdsBase, errorMessageOf, describeFaultKind */
// A read-only client of a LivePerson account: the Domain API (CSDS), the Login Service (user or
// application login), the Profiles API, the App Installation API, and logout. It only reads: nothing
// but the login, the reads and the logout is ever sent, and no manifest content. Used by the action
// and the command line (loaded lazily: a run without credentials never imports it); the pure core
// gets what it reads as plain values (AccountFacts in src/semantic/account-facts.ts).
//
// Every request has a timeout and a response size limit, and is retried per LivePerson's retry
// policy, bounded for CI: a 4xx is final (429 waits at least 1 s, 5 s for a login), a 5xx or a
// network error is retried; at most 3 tries a request and about 10 s of waiting in all a run. A run
// sends at most one CSDS request, one login, one profiles read, one installations read and one logout
// (plus those retries), whatever the number of manifests. Redirects are never followed (the bearer
// would follow them). Error bodies become one sentence: LivePerson's `message`, shortened and quoted,
// with every secret the client knows replaced by `***`.
class AccountError extends Error {
    fault;
    constructor(fault, message) {
        super(message);
        this.fault = fault;
        this.name = 'AccountError';
    }
}
const DEFAULT_CSDS_URL = 'https://api.liveperson.net';
const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
const MAX_TRIES = 3;
/** Host names as CSDS returns them: a DNS name or an IPv4 address, an optional port; never a path or credentials. */
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::[0-9]{1,5})?$/;
/** Account ids are digits (sometimes letters too): they go into URL paths. */
const ACCOUNT_ID = /^[A-Za-z0-9]{1,40}$/;
function isLoopbackHost(hostname) {
    const h = hostname.toLowerCase();
    return h === 'localhost' || h.endsWith('.localhost') || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '[::1]' || h === '::1';
}
/** LP_CSDS_URL checked: http(s), no credentials, no query; plain http only to a loopback host. */
function csdsBase(url) {
    let base;
    try {
        base = new URL(url || DEFAULT_CSDS_URL);
    }
    catch {
        throw new AccountError('refused', 'LP_CSDS_URL is not a URL');
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:')
        throw new AccountError('refused', 'LP_CSDS_URL must be an https:// URL');
    if (base.username !== '' || base.password !== '' || base.search !== '' || base.hash !== '')
        throw new AccountError('refused', 'LP_CSDS_URL must have no credentials, query or fragment');
    if (base.protocol === 'http:' && !isLoopbackHost(base.hostname))
        throw new AccountError('refused', 'LP_CSDS_URL: plain http is allowed only to a loopback host (a test server)');
    return base;
}
/** Reads the body, at most `max` bytes (the stream is cancelled past it). */
async function readLimited(response, max) {
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > max) {
        await response.body?.cancel().catch(() => undefined);
        return undefined;
    }
    if (response.body === null)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > max) {
            await reader.cancel().catch(() => undefined);
            return undefined;
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** LivePerson's error message in a body (`{"message"}` or `{"error": {"message"}}`), if any. */
function errorMessageOf(body) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    if (!isRecord(parsed))
        return undefined;
    const direct = parsed['message'];
    if (typeof direct === 'string' && direct.trim() !== '')
        return direct;
    const nested = parsed['error'];
    if (isRecord(nested) && typeof nested['message'] === 'string' && nested['message'].trim() !== '')
        return nested['message'];
    if (typeof nested === 'string' && nested.trim() !== '')
        return nested;
    return undefined;
}
/** Shortened to 160 code points and JSON-quoted; invisible characters escaped (it is printed). */
function shortQuote(text) {
    const points = [...text.slice(0, 400)];
    const shown = points.length > 160 ? points.slice(0, 160).join('') + '…' : points.join('');
    return JSON.stringify(shown).replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\ufff9-\ufffb\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const STATUS_FAULT = { 401: 'credentials', 403: 'permission' };
function faultWords(fault) {
    switch (fault) {
        case 'credentials':
            return 'wrong credentials';
        case 'permission':
            return 'missing permission';
        case 'unavailable':
            return 'LivePerson unavailable';
        case 'malformed':
            return 'an unexpected response';
        case 'rejected':
            return 'the request was refused';
        case 'refused':
            return 'not allowed here';
    }
}
function describeFaultKind(fault) {
    return faultWords(fault);
}
/** One session of reads: the secrets it knows (to redact them) and the wait budget of the run. */
class Session {
    options;
    secrets = [];
    waitedUnits = 0;
    fetch;
    timeoutMs;
    unitMs;
    maxWaitUnits;
    maxBytes;
    sleep;
    /** When every request of the run must have ended (Date.now()). */
    deadline;
    constructor(options) {
        this.options = options;
        this.fetch = options.fetch ?? globalThis.fetch;
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.unitMs = options.unitMs ?? 1000;
        this.maxWaitUnits = options.maxWaitUnits ?? 10;
        this.maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.deadline = Date.now() + (options.deadlineMs ?? 2 * this.timeoutMs + this.maxWaitUnits * this.unitMs);
    }
    /** This request's timeout: the per-request one, or less as the run's deadline nears. */
    timeoutNow() {
        return Math.min(this.timeoutMs, Math.max(1, this.deadline - Date.now()));
    }
    secret(value) {
        if (value === undefined || value === '')
            return;
        this.options.onSecret?.(value);
        this.secrets.push(value);
    }
    /** `text` with every known secret replaced by *** (a server may echo a password back). */
    redact(text) {
        let out = text;
        for (const s of this.secrets)
            if (s.length >= 3)
                out = out.split(s).join('***');
        return out;
    }
    note(text) {
        this.options.onNote?.(this.redact(text));
    }
    fail(fault, text) {
        return new AccountError(fault, this.redact(text));
    }
    /** Sends a step (with the retries the policy allows) and returns its JSON body. */
    async send(step) {
        for (let attempt = 1;; attempt++) {
            let status;
            let text;
            let retryAfter = null;
            let networkProblem;
            try {
                const response = await this.fetch(step.url, {
                    method: step.method,
                    headers: step.headers,
                    body: step.body,
                    redirect: 'manual',
                    signal: AbortSignal.timeout(this.timeoutNow()),
                });
                status = response.status;
                retryAfter = response.headers.get('retry-after');
                text = await readLimited(response, this.maxBytes);
                if (text === undefined)
                    throw this.fail('malformed', `${step.label} failed: the response is over ${this.maxBytes / 1024 / 1024} MiB, refused`);
            }
            catch (error) {
                if (error instanceof AccountError)
                    throw error;
                // (Not instanceof Error: fetch's errors may come from another realm.)
                const name = nameOf(error);
                networkProblem = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${Math.round(this.timeoutMs / 100) / 10} s` : `a network error (${networkCause(error)})`;
            }
            let waitUnits;
            let problem;
            let fault;
            if (networkProblem !== undefined) {
                problem = networkProblem;
                fault = 'unavailable';
                waitUnits = attempt;
            }
            else if (status >= 200 && status < 300) {
                try {
                    return JSON.parse(text);
                }
                catch {
                    throw this.fail('malformed', `${step.label} failed: LivePerson answered HTTP ${status} with a body that is not JSON`);
                }
            }
            else {
                const message = errorMessageOf(text);
                problem = `HTTP ${status}${message === undefined ? '' : ` ${shortQuote(this.redact(message))}`}`;
                if (status === 429) {
                    fault = 'unavailable';
                    const asked = retryAfter !== null && /^\d{1,4}$/.test(retryAfter.trim()) ? Number(retryAfter) : 0;
                    waitUnits = Math.max(step.rateLimitUnits, Math.min(asked, this.maxWaitUnits));
                }
                else if (status >= 500) {
                    fault = 'unavailable';
                    waitUnits = attempt;
                }
                else if (status >= 300 && status < 400) {
                    fault = 'malformed';
                    problem = `HTTP ${status} (a redirect, not followed)`;
                }
                else
                    fault = STATUS_FAULT[status] ?? 'rejected';
            }
            const tries = attempt === 1 ? '' : ` after ${attempt} tries`;
            const late = Date.now() + waitUnits * this.unitMs >= this.deadline;
            if (waitUnits === undefined || attempt >= MAX_TRIES || this.waitedUnits + waitUnits > this.maxWaitUnits || late) {
                throw this.fail(fault, `${step.label} failed${tries}: ${problem} (${faultWords(fault)})`);
            }
            this.waitedUnits += waitUnits;
            const waitMs = waitUnits * this.unitMs;
            this.note(`LivePerson: ${step.label}: ${problem} (try ${attempt}); retrying in ${Math.round(waitMs / 100) / 10} s`);
            await this.sleep(waitMs);
        }
    }
}
function nameOf(error) {
    const name = error !== null && typeof error === 'object' ? error.name : undefined;
    return typeof name === 'string' ? name : '';
}
/** ECONNRESET, ECONNREFUSED, ...: the code only (an error's text may name hosts or worse). */
function networkCause(error) {
    const cause = error !== null && typeof error === 'object' ? error.cause : undefined;
    if (cause && typeof cause.code === 'string' && /^[A-Z_]{2,40}$/.test(cause.code))
        return cause.code;
    return 'no connection';
}
const JSON_HEADERS = { Accept: 'application/json' };
function serviceUrl(base, host, path, query) {
    const url = new URL(`${base.protocol}//${host}${path}?${query}`);
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
        throw new AccountError('refused', `plain http to ${url.hostname} refused: only a loopback test server is reached over http`);
    return url;
}
/** The account's base URIs of the services used, from one CSDS request. */
async function domains(session, base, account) {
    const prefix = base.pathname.replace(/\/+$/, '');
    const url = new URL(`${base.origin}${prefix}/api/account/${account}/service/baseURI.json?version=1.0`);
    const body = await session.send({ label: 'the CSDS lookup of the account', method: 'GET', url, headers: JSON_HEADERS, rateLimitUnits: 1 });
    const list = isRecord(body) ? body['baseURIs'] : undefined;
    if (!Array.isArray(list))
        throw session.fail('malformed', 'the CSDS lookup of the account failed: the response has no baseURIs list (an unexpected response)');
    const found = {
        agentVep: undefined,
        accountConfigReadOnly: undefined,
        accountConfigReadWrite: undefined,
    };
    for (const item of list) {
        if (!isRecord(item))
            continue;
        const service = item['service'];
        const uri = item['baseURI'];
        if (typeof service !== 'string' || !Object.prototype.hasOwnProperty.call(found, service) || found[service] !== undefined)
            continue;
        if (typeof uri !== 'string' || !HOST.test(uri))
            throw session.fail('malformed', `the CSDS lookup of the account failed: the ${service} address is not a host name (an unexpected response)`);
        found[service] = uri;
    }
    return found;
}
function parseProfiles(session, body) {
    if (!Array.isArray(body))
        throw session.fail('malformed', 'reading the profiles failed: the response is not a list of profiles (an unexpected response)');
    const out = [];
    for (const item of body) {
        if (!isRecord(item))
            continue;
        // A number, as documented; a string of digits is read too (ids are 64-bit: some clients send strings).
        const raw = item['id'];
        const id = typeof raw === 'string' && /^[0-9]{1,15}$/.test(raw) ? Number(raw) : raw;
        if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0)
            continue;
        const name = typeof item['name'] === 'string' ? item['name'] : '';
        const role = item['roleTypeId'];
        const profile = { id, name, deleted: item['deleted'] === true };
        if (typeof role === 'number' && Number.isInteger(role))
            profile.roleTypeId = role;
        out.push(profile);
    }
    return out;
}
/**
 * Reads the account: CSDS, login, profiles, (installations), logout. Throws AccountError when the
 * login or a read fails; `partial` then holds what was read before (the profiles when only the
 * installations failed).
 */
async function readAccount(credentials, request, options = {}) {
    const session = new Session(options);
    session.secret(credentials.password);
    session.secret(credentials.appSecret);
    if (!ACCOUNT_ID.test(credentials.account))
        throw new AccountError('refused', 'the account id must be letters and digits only');
    const base = csdsBase(options.csdsUrl);
    const { account } = credentials;
    const hosts = await domains(session, base, account);
    const need = (service, forWhat) => {
        const host = hosts[service];
        if (host === undefined)
            throw session.fail('malformed', `the CSDS lookup of the account failed: it lists no ${service} service (needed for ${forWhat}; an unexpected response)`);
        return host;
    };
    const loginHost = need('agentVep', 'the login');
    const loginBody = credentials.password !== undefined && credentials.password !== ''
        ? { username: credentials.username, password: credentials.password }
        : { username: credentials.username, appKey: credentials.appKey, secret: credentials.appSecret, accessToken: 'dummy', accessTokenSecret: 'dummy' };
    const login = await session.send({
        label: 'the LivePerson login',
        method: 'POST',
        url: serviceUrl(base, loginHost, `/api/account/${account}/login`, 'v=1.3'),
        headers: { ...JSON_HEADERS, 'Content-Type': 'application/json' },
        body: JSON.stringify(loginBody),
        rateLimitUnits: 5,
    });
    const bearer = isRecord(login) ? login['bearer'] : undefined;
    if (isRecord(login) && typeof login['csrf'] === 'string')
        session.secret(login['csrf']);
    if (typeof bearer !== 'string' || bearer === '')
        throw session.fail('malformed', 'the LivePerson login failed: the response has no bearer (an unexpected response)');
    session.secret(bearer);
    const auth = { ...JSON_HEADERS, Authorization: `Bearer ${bearer}` };
    try {
        const profilesHost = need('accountConfigReadOnly', 'reading the profiles');
        const profiles = parseProfiles(session, await session.send({
            label: 'reading the profiles',
            method: 'GET',
            url: serviceUrl(base, profilesHost, `/api/account/${account}/configuration/le-users/profiles`, 'v=4.0&select=$all'),
            headers: auth,
            rateLimitUnits: 1,
        }));
        const read = { profiles };
        if (request.installations) {
            try {
                const host = need('accountConfigReadWrite', 'reading the installations');
                const body = await session.send({
                    label: 'reading the app installations',
                    method: 'GET',
                    url: serviceUrl(base, host, `/api/account/${account}/configuration/app-install/installations`, 'v=1.0'),
                    headers: auth,
                    rateLimitUnits: 1,
                });
                if (!Array.isArray(body))
                    throw session.fail('malformed', 'reading the app installations failed: the response is not a list (an unexpected response)');
                read.installations = body.filter(isRecord);
            }
            catch (error) {
                if (error instanceof AccountError)
                    throw new PartialReadError(error, read);
                throw error;
            }
        }
        return read;
    }
    finally {
        // One try: a failed logout leaves a session that expires by itself; it is noted, not an error.
        try {
            const response = await session.fetch(serviceUrl(base, loginHost, `/api/account/${account}/logout`, 'v=1.3'), {
                method: 'POST',
                headers: auth,
                redirect: 'manual',
                signal: AbortSignal.timeout(Math.min(session.timeoutMs, 5000)),
            });
            await response.body?.cancel().catch(() => undefined);
            if (response.status >= 300)
                session.note(`LivePerson: the logout answered HTTP ${response.status}; the session expires by itself`);
        }
        catch {
            session.note('LivePerson: the logout failed; the session expires by itself');
        }
    }
}
/** The installations could not be read, the profiles were: both are kept. */
class PartialReadError extends AccountError {
    error;
    partial;
    constructor(error, partial) {
        super(error.fault, error.message);
        this.error = error;
        this.partial = partial;
        this.name = 'PartialReadError';
    }
}


/***/ })

};
