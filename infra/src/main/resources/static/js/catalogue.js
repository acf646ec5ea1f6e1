// A production owner's request of a result of the catalogue: POST /api/result-requests.
(function () {
    const form = document.getElementById('request-form');
    if (!form) return;
    const english = document.documentElement.lang.startsWith('en');
    let key = null;
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const error = document.getElementById('request-error');
        error.hidden = true;
        key = key || crypto.randomUUID();
        const response = await wuxiaoFetch('/api/result-requests', {
            method: 'POST', headers: {'Content-Type': 'application/json', 'Idempotency-Key': key},
            body: JSON.stringify({proposalId: form.dataset.proposalId, note: form.elements.note.value})
        });
        key = null;
        if (response.ok) {
            form.reset();
            document.getElementById('request-done').hidden = false;
            return;
        }
        try {
            const problem = await response.json();
            error.textContent = english ? problem.messageEn : problem.messageZh;
        } catch (ignored) {
            error.textContent = response.statusText;
        }
        error.hidden = false;
    });
})();
