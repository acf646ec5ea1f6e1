// Finding a person by part of the work number or the name (GET /api/people) while typing.
// wuxiaoPeopleSearch(input, results, choose, noResults) offers up to eight people below the input;
// a click on one calls choose(person). An input marked data-people-results="<list id>" needs no
// script of its own: picking fills it with the work number and names the person in the element of
// data-people-chosen.
(function () {
    function debounce(fn, ms) {
        let timer;
        return function () {
            clearTimeout(timer);
            timer = setTimeout(fn, ms);
        };
    }

    function describe(person) {
        return person.name + ' ' + person.userId + (person.unitName ? ' · ' + person.unitName : '');
    }

    function item(content) {
        const li = document.createElement('li');
        li.append(content);
        return li;
    }

    window.wuxiaoPeopleSearch = function (input, results, choose, noResults) {
        let asked = 0;
        input.addEventListener('input', debounce(async () => {
            const q = input.value.trim();
            const question = ++asked;
            results.replaceChildren();
            if (q.length < 1) return;
            const response = await wuxiaoFetch('/api/people?size=8&q=' + encodeURIComponent(q));
            // an answer to an earlier, slower question must not replace the latest one's
            if (!response.ok || question !== asked) return;
            const page = await response.json();
            if (page.items.length === 0) {
                const none = item(noResults);
                none.className = 'muted';
                results.append(none);
            }
            for (const person of page.items) {
                const pick = document.createElement('button');
                pick.type = 'button';
                pick.className = 'result';
                pick.dataset.workerId = person.userId;
                pick.textContent = describe(person);
                pick.addEventListener('click', () => {
                    results.replaceChildren();
                    choose(person);
                });
                results.append(item(pick));
            }
        }, 250));
    };

    document.querySelectorAll('input[data-people-results]').forEach(input => {
        const chosen = document.getElementById(input.dataset.peopleChosen);
        input.addEventListener('input', () => chosen.textContent = '');
        wuxiaoPeopleSearch(input, document.getElementById(input.dataset.peopleResults), person => {
            input.value = person.userId;
            chosen.textContent = describe(person);
            input.focus();
        }, input.dataset.noResults);
    });
})();
