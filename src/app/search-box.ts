// The search field: results as you type, Enter or a click selects the entity and moves the camera.
import { clear, h } from "./dom.js";
import { searchNodes } from "./search.js";
import type { Store } from "./state.js";

export function setupSearch(input: HTMLInputElement, list: HTMLElement, store: Store, hidden: () => Set<string>, pick: (node: string) => void): void {
  let hits: ReturnType<typeof searchNodes> = [];
  let active = 0;
  const close = () => {
    clear(list);
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };
  const choose = (node: string) => {
    close();
    input.value = store.graph.getNodeAttribute(node, "label");
    pick(node);
  };
  const show = () => {
    hits = searchNodes(store.graph, input.value, 8, hidden());
    active = 0;
    clear(list);
    if (!input.value.trim()) return close();
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    // The search keeps to the filters, and says how many entities they hide.
    const hiddenMatches = hidden().size ? searchNodes(store.graph, input.value, 50).filter((x) => hidden().has(x.node)).length : 0;
    const hiddenNote = hiddenMatches ? h("li", { class: "none hidden-matches" }, `${hiddenMatches} more hidden by the filters`) : null;
    if (!hits.length) {
      list.append(h("li", { class: "none" }, "No entity matches"), ...(hiddenNote ? [hiddenNote] : []));
      return;
    }
    if (hits[0]!.fuzzy) list.append(h("li", { class: "none did-you-mean" }, `No entity is called “${input.value.trim()}”; did you mean:`));
    hits.forEach((hit, i) => {
      const li = h(
        "li",
        { role: "option", "data-node": hit.node, "aria-selected": i === active ? "true" : "false" },
        hit.label,
        hit.matched !== hit.label ? h("span", { class: "muted" }, ` (${hit.matched})`) : null,
      );
      li.addEventListener("mousedown", (e) => {
        e.preventDefault();
        choose(hit.node);
      });
      list.append(li);
    });
    if (hiddenNote) list.append(hiddenNote);
  };
  input.addEventListener("input", show);
  input.addEventListener("focus", () => input.value && show());
  input.addEventListener("blur", () => setTimeout(close, 100));
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      [...list.querySelectorAll("li[role=option]")].forEach((li, i) => li.setAttribute("aria-selected", i === active ? "true" : "false"));
    } else if (e.key === "Enter") {
      const hit = hits[active];
      if (hit) choose(hit.node);
    } else if (e.key === "Escape") {
      close();
      input.blur();
    }
  });
}
