// Base of Ryugaku's chart elements: a plain custom element whose `data` attribute (JSON) is drawn by
// Chart.js from its webjar once that has loaded. A subclass implements config(data), returning the
// Chart.js configuration. No frontend build involved.
(function () {
  if (window.RyugakuChartElement) {
    return;
  }

  class RyugakuChartElement extends HTMLElement {
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
      this.chart = new window.Chart(this.canvas, this.config(data));
    }
  }

  window.RyugakuChartElement = RyugakuChartElement;
})();
