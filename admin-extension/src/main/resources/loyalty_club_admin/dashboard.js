/*
 * Draws the Loyalty Club dashboard's charts with ECharts from the data tables the page shows. Values are read as
 * text from the tables (never as HTML); labels are drawn on the canvas and tooltips are rendered as rich text, so
 * merchant-entered names cannot inject markup.
 */
(function () {
    'use strict';

    function rows(tableId) {
        var table = document.getElementById(tableId);
        return table ? Array.prototype.slice.call(table.querySelectorAll('tbody tr')) : [];
    }

    function label(row) {
        return row.querySelector('th').textContent;
    }

    function values(row) {
        return Array.prototype.map.call(row.querySelectorAll('td[data-value]'), function (cell) {
            var text = cell.getAttribute('data-value');
            return text === '' ? null : Number(text);
        });
    }

    function draw(elementId, option) {
        var element = document.getElementById(elementId);
        if (!element || typeof echarts === 'undefined') {
            return;
        }
        option.animation = false;
        option.tooltip = {renderMode: 'richText', trigger: option.series[0].type === 'pie' ? 'item' : 'axis'};
        echarts.init(element, null, {renderer: 'canvas'}).setOption(option);
    }

    function bars(elementId, title, tableId, unit) {
        var data = rows(tableId).filter(function (row) { return values(row).length > 0; });
        draw(elementId, {
            title: {text: title, textStyle: {fontSize: 14}},
            grid: {left: 160, right: 30, top: 40, bottom: 30},
            xAxis: {type: 'value', name: unit},
            yAxis: {type: 'category', data: data.map(label), inverse: true},
            series: [{type: 'bar', data: data.map(function (row) { return values(row)[0]; }),
                label: {show: true, position: 'right'}}]
        });
    }

    var tiers = rows('data-tiers');
    draw('chart-tiers', {
        title: {text: 'Members by tier', textStyle: {fontSize: 14}},
        legend: {bottom: 0},
        series: [{type: 'pie', radius: '60%', data: tiers.map(function (row) {
            return {name: label(row), value: values(row)[0]};
        })}]
    });

    var weeks = rows('data-points');
    function column(index) {
        return weeks.map(function (row) { return values(row)[index]; });
    }
    draw('chart-points', {
        title: {text: 'Points per week', textStyle: {fontSize: 14}},
        legend: {data: ['Issued', 'Redeemed', 'Expired'], top: 0, right: 0},
        grid: {left: 60, right: 20, top: 40, bottom: 40},
        xAxis: {type: 'category', data: weeks.map(label)},
        yAxis: {type: 'value'},
        series: [{name: 'Issued', type: 'bar', data: column(0)}, {name: 'Redeemed', type: 'bar', data: column(1)},
            {name: 'Expired', type: 'bar', data: column(2)}]
    });

    bars('chart-liability', 'Outstanding liability', 'data-liability', '');
    bars('chart-rates', 'Rates (%)', 'data-rates', '%');
    bars('chart-aov', 'Average order value', 'data-aov', '');
}());
