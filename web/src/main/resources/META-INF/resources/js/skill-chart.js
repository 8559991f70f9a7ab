// <ryugaku-skill-chart data='{...}'>: skill levels (0–4) per area, as a radar (a participant's self and
// mentor ratings per phase) or as grouped bars (a cohort's averages). Built on chart-element.js (which
// may load after this script).
(function define() {
  if (customElements.get('ryugaku-skill-chart')) {
    return;
  }
  if (!window.RyugakuChartElement) {
    setTimeout(define, 50);
    return;
  }

  customElements.define('ryugaku-skill-chart', class extends window.RyugakuChartElement {
    config(data) {
      const radar = data.kind === 'radar';
      const datasets = data.series.map(series => ({
        label: series.label,
        data: series.values,
        borderColor: series.color,
        backgroundColor: radar ? series.color + '22' : series.color,
        borderDash: series.dashed ? [6, 4] : [],
        pointBackgroundColor: series.color,
        spanGaps: false
      }));
      const scale = { min: data.min, max: data.max, ticks: { stepSize: 1 } };
      return {
        type: radar ? 'radar' : 'bar',
        data: { labels: data.labels, datasets: datasets },
        options: {
          animation: false,
          maintainAspectRatio: false,
          scales: radar ? { r: Object.assign({ beginAtZero: true }, scale) }
                        : { y: Object.assign({ title: { display: true, text: data.axis } }, scale) }
        }
      };
    }
  });
})();
