// Production needs: publishing (POST /api/needs) and closing (POST /api/needs/{id}/closure).
(function () {
    const english = document.documentElement.lang.startsWith('en');

    async function problem(response, element) {
        try {
            const body = await response.json();
            element.textContent = english ? body.messageEn : body.messageZh;
        } catch (ignored) {
            element.textContent = response.statusText;
        }
        element.hidden = false;
    }

    /** The read side catches up a moment after the command: the need's page shows it from then on. */
    async function awaitProjected(needId, closed) {
        for (let i = 0; i < 40; i++) {
            const response = await wuxiaoFetch('/api/needs/' + encodeURIComponent(needId));
            if (response.ok && (!closed || (await response.json()).need.closed)) return;
            await new Promise(resolve => setTimeout(resolve, 250));
        }
    }

    const publish = document.getElementById('need-form');
    if (publish) {
        let key = null;
        publish.addEventListener('submit', async event => {
            event.preventDefault();
            const error = document.getElementById('need-error');
            error.hidden = true;
            const value = name => {
                const v = publish.elements[name].value.trim();
                return v === '' ? null : v;
            };
            key = key || crypto.randomUUID();
            const response = await wuxiaoFetch('/api/needs', {
                method: 'POST', headers: {'Content-Type': 'application/json', 'Idempotency-Key': key},
                body: JSON.stringify({title: value('title'), problem: value('problem'), categoryCode: value('categoryCode'),
                    unitId: publish.elements.unitId.disabled ? null : value('unitId'), deadline: value('deadline'),
                    rewardNote: value('rewardNote')})
            });
            key = null;
            if (response.ok) {
                const needId = (await response.json()).needId;
                await awaitProjected(needId);
                location.href = '/needs/' + encodeURIComponent(needId);
                return;
            }
            await problem(response, error);
        });
    }

    const close = document.getElementById('close-need');
    if (close) {
        close.addEventListener('submit', async event => {
            event.preventDefault();
            const error = document.getElementById('close-error');
            error.hidden = true;
            const response = await wuxiaoFetch('/api/needs/' + encodeURIComponent(close.dataset.needId) + '/closure', {
                method: 'POST', headers: {'Content-Type': 'application/json'},
                body: JSON.stringify({solved: close.elements.solved.checked, note: close.elements.note.value})
            });
            if (response.ok) {
                await awaitProjected(close.dataset.needId, true);
                location.reload();
                return;
            }
            await problem(response, error);
        });
    }
})();
