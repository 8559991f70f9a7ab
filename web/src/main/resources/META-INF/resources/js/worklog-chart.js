// <ryugaku-worklog-chart data='{...}'>: stacked hours per category per week, toil % and the 50 % cap.
// Built on chart-element.js (which may load after this script).
(function define() {
  if (customElements.get('ryugaku-worklog-chart')) {
    return;
  }
  if (!window.RyugakuChartElement) {
    setTimeout(define, 50);
    return;
  }
  const palette = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#76b7b2', '#edc948', '#9c755f'];

  customElements.define('ryugaku-worklog-chart', class extends window.RyugakuChartElement {
    config(data) {
      const datasets = data.categories.map((category, i) => ({
        type: 'bar', label: category.label, data: category.hours, backgroundColor: palette[i % palette.length],
        stack: 'hours', yAxisID: 'hours'
      }));
      datasets.push({
        type: 'line', label: data.toilLabel, data: data.toilPercent, borderColor: '#c0392b', backgroundColor: '#c0392b',
        yAxisID: 'percent', tension: 0.2, order: -2
      });
      datasets.push({
        type: 'line', label: data.capLabel, data: data.weeks.map(() => 50), borderColor: '#c0392b', borderDash: [6, 4],
        pointRadius: 0, yAxisID: 'percent', order: -1
      });
      return {
        data: { labels: data.weeks, datasets: datasets },
        options: {
          animation: false,
          maintainAspectRatio: false,
          scales: {
            x: { stacked: true },
            hours: { stacked: true, position: 'left', title: { display: true, text: data.hoursAxis } },
            percent: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false },
                       title: { display: true, text: data.percentAxis } }
          }
        }
      };
    }
  });
})();
