// <ryugaku-line-chart data='{...}'>: lines over weeks, optionally with a dashed reference line (e.g. the 50 % cap).
// Plain custom element over Chart.js from its webjar: no frontend build involved.
(function () {
  if (customElements.get('ryugaku-line-chart')) {
    return;
  }

  class RyugakuLineChart extends HTMLElement {
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
      const datasets = data.series.map(series => ({
        type: 'line', label: series.label, data: series.values, borderColor: series.color, backgroundColor: series.color,
        borderDash: series.dashed ? [6, 4] : [], pointRadius: series.dashed ? 0 : 3, tension: 0.2, spanGaps: true
      }));
      this.chart = new window.Chart(this.canvas, {
        data: { labels: data.labels, datasets: datasets },
        options: {
          animation: false,
          maintainAspectRatio: false,
          scales: { y: { min: data.min, max: data.max, title: { display: true, text: data.axis } } }
        }
      });
    }
  }

  customElements.define('ryugaku-line-chart', RyugakuLineChart);
})();
