// A fund claim lists as many costs as the worker has: "add a cost" copies the last row, emptied;
// any row but a lone one can be removed; the total of the amounts typed is shown as they are typed.
(function () {
    const costs = document.getElementById('claim-costs');
    if (!costs) return;
    const add = document.getElementById('add-cost');
    const total = document.getElementById('claim-total');
    const rows = () => costs.querySelectorAll('.cost-row');

    function refresh() {
        const all = rows();
        all.forEach(row => row.querySelector('.remove-cost').hidden = all.length === 1);
        // in fen, as the server counts, so 0.1 + 0.2 shows 0.30
        const fen = [...all].map(row => Math.round(Number(row.querySelector('input[name=amount]').value) * 100))
            .filter(Number.isFinite).reduce((sum, f) => sum + f, 0);
        total.textContent = fen > 0 ? total.dataset.template.replace('{0}', (fen / 100).toFixed(2)) : '';
    }

    add.addEventListener('click', () => {
        const list = rows();
        const copy = list[list.length - 1].cloneNode(true);
        copy.querySelectorAll('input').forEach(input => input.value = '');
        add.before(copy);
        refresh();
        copy.querySelector('input').focus();
    });
    costs.addEventListener('click', event => {
        const remove = event.target.closest('.remove-cost');
        if (!remove || rows().length === 1) return;
        const row = remove.closest('.cost-row');
        const next = row.nextElementSibling.matches('.cost-row') ? row.nextElementSibling : row.previousElementSibling;
        row.remove();
        refresh();
        next.querySelector('input').focus();
    });
    costs.addEventListener('input', refresh);
    refresh();
})();
