package dev.ryugaku.web.worklog;

/**
 * The week grid in the browser: arrow keys move between cells (left and right only when the caret or
 * selection reaches the text's edge, so they still move within a number), and on a narrow screen the grid
 * opens scrolled so that today is the first day in view. Run once per grid, on attach.
 */
final class WeekGridKeys {

    static final String SCRIPT = """
            const grid = this;
            if (!grid.__ryugakuKeys) {
              grid.__ryugakuKeys = true;
              grid.addEventListener('keydown', event => {
                const moves = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]};
                const move = moves[event.key];
                const input = event.target;
                if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey
                    || !(input instanceof HTMLInputElement)) {
                  return;
                }
                const cell = input.closest('[data-row]');
                if (!cell) {
                  return;
                }
                const atStart = input.selectionStart === 0;
                const atEnd = input.selectionEnd === input.value.length;
                if ((event.key === 'ArrowLeft' && !atStart) || (event.key === 'ArrowRight' && !atEnd)) {
                  return;
                }
                const row = Number(cell.dataset.row) + move[0];
                const column = Number(cell.dataset.column) + move[1];
                const next = grid.querySelector(`[data-row="${row}"][data-column="${column}"] input`);
                if (next) {
                  event.preventDefault();
                  next.focus();
                  next.select();
                }
              });
            }
            // once the cells are upgraded and laid out, which is after this script runs
            customElements.whenDefined('vaadin-text-field').then(() => requestAnimationFrame(() => {
              const today = grid.querySelector('.week-today');
              const label = grid.querySelector('.week-grid-label');
              if (today && label && grid.scrollWidth > grid.clientWidth) {
                const gap = parseFloat(getComputedStyle(grid).columnGap) || 0;
                grid.scrollLeft = today.offsetLeft - label.offsetLeft - label.offsetWidth - gap;
              }
            }));
            """;

    private WeekGridKeys() {
    }
}
