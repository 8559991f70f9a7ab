// <ryugaku-line-chart data='{...}'>: lines over weeks, optionally with a dashed reference line (e.g. the 50 % cap).
// Built on chart-element.js (which may load after this script).
(function define() {
  if (customElements.get('ryugaku-line-chart')) {
    return;
  }
  if (!window.RyugakuChartElement) {
    setTimeout(define, 50);
    return;
  }

  customElements.define('ryugaku-line-chart', class extends window.RyugakuChartElement {
    config(data) {
      const datasets = data.series.map(series => ({
        type: 'line', label: series.label, data: series.values, borderColor: series.color, backgroundColor: series.color,
        borderDash: series.dashed ? [6, 4] : [], pointRadius: series.dashed ? 0 : 3, tension: 0.2, spanGaps: true
      }));
      return {
        data: { labels: data.labels, datasets: datasets },
        options: {
          animation: false,
          maintainAspectRatio: false,
          scales: { y: { min: data.min, max: data.max, title: { display: true, text: data.axis } } }
        }
      };
    }
  });
})();
