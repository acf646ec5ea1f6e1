// The objection form of the publicity board: POST /api/appraisal-rounds/{id}/objections.
(function () {
    const form = document.getElementById('objection-form');
    if (!form) return;
    const english = document.documentElement.lang.startsWith('en');
    let key = null;
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const error = document.getElementById('objection-error');
        error.hidden = true;
        key = key || crypto.randomUUID();
        const response = await wuxiaoFetch('/api/appraisal-rounds/' + encodeURIComponent(form.dataset.roundId) + '/objections', {
            method: 'POST', headers: {'Content-Type': 'application/json', 'Idempotency-Key': key},
            body: JSON.stringify({proposalId: form.elements.proposalId.value, reason: form.elements.reason.value})
        });
        if (response.ok) {
            key = null;
            form.reset();
            document.getElementById('objection-done').hidden = false;
            return;
        }
        key = null;
        try {
            const problem = await response.json();
            error.textContent = english ? problem.messageEn : problem.messageZh;
        } catch (ignored) {
            error.textContent = response.statusText;
        }
        error.hidden = false;
    });
})();
