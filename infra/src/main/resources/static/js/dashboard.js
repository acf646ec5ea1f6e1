// The union leader's dashboard: every card fetches its figures from the REST API and draws a chart
// (ECharts) and a table from the same answer. Each card's Excel link asks the API for the same period.
// With a day picked (时间回溯) the boards, the funnel and the patents are as of that day's end; review
// progress and the fund show now, marked so.
(function () {
    const root = document.getElementById('dashboard');
    if (!root) return;
    const t = document.getElementById('texts').dataset;
    const english = document.documentElement.lang.startsWith('en');
    const charts = {};
    const unitNames = JSON.parse(root.dataset.units || '{}');
    const unitName = id => id === '∑' ? id : (unitNames[id] || id);
    const palette = ['#c8102e', '#0969da', '#1a7f37', '#bf8700', '#8250df', '#cf222e', '#57606a', '#0550ae'];

    function card(name) {
        return document.getElementById('card-' + name);
    }

    function chart(name) {
        if (!charts[name]) {
            charts[name] = echarts.init(card(name).querySelector('.chart'), null, {renderer: 'canvas'});
        }
        return charts[name];
    }

    function table(name, headers, rows) {
        const element = card(name).querySelector('table.data');
        const head = document.createElement('tr');
        headers.forEach(h => {
            const th = document.createElement('th');
            th.scope = 'col';
            th.textContent = h;
            head.append(th);
        });
        element.tHead.replaceChildren(head);
        element.tBodies[0].replaceChildren(...rows.map(row => {
            const tr = document.createElement('tr');
            row.forEach(cell => {
                const td = document.createElement('td');
                td.textContent = cell == null ? '' : String(cell);
                tr.append(td);
            });
            return tr;
        }));
        card(name).dataset.loaded = 'true';
    }

    function excel(name, url) {
        const link = card(name).querySelector('a.excel');
        link.href = url;
        link.hidden = !url;
    }

    async function get(url) {
        const response = await wuxiaoFetch(url);
        if (!response.ok) {
            let message = t.failed;
            try {
                const problem = await response.json();
                message = (english ? problem.messageEn : problem.messageZh) || message;
            } catch (ignored) {
                // keep the general message
            }
            throw new Error(message);
        }
        return response.json();
    }

    const yuan = fen => fen == null ? null : (fen / 100).toFixed(2);

    /** A grey "no data" in the middle of a chart whose figures are all zero or absent. */
    function emptyTitle(values) {
        const empty = values.every(v => !v);
        return {show: empty, text: t.empty, left: 'center', top: 'middle', textStyle: {color: '#59636e', fontSize: 14}};
    }

    function bar(name, labels, values, seriesName) {
        chart(name).setOption({
            title: emptyTitle(values),
            color: palette, tooltip: {trigger: 'axis'}, grid: {left: 8, right: 16, top: 8, bottom: 8, containLabel: true},
            xAxis: {type: 'value'}, yAxis: {type: 'category', data: labels.slice().reverse(), axisLabel: {width: 110, overflow: 'truncate'}},
            series: [{type: 'bar', name: seriesName, data: values.slice().reverse()}]
        }, true);
    }

    // Individual boards carry work numbers; the directory knows the names.
    async function withNames(board) {
        if (board.rows.length === 0) return board;
        const query = board.rows.map(r => 'id=' + encodeURIComponent(r.key)).join('&');
        const names = await get('/dashboard/names?' + query);
        board.rows.forEach(r => r.name = names[r.key] ? names[r.key] + ' ' + r.key : r.key);
        return board;
    }

    async function leaderboard(kind, period) {
        let board = await get('/api/leaderboards/' + kind + '?size=100&period=' + encodeURIComponent(period) + asOf());
        if (kind === 'individuals') board = await withNames(board);
        if (kind === 'units') board.rows.forEach(r => r.name = unitName(r.key));
        const top = board.rows.slice(0, 10);
        if (kind === 'categories') {
            chart(kind).setOption({
                title: emptyTitle(board.rows.map(r => Number(r.points))),
                color: palette, tooltip: {trigger: 'item'}, legend: {type: 'scroll', bottom: 0},
                series: [{type: 'pie', radius: ['35%', '65%'], name: t.points,
                    data: board.rows.map(r => ({name: r.name || r.key, value: Number(r.points)}))}]
            }, true);
        } else {
            bar(kind, top.map(r => r.name || r.key), top.map(r => Number(r.points)), t.points);
        }
        table(kind, [t.rank, t.name, t.unit, t.points, t.reward, t.accepted, t.awarded],
            board.rows.map(r => [r.rank, r.name || r.key, r.unitId ? unitName(r.unitId) : '', r.points, yuan(r.rewardFen), r.accepted, r.awarded]));
        excel(kind, '/api/leaderboards/' + kind + '.xlsx?period=' + encodeURIComponent(period) + asOf());
    }

    async function funnel(period) {
        const f = await get('/api/funnel?period=' + encodeURIComponent(period) + asOf());
        const total = f.total;
        const stages = [[t.submitted, total.submitted], [t.acceptedStage, total.accepted], [t.awardedStage, total.awarded],
            [t.filed, total.patentsFiled], [t.granted, total.patentsGranted], [t.handed, total.handedOver],
            [t.adopted, total.adopted], [t.replicated, total.replicated]];
        chart('funnel').setOption({
            color: palette, tooltip: {trigger: 'item'},
            title: emptyTitle(stages.map(s => s[1])),
            series: [{type: 'funnel', sort: 'none', left: '4%', width: '62%', minSize: '4%', gap: 2,
                label: {position: 'right', formatter: '{b} {c}', color: '#1f2328'}, labelLine: {show: true},
                data: stages.map(([name, value]) => ({name: name, value: value}))}]
        }, true);
        table('funnel', [t.stage, t.count], stages);
        excel('funnel', '/api/funnel.xlsx?period=' + encodeURIComponent(period) + asOf());

        const units = f.units;
        bar('benefit', units.map(u => unitName(u.unitId)), units.map(u => Number(u.benefit.cnySavedPerYear)), t.saved);
        table('benefit', [t.unit, t.reports, t.saved, t.incidents, t.hours, t.rate, t.days],
            units.concat([Object.assign({}, total, {unitId: '∑'})]).map(u => [unitName(u.unitId), u.benefit.adoptionsReported,
                u.benefit.cnySavedPerYear, u.benefit.safetyIncidentsAvoided, u.benefit.hoursSaved,
                u.conversionRate, u.averageDaysAwardToAdoption]));
        excel('benefit', '/api/funnel.xlsx?period=' + encodeURIComponent(period) + asOf());
    }

    async function patents(period) {
        const year = period.substring(0, 4);
        const p = await get('/api/patents/pipeline?year=' + year + asOf());
        const statuses = [['nominated', t.nominated], ['prepared', t.prepared], ['filed', t.filed],
            ['granted', t.granted], ['rejected', t.rejected], ['abandoned', t.abandoned]];
        chart('patents').setOption({
            color: palette, tooltip: {trigger: 'axis'}, legend: {type: 'scroll', bottom: 0},
            grid: {left: 8, right: 16, top: 8, bottom: 40, containLabel: true},
            title: emptyTitle(p.units.map(u => u.counts.total)),
            xAxis: {type: 'category', data: p.units.map(u => unitName(u.unitId))}, yAxis: {type: 'value', minInterval: 1},
            series: statuses.map(([key, label]) => ({type: 'bar', stack: 'all', name: label,
                data: p.units.map(u => u.counts[key])}))
        }, true);
        table('patents', [t.unit].concat(statuses.map(s => s[1])).concat([t.overdue]),
            p.units.map(u => [unitName(u.unitId)].concat(statuses.map(s => u.counts[s[0]])).concat([u.counts.overdue]))
                .concat([['∑'].concat(statuses.map(s => p.all[s[0]])).concat([p.all.overdue])]));
        excel('patents', '/api/patents.xlsx?year=' + year);
    }

    async function review() {
        const progress = await get('/api/review-progress');
        const units = progress.pendingScreenings || [];
        bar('review', units.map(u => unitName(u.unitId)), units.map(u => u.count), t.pending);
        table('review', [t.unit, t.pending, t.oldest, t.overdueTasks],
            units.map(u => [unitName(u.unitId), u.count, u.oldestSubmittedAt ? u.oldestSubmittedAt.substring(0, 10) : '',
                u.escalated]));
        excel('review', '/dashboard/review-progress.xlsx');

        const overdue = progress.overdueTasks || [];
        bar('overdue', overdue.map(o => o.name || o.taskDefinitionKey), overdue.map(o => o.overdue), t.overdueCount);
        table('overdue', [t.task, t.overdueCount, t.escalated, t.oldestDue],
            overdue.map(o => [o.name || o.taskDefinitionKey, o.overdue, o.escalated,
                o.oldestDue ? o.oldestDue.substring(0, 10) : '']));
        excel('overdue', '/dashboard/review-progress.xlsx');

        const members = [];
        (progress.rounds || []).forEach(round => (round.scorers || []).forEach(s => members.push(
            {round: round.roundId, name: s.name || s.scorerId, done: s.done, assigned: s.assigned})));
        chart('scoring').setOption({
            title: emptyTitle(members.map(m => m.assigned)),
            color: palette, tooltip: {trigger: 'axis'}, grid: {left: 8, right: 16, top: 8, bottom: 8, containLabel: true},
            xAxis: {type: 'value', minInterval: 1}, yAxis: {type: 'category', data: members.map(m => m.name)},
            series: [{type: 'bar', name: t.done, data: members.map(m => m.done)},
                {type: 'bar', name: t.count, data: members.map(m => m.assigned), barGap: '-100%', z: -1,
                    itemStyle: {color: '#d0d7de'}}]
        }, true);
        table('scoring', [t.round, t.member, t.done], members.map(m => [m.round, m.name, m.done + '/' + m.assigned]));
        excel('scoring', '/dashboard/review-progress.xlsx');
    }

    /** The year's innovation fund: booked by unit as bars, the budget's figures in the title and the table. */
    async function fund(period) {
        const year = period.substring(0, 4);
        const f = await get('/api/fund/' + year);
        const yuan = fen => (Number(fen) / 100).toFixed(2);
        const summary = f.budgetFen == null ? t.noBudget
            : t.budget + ' ' + yuan(f.budgetFen) + ' · ' + t.booked + ' ' + yuan(f.bookedFen) + ' · '
              + t.remaining + ' ' + yuan(f.remainingFen);
        card('fund').querySelector('.chart').setAttribute('aria-label', summary);
        chart('fund').setOption({
            color: palette, tooltip: {trigger: 'axis'}, animation: false,
            title: {text: summary, left: 'center', top: 0, textStyle: {fontSize: 13, fontWeight: 'normal'}},
            grid: {left: 8, right: 16, top: 36, bottom: 8, containLabel: true},
            xAxis: {type: 'category', data: f.byUnit.map(u => unitName(u.key))}, yAxis: {type: 'value'},
            series: [{type: 'bar', name: t.booked, data: f.byUnit.map(u => Number(yuan(u.bookedFen)))}]
        }, true);
        table('fund', [t.item, t.yuan, t.claims],
            [[t.budget, f.budgetFen == null ? '' : yuan(f.budgetFen), ''],
                [t.booked, yuan(f.bookedFen), f.approvedClaims],
                [t.remaining, yuan(f.remainingFen), ''],
                [t.fundPending, yuan(f.pendingFen), f.pendingClaims]]
                .concat(f.byUnit.map(u => [unitName(u.key), yuan(u.bookedFen), u.approvedClaims])));
        excel('fund', '/api/fund/' + year + '.xlsx');
    }

    /** 时间回溯: the day picked (its end, Beijing time) as the API's asOf, or nothing for now. */
    function asOf() {
        const day = document.getElementById('as-of').value;
        return day ? '&asOf=' + day : '';
    }

    async function load() {
        const period = document.getElementById('period').value;
        const day = document.getElementById('as-of').value;
        document.getElementById('as-of-note').hidden = !day;
        document.querySelectorAll('[data-now-only]').forEach(c => c.classList.toggle('now-only', !!day));
        const error = document.getElementById('dashboard-error');
        error.hidden = true;
        const jobs = [leaderboard('individuals', period), leaderboard('units', period), leaderboard('categories', period),
            funnel(period), patents(period), review(), fund(period)];
        const results = await Promise.allSettled(jobs);
        const failed = results.filter(r => r.status === 'rejected').map(r => r.reason.message);
        if (failed.length) {
            error.textContent = Array.from(new Set(failed)).join(' · ');
            error.hidden = false;
        }
        root.dataset.period = period;
        root.dataset.asOf = day;
        root.dataset.ready = 'true';
    }

    function reload() {
        root.dataset.ready = 'false';
        const url = new URL(location.href);
        url.searchParams.set('period', document.getElementById('period').value);
        const day = document.getElementById('as-of').value;
        if (day) url.searchParams.set('asOf', day); else url.searchParams.delete('asOf');
        history.replaceState(null, '', url);
        load();
    }

    document.getElementById('period').addEventListener('change', reload);
    document.getElementById('as-of').addEventListener('change', reload);
    window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
    const wantedDay = new URL(location.href).searchParams.get('asOf');
    if (wantedDay && /^\d{4}-\d{2}-\d{2}$/.test(wantedDay)) document.getElementById('as-of').value = wantedDay;
    const wanted = new URL(location.href).searchParams.get('period');
    if (wanted && Array.from(document.getElementById('period').options).some(o => o.value === wanted)) {
        document.getElementById('period').value = wanted;
    }
    load();
})();
