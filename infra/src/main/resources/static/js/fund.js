// A fund claim lists as many costs as the worker has: "add a cost" copies the last row, emptied.
(function () {
    const add = document.getElementById('add-cost');
    if (!add) return;
    add.addEventListener('click', () => {
        const rows = document.querySelectorAll('#claim-costs .cost-row');
        const copy = rows[rows.length - 1].cloneNode(true);
        copy.querySelectorAll('input').forEach(input => input.value = '');
        add.before(copy);
        copy.querySelector('input').focus();
    });
})();
