package vn.motcua.it;

import com.microsoft.playwright.Page;

import java.util.List;

/**
 * What a user notices of a screen's layout, measured in the browser: a grid's header that does not
 * sit over its column, a column or control that ends beyond the window's right edge, a placeholder
 * or a label cut short. Each problem is a sentence naming the element, for the test's message.
 */
final class Layout {

    private Layout() {
    }

    /** The layout problems of what the page shows now; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> problems(Page page) {
        return (List<String>) page.evaluate(CHECK);
    }

    private static final String CHECK = """
            () => {
              const out = [];
              const vw = document.documentElement.clientWidth;
              const shown = e => {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) return false;
                for (let n = e; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
                  const s = getComputedStyle(n);
                  if (s.visibility === 'hidden' || s.display === 'none') return false;
                }
                return true;
              };
              const name = e => {
                const host = e.closest('[id]') || (e.getRootNode().host && e.getRootNode().host.closest('[id]'));
                const own = e.id ? '#' + e.id : e.tagName.toLowerCase() + (e.classList.length ? '.' + [...e.classList].join('.') : '');
                return host && host !== e ? own + ' in #' + host.id : own;
              };
              const text = e => (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
              // in the drawer (closed on a narrow window it sits left of the window) nothing is measured
              const inClosedDrawer = e => e.getBoundingClientRect().right <= 0;

              for (const grid of document.querySelectorAll('vaadin-grid')) {
                if (!shown(grid)) continue;
                const g = grid.getBoundingClientRect();
                if (g.right > vw + 1) out.push(name(grid) + ' ends at ' + Math.round(g.right) + ' px, beyond the window (' + vw + ' px)');
                const root = grid.shadowRoot;
                const heads = [...root.querySelectorAll('#header tr:last-child th')].filter(shown);
                const row = [...root.querySelectorAll('#items tr')].find(r => !r.hidden && shown(r)
                    && [...r.querySelectorAll('td')].some(td => text(td.querySelector('slot').assignedElements()[0] || td)));
                const cells = row ? [...row.querySelectorAll('td')].filter(shown) : [];
                heads.forEach((th, i) => {
                  const content = th.querySelector('slot') && th.querySelector('slot').assignedElements()[0];
                  const title = content ? text(content) : 'column ' + (i + 1);
                  const h = th.getBoundingClientRect();
                  if (h.right > Math.min(vw, g.right) + 1) {
                    out.push(name(grid) + ': column "' + title + '" ends at ' + Math.round(h.right) + ' px, off the visible grid (' + Math.round(Math.min(vw, g.right)) + ' px)');
                  }
                  if (content && content.scrollWidth > content.clientWidth + 1) {
                    out.push(name(grid) + ': header "' + title + '" is cut (' + content.scrollWidth + ' > ' + content.clientWidth + ' px)');
                  }
                  const c = cells[i];
                  if (c) {
                    const b = c.getBoundingClientRect();
                    if (Math.abs(b.left - h.left) > 1 || Math.abs(b.right - h.right) > 1) {
                      out.push(name(grid) + ': header "' + title + '" spans ' + Math.round(h.left) + '–' + Math.round(h.right)
                          + ' px, its cells ' + Math.round(b.left) + '–' + Math.round(b.right) + ' px');
                    }
                  }
                });
              }

              const ruler = document.createElement('canvas').getContext('2d');
              for (const input of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
                if (!input.placeholder || input.value || !shown(input) || inClosedDrawer(input)) continue;
                const s = getComputedStyle(input);
                ruler.font = s.font;
                const needed = ruler.measureText(input.placeholder).width;
                const room = input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
                if (needed > room + 1 || input.scrollWidth > input.clientWidth + 1) {
                  out.push('placeholder "' + input.placeholder + '" of ' + name(input.parentElement) + ' is cut: needs '
                      + Math.ceil(needed) + ' px, has ' + Math.floor(room) + ' px');
                }
              }

              const fields = 'vaadin-text-field, vaadin-text-area, vaadin-select, vaadin-combo-box, vaadin-date-picker, '
                  + 'vaadin-time-picker, vaadin-date-time-picker, vaadin-checkbox-group, vaadin-integer-field, vaadin-big-decimal-field, '
                  + 'vaadin-number-field, vaadin-checkbox, vaadin-button, vaadin-details-summary';
              for (const field of document.querySelectorAll(fields)) {
                if (!shown(field) || inClosedDrawer(field)) continue;
                const r = field.getBoundingClientRect();
                if (r.right > vw + 1) out.push(name(field) + ' "' + text(field) + '" ends at ' + Math.round(r.right) + ' px, beyond the window (' + vw + ' px)');
                const parts = [...(field.shadowRoot ? field.shadowRoot.querySelectorAll('[part~="label"], [part~="label"] ~ *, [part="value"], [part="label"]') : [])];
                const label = field.querySelector(':scope > label[slot="label"], :scope > label');
                for (const e of [label, ...parts].filter(e => e && shown(e))) {
                  if (e.scrollWidth > e.clientWidth + 1) {
                    out.push('label "' + text(label || field) + '" of ' + name(field) + ' is cut (' + e.scrollWidth + ' > ' + e.clientWidth + ' px)');
                    break;
                  }
                }
              }
              for (const value of document.querySelectorAll('vaadin-select-value-button')) {
                if (!shown(value) || inClosedDrawer(value)) continue;
                const item = value.querySelector('vaadin-select-item') || value;
                if (value.scrollWidth > value.clientWidth + 1 || item.scrollWidth > item.clientWidth + 1) {
                  out.push('the value "' + text(value) + '" of ' + name(value.closest('vaadin-select') || value) + ' is cut');
                }
              }
              // a table of fields under a header row: each header over its column, or, when the table is
              // narrow and the header row gone, each field with its own label
              const tables = [
                ['.step-table-header', '.step-line', ['.step-number', '.step-actor', '.step-role', '.step-content', '.step-days', '.step-level']],
                ['.override-table-header', '.override-line:has(.override-actor)',
                  ['.override-number', '.override-content', '.override-province', '.override-actor', '.override-role', '.override-days']]];
              for (const [headerSelector, lineSelector, cells] of tables) {
                for (const header of document.querySelectorAll(headerSelector)) {
                  const line = [...header.parentElement.querySelectorAll(lineSelector)].find(shown);
                  if (!line) continue;
                  if (shown(header)) {
                    [...header.children].forEach((h, i) => {
                      const cell = line.querySelector(':scope > ' + cells[i]);
                      if (!cell) return;
                      const a = h.getBoundingClientRect(), b = cell.getBoundingClientRect();
                      if (Math.abs(a.left - b.left) > 2) {
                        out.push('header "' + text(h) + '" of ' + name(header.parentElement) + ' starts at ' + Math.round(a.left)
                            + ' px, its column at ' + Math.round(b.left) + ' px');
                      }
                      if (h.scrollWidth > h.clientWidth + 1) out.push('header "' + text(h) + '" of ' + name(header.parentElement) + ' is cut');
                    });
                  } else {
                    for (const field of line.querySelectorAll(':scope > [has-label]')) {
                      const part = field.shadowRoot && field.shadowRoot.querySelector('[part~="label"]');
                      if (part && !shown(part)) out.push(name(field) + ' has neither a column header nor a label');
                    }
                  }
                }
              }

              // text a field holds is read whole: a text area grows and wraps, a text field's value fits
              for (const box of document.querySelectorAll('textarea, input:not([type=checkbox]):not([type=file])')) {
                if (!box.value || !shown(box) || inClosedDrawer(box)) continue;
                const host = box.closest('vaadin-text-area, vaadin-text-field, vaadin-combo-box, vaadin-date-picker, vaadin-time-picker, vaadin-integer-field, vaadin-big-decimal-field') || box;
                if (box.scrollWidth > box.clientWidth + 1 || (box.tagName === 'TEXTAREA' && box.scrollHeight > box.clientHeight + 1)) {
                  out.push('the text "' + box.value.slice(0, 60) + '" of ' + name(host) + ' is cut');
                }
              }
              return [...new Set(out)];
            }""";
}
