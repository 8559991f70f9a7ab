// <ryugaku-worklog-chart data='{...}'>: stacked hours per category per week, toil % and the 50 % cap.
// Plain custom element over Chart.js from its webjar: no frontend build involved.
(function () {
  if (customElements.get('ryugaku-worklog-chart')) {
    return;
  }
  const palette = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#76b7b2', '#edc948', '#9c755f'];

  class RyugakuWorklogChart extends HTMLElement {
    static get observedAttributes() {
      return ['data'];
    }

    connectedCallback() {
      this.draw();
    }

    attributeChangedCallback() {
      this.draw();
    }

    disconnectedCallback() {
      if (this.chart) {
        this.chart.destroy();
        this.chart = null;
      }
    }

    draw() {
      if (!this.isConnected || !this.getAttribute('data')) {
        return;
      }
      if (!window.Chart) {
        setTimeout(() => this.draw(), 100);
        return;
      }
      const data = JSON.parse(this.getAttribute('data'));
      if (this.chart) {
        this.chart.destroy();
      }
      if (!this.canvas) {
        this.canvas = document.createElement('canvas');
        this.appendChild(this.canvas);
      }
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
      this.chart = new window.Chart(this.canvas, {
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
      });
    }
  }

  customElements.define('ryugaku-worklog-chart', RyugakuWorklogChart);
})();
