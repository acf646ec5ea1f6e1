// The declaration form (and the revision of a returned proposal). Everything goes through the REST
// API: drafts under /api/drafts, people search, duplicate check, attachments, submission.
(function () {
    const form = document.getElementById('proposal-form');
    if (!form) return;
    const texts = document.getElementById('texts').dataset;
    const english = document.documentElement.lang.startsWith('en');
    const mode = form.dataset.mode;
    const me = {workerId: form.dataset.me, name: form.dataset.meName};
    let draftId = form.dataset.draftId || null;
    let mentor = document.getElementById('mentor-chosen').dataset.mentorId || null;
    const authorList = document.getElementById('author-list');
    const attachmentList = document.getElementById('attachment-list');
    const fields = ['title', 'type', 'categoryCode', 'problem', 'solution', 'expectedEconomicBenefit',
        'expectedSafetyBenefit', 'materialCost'];

    function format(template, ...values) {
        return values.reduce((text, value, i) => text.replace('{' + i + '}', value), template);
    }

    function debounce(fn, ms) {
        let timer;
        return function () {
            clearTimeout(timer);
            timer = setTimeout(fn, ms);
        };
    }

    // --- authors and shares -------------------------------------------------------------------
    function addAuthor(workerId, label, share) {
        if (authorList.querySelector('[data-worker-id="' + CSS.escape(workerId) + '"]')) return;
        const row = document.createElement('li');
        row.className = 'author-row';
        row.dataset.workerId = workerId;
        const name = document.createElement('span');
        name.className = 'author-name';
        name.textContent = label;
        const input = document.createElement('input');
        input.type = 'number';
        input.className = 'share';
        input.min = '1';
        input.max = '100';
        input.value = share == null ? '' : share;
        input.setAttribute('aria-label', texts.share + ' ' + label);
        const percent = document.createElement('span');
        percent.textContent = '%';
        row.append(name, input, percent);
        if (workerId !== me.workerId) {
            const remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'link remove-author';
            remove.textContent = texts.remove;
            row.append(remove);
        }
        authorList.append(row);
        updateSum();
    }

    function authors() {
        return Array.from(authorList.querySelectorAll('.author-row')).map(row => ({
            workerId: row.dataset.workerId,
            share: row.querySelector('.share').value === '' ? null : Number(row.querySelector('.share').value)
        }));
    }

    function updateSum() {
        const sum = authors().reduce((total, a) => total + (a.share || 0), 0);
        const out = document.getElementById('share-sum');
        out.textContent = sum === 100 ? format(texts.shareOk, sum) : format(texts.shareSum, sum);
        out.classList.toggle('bad', sum !== 100);
        return sum;
    }

    authorList.addEventListener('input', updateSum);
    authorList.addEventListener('click', event => {
        if (event.target.classList.contains('remove-author')) {
            event.target.closest('.author-row').remove();
            updateSum();
        }
    });

    function peopleSearch(inputId, resultsId, choose) {
        const input = document.getElementById(inputId);
        wuxiaoPeopleSearch(input, document.getElementById(resultsId), person => {
            input.value = '';
            choose(person);
        }, texts.noResults);
    }

    peopleSearch('author-search', 'author-results', person => addAuthor(person.userId, person.name + ' ' + person.userId, null));
    peopleSearch('mentor-search', 'mentor-results', person => setMentor(person.userId, person.name + ' ' + person.userId));

    function setMentor(id, label) {
        mentor = id;
        document.getElementById('mentor-name').textContent = label || '';
        document.getElementById('mentor-clear').hidden = !id;
    }

    document.getElementById('mentor-clear').addEventListener('click', () => setMentor(null, ''));

    // --- duplicate candidates while typing ----------------------------------------------------
    const checkDuplicates = debounce(async () => {
        const title = document.getElementById('title').value;
        const text = document.getElementById('problem').value + '\n' + document.getElementById('solution').value;
        if (title.trim().length < 4 && text.trim().length < 10) return;
        const response = await wuxiaoFetch('/api/proposals/duplicates', {
            method: 'POST', headers: {'Content-Type': 'application/json'},
            body: JSON.stringify({title: title, text: text})
        });
        if (!response.ok) return;
        const candidates = (await response.json()).candidates
            .filter(c => c.proposalId !== form.dataset.proposalId);
        const box = document.getElementById('duplicates');
        const list = document.getElementById('duplicate-list');
        list.replaceChildren(...candidates.map(c => {
            const item = document.createElement('li');
            item.textContent = format(texts.similar, c.title, c.similarityPercent);
            return item;
        }));
        box.hidden = candidates.length === 0;
    }, 600);
    ['title', 'problem', 'solution'].forEach(id => document.getElementById(id).addEventListener('input', checkDuplicates));

    // --- the body the API takes ---------------------------------------------------------------
    function body() {
        const value = id => {
            const v = document.getElementById(id).value.trim();
            return v === '' ? null : v;
        };
        const content = {};
        fields.forEach(id => content[id] = value(id));
        content.unitId = form.dataset.unit;
        content.authors = authors();
        content.mentorId = mentor;
        content.needId = form.dataset.needId || null;
        return content;
    }

    function fill(content) {
        fields.forEach(id => {
            if (content[id] != null) document.getElementById(id).value = content[id];
        });
        (content.authors || []).forEach(a => addAuthor(a.workerId, a.name || a.workerId, a.share));
        if (content.mentorId) setMentor(content.mentorId, content.mentorName || content.mentorId);
        if (content.needId) form.dataset.needId = content.needId;
    }

    // --- messages -----------------------------------------------------------------------------
    function clearErrors() {
        const box = document.getElementById('form-error');
        box.hidden = true;
        box.textContent = '';
        form.querySelectorAll('[aria-invalid]').forEach(el => el.removeAttribute('aria-invalid'));
    }

    async function showProblem(response) {
        let message = texts.failed;
        let field = null;
        try {
            const problem = await response.json();
            message = (english ? problem.messageEn : problem.messageZh) || problem.detail || message;
            field = problem.field || null;
        } catch (ignored) {
            // not a problem document: keep the general message
        }
        const box = document.getElementById('form-error');
        box.textContent = message;
        box.hidden = false;
        const target = field && document.getElementById(field.replace(/^content\./, ''));
        if (target) {
            target.setAttribute('aria-invalid', 'true');
            target.focus();
        } else {
            box.scrollIntoView({block: 'center'});
        }
    }

    function status(text) {
        const out = document.getElementById('form-status');
        out.textContent = text;
        out.hidden = !text;
    }

    // --- drafts, attachments, submission ------------------------------------------------------
    async function saveDraft() {
        const response = draftId
            ? await wuxiaoFetch('/api/drafts/' + encodeURIComponent(draftId), {
                method: 'PUT', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body())})
            : await wuxiaoFetch('/api/drafts', {
                method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body())});
        if (!response.ok) {
            await showProblem(response);
            return false;
        }
        if (!draftId) {
            draftId = (await response.json()).id;
            history.replaceState(null, '', '/proposals/new?draft=' + encodeURIComponent(draftId));
        }
        return true;
    }

    function showAttachment(attachment, removable) {
        const item = document.createElement('li');
        item.dataset.attachmentId = attachment.id;
        const link = document.createElement('a');
        link.href = '/api/attachments/' + encodeURIComponent(attachment.id);
        link.textContent = attachment.name + ' (' + Math.max(1, Math.round(attachment.size / 1024)) + ' KB)';
        item.append(link);
        if (removable) {
            const remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'link';
            remove.textContent = texts.remove;
            remove.addEventListener('click', async () => {
                const response = await wuxiaoFetch('/api/drafts/' + encodeURIComponent(draftId) + '/attachments/'
                    + encodeURIComponent(attachment.id), {method: 'DELETE'});
                if (response.ok) item.remove(); else await showProblem(response);
            });
            item.append(remove);
        }
        attachmentList.append(item);
    }

    document.getElementById('attachment').addEventListener('change', async event => {
        const file = event.target.files[0];
        if (!file) return;
        clearErrors();
        if (mode === 'declare' && !(await saveDraft())) return;
        status(texts.uploading);
        const data = new FormData();
        data.append('file', file);
        const url = mode === 'declare'
            ? '/api/drafts/' + encodeURIComponent(draftId) + '/attachments'
            : '/api/proposals/' + encodeURIComponent(form.dataset.proposalId) + '/attachments';
        const response = await wuxiaoFetch(url, {method: 'POST', body: data});
        status('');
        event.target.value = '';
        if (!response.ok) {
            await showProblem(response);
            return;
        }
        showAttachment(await response.json(), mode === 'declare');
    });

    document.getElementById('save-draft')?.addEventListener('click', async () => {
        clearErrors();
        if (await saveDraft()) status(texts.saved);
    });

    // The proposal's page reads the projection, which follows the command a moment later: wait until
    // it shows what was just stored, so the page after submitting is never a 'not found'.
    async function awaitProjected(proposalId, revision) {
        const deadline = Date.now() + 10000;
        while (Date.now() < deadline) {
            const response = await wuxiaoFetch('/api/proposals/' + encodeURIComponent(proposalId));
            if (response.ok && (await response.json()).revision >= revision) return;
            await new Promise(resolve => setTimeout(resolve, 250));
        }
    }

    let submitKey = null;
    form.addEventListener('submit', async event => {
        event.preventDefault();
        clearErrors();
        const button = document.getElementById('submit');
        button.disabled = true;
        try {
            // One key per attempt, so that a double tap or a retry after a lost answer declares once.
            submitKey = submitKey || crypto.randomUUID();
            let response;
            if (mode === 'revise') {
                const revision = Object.assign(body(), {basedOnRevision: Number(form.dataset.revision)});
                response = await wuxiaoFetch('/api/proposals/' + encodeURIComponent(form.dataset.proposalId), {
                    method: 'PUT', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(revision)});
                if (response.ok) {
                    status(texts.saved);
                    await awaitProjected(form.dataset.proposalId, revision.basedOnRevision + 1);
                    location.href = '/proposals/' + encodeURIComponent(form.dataset.proposalId) + '?revised';
                    return;
                }
            } else {
                if (!(await saveDraft())) return;
                response = await wuxiaoFetch('/api/drafts/' + encodeURIComponent(draftId) + '/submit', {
                    method: 'POST', headers: {'Idempotency-Key': submitKey}});
                if (response.ok) {
                    const created = await response.json();
                    status(texts.saved);
                    await awaitProjected(created.proposalId, 1);
                    location.href = '/proposals/' + encodeURIComponent(created.proposalId) + '?declared';
                    return;
                }
            }
            submitKey = null;
            await showProblem(response);
        } finally {
            button.disabled = false;
        }
    });

    // --- start --------------------------------------------------------------------------------
    async function start() {
        if (draftId) {
            const response = await wuxiaoFetch('/api/drafts/' + encodeURIComponent(draftId));
            if (response.ok) {
                const draft = await response.json();
                fill(draft.content || {});
                (draft.attachments || []).forEach(a => showAttachment(a, true));
            }
        } else if (form.dataset.proposalId) {
            const response = await wuxiaoFetch('/api/proposals/' + encodeURIComponent(form.dataset.proposalId));
            if (response.ok) {
                ((await response.json()).attachments || []).forEach(a => showAttachment(a, false));
            }
        }
        if (authors().length === 0) addAuthor(me.workerId, me.name + ' ' + me.workerId, 100);
        updateSum();
    }

    start();
})();
