// 规则推演: the scope select names its hidden parameter (round or year); the chart shows how many
// proposals each grade has, as decided and under the rules of the form (the table beside it has them too).
(function () {
    const scope = document.getElementById('what-if-scope');
    const value = document.getElementById('what-if-scope-value');
    if (scope && value) {
        scope.addEventListener('change', () => {
            value.name = scope.selectedOptions[0].dataset.param;
            value.value = scope.value;
        });
    }
    const chart = document.getElementById('what-if-chart');
    if (!chart || !window.echarts) return;
    const grades = JSON.parse(chart.dataset.grades);
    const order = ['FIRST', 'SECOND', 'THIRD', 'MERIT', 'NONE'];
    const drawn = echarts.init(chart);
    drawn.setOption({
        animation: false,
        tooltip: {trigger: 'axis'},
        legend: {data: [chart.dataset.decided, chart.dataset.alternative]},
        xAxis: {type: 'category', data: chart.dataset.labels.split(',')},
        yAxis: {type: 'value', minInterval: 1},
        series: [
            {name: chart.dataset.decided, type: 'bar', data: order.map(g => grades.decided[g])},
            {name: chart.dataset.alternative, type: 'bar', data: order.map(g => grades.alternative[g])}
        ]
    });
    chart.dataset.drawn = order.map(g => grades.alternative[g]).join(',');
    window.addEventListener('resize', () => drawn.resize());
})();
