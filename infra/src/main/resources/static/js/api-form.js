// Forms that call the REST API directly: <form class="api-form" data-api="/api/…" data-method="POST">.
// The fields become a JSON body: "a.b" nests, empty text is null, a checkbox is a boolean unless it has
// data-list (then the checked values gather into an array; with data-keys="k1,k2" each "v1|v2" value
// becomes an object); a multiple select is an array. A multipart form sends its FormData (empty file
// fields left out). The problem's message shows in the form's .form-error in the page's language.
// After a success the read side catches up a moment later: with data-watch the page waits until that
// API answer changes, then goes to data-next ({field} filled from the answer) or reloads.
(function () {
    const english = document.documentElement.lang.startsWith('en');

    function put(body, path, value) {
        const keys = path.split('.');
        let target = body;
        keys.slice(0, -1).forEach(key => target = target[key] = target[key] || {});
        target[keys[keys.length - 1]] = value;
    }

    function listValue(element) {
        const keys = element.dataset.keys;
        if (!keys) return element.value;
        const parts = element.value.split('|');
        const item = {};
        keys.split(',').forEach((key, i) => item[key] = parts[i]);
        return item;
    }

    function json(form) {
        const body = {};
        for (const element of form.elements) {
            if (!element.name || element.disabled || element.type === 'submit' || element.type === 'button') continue;
            if (element.dataset.list !== undefined) {
                const path = element.name;
                const list = path.split('.').reduce((o, k) => o && o[k], body) || [];
                if (element.type !== 'checkbox' || element.checked) list.push(listValue(element));
                put(body, path, list);
            } else if (element.type === 'checkbox') {
                put(body, element.name, element.checked);
            } else if (element.multiple) {
                put(body, element.name, Array.from(element.selectedOptions).map(o => o.value));
            } else {
                const value = element.value.trim();
                put(body, element.name, value === '' ? null : value);
            }
        }
        return JSON.stringify(body);
    }

    function multipart(form) {
        const data = new FormData();
        for (const [name, value] of new FormData(form)) {
            if (value instanceof File && value.size === 0 && value.name === '') continue;
            data.append(name, value);
        }
        return data;
    }

    async function snapshot(url) {
        if (!url) return null;
        const response = await wuxiaoFetch(url);
        return response.ok ? response.text() : null;
    }

    /** Up to ten seconds; an answer the user may not read (null before) is not waited for. */
    async function awaitChange(url, before) {
        for (let i = 0; url && before !== null && i < 40; i++) {
            if (await snapshot(url) !== before) return;
            await new Promise(resolve => setTimeout(resolve, 250));
        }
    }

    /** Bean validation's messages are "中文 / English". */
    function inLanguage(message) {
        const at = message.indexOf(' / ');
        return at < 0 ? message : english ? message.slice(at + 3) : message.slice(0, at);
    }

    async function showProblem(form, response, element) {
        try {
            const problem = await response.json();
            const errors = Array.isArray(problem.errors) ? problem.errors : [];
            element.textContent = errors.length > 0 ? errors.map(e => inLanguage(e.message)).join(english ? '; ' : '；')
                : english ? problem.messageEn : problem.messageZh;
            const field = problem.field && form.elements[problem.field];
            if (field && field.setAttribute) field.setAttribute('aria-invalid', 'true');
        } catch (ignored) {
            element.textContent = response.status + ' ' + response.statusText;
        }
        element.hidden = false;
        element.focus();
    }

    document.querySelectorAll('form.api-form').forEach(form => {
        let key = null;
        form.addEventListener('submit', async event => {
            event.preventDefault();
            const error = form.querySelector('.form-error');
            error.hidden = true;
            form.querySelectorAll('[aria-invalid]').forEach(field => field.removeAttribute('aria-invalid'));
            const button = form.querySelector('button[type=submit]');
            button.disabled = true;
            form.setAttribute('aria-busy', 'true');
            try {
                const before = await snapshot(form.dataset.watch);
                const isMultipart = form.enctype === 'multipart/form-data';
                const method = form.dataset.method || 'POST';
                const headers = isMultipart ? {} : {'Content-Type': 'application/json'};
                // a POST retried after a lost answer must not act twice
                if (method === 'POST') headers['Idempotency-Key'] = key = key || crypto.randomUUID();
                const response = await wuxiaoFetch(form.dataset.api, {
                    method: method, headers: headers, body: isMultipart ? multipart(form) : json(form)
                });
                if (!response.ok) {
                    // a refused request may be corrected and sent anew; a failed one is retried as it was
                    if (response.status < 500) key = null;
                    await showProblem(form, response, error);
                    return;
                }
                const answer = response.status === 204 ? {} : await response.json().catch(() => ({}));
                await awaitChange(form.dataset.watch, before);
                const next = form.dataset.next;
                if (next) {
                    location.href = next.replace(/\{(\w+)}/g, (m, field) => encodeURIComponent(answer[field] ?? ''));
                } else {
                    location.reload();
                }
            } catch (failure) {
                // no answer (the network, the server gone): the same key makes the retry safe
                error.textContent = document.querySelector('meta[name="wuxiao-no-answer"]').content;
                error.hidden = false;
            } finally {
                button.disabled = false;
                form.removeAttribute('aria-busy');
            }
        });
    });
})();
