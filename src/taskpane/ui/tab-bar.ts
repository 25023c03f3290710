import { h, replace } from "./dom";

export interface TabSpec<K extends string> {
  id: K;
  label: string;
}

export interface TabBar<K extends string> {
  element: HTMLElement;
  select(id: K): void;
  /** Fits the tabs to the width again (the pane was resized). */
  fit(): void;
}

/**
 * The panels as one row of tabs (role=tablist) that never wraps: tabs that do not fit go, last
 * first, into a 更多 menu, and the selected tab always stays in the row. Keyboard: ←/→, Home and
 * End move between tabs (one tab stop, roving tabindex), Enter/Space open; in the menu ↑/↓ move
 * and Escape closes.
 */
export function tabBar<K extends string>(tabs: readonly TabSpec<K>[], moreLabel: string, panelId: string, onSelect: (id: K) => void): TabBar<K> {
  let selected: K = tabs[0].id;
  const buttons = new Map<K, HTMLButtonElement>();
  const list = h("div", { class: "kh-tabs", role: "tablist", "aria-orientation": "horizontal" });
  const menu = h("div", { class: "kh-tab-menu", role: "menu", hidden: true });
  const more = h("button", { class: "kh-tab kh-tab-more", type: "button", "aria-haspopup": "menu", "aria-expanded": "false", hidden: true }, `${moreLabel} ▾`);
  const element = h("nav", { class: "kh-nav" }, list, more, menu);

  for (const tab of tabs) {
    const button = h("button", { class: "kh-tab", role: "tab", type: "button", id: `kh-tab-${tab.id}`, "data-panel": tab.id, "aria-controls": panelId, "aria-selected": "false", tabindex: "-1" }, tab.label);
    button.addEventListener("click", () => onSelect(tab.id));
    buttons.set(tab.id, button);
    list.append(button);
  }

  const shown = () => tabs.filter((t) => !buttons.get(t.id)!.hidden).map((t) => buttons.get(t.id)!);
  list.addEventListener("keydown", (event) => {
    const row = shown();
    const at = row.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = event.key === "ArrowRight" ? row[(at + 1) % row.length] : event.key === "ArrowLeft" ? row[(at - 1 + row.length) % row.length] : event.key === "Home" ? row[0] : event.key === "End" ? row[row.length - 1] : undefined;
    if (!next) return;
    event.preventDefault();
    next.focus();
  });

  const closeMenu = (focusMore: boolean) => {
    menu.hidden = true;
    more.setAttribute("aria-expanded", "false");
    if (focusMore) more.focus();
  };
  const openMenu = () => {
    const hidden = tabs.filter((t) => buttons.get(t.id)!.hidden);
    replace(
      menu,
      hidden.map((t) =>
        h("button", { class: "kh-tab-item", role: "menuitem", type: "button", "data-panel": t.id, tabindex: "-1", onclick: () => { closeMenu(false); onSelect(t.id); } }, t.label),
      ),
    );
    menu.hidden = false;
    more.setAttribute("aria-expanded", "true");
    (menu.firstElementChild as HTMLElement | null)?.focus();
  };
  more.addEventListener("click", () => (menu.hidden ? openMenu() : closeMenu(true)));
  more.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      openMenu();
    }
  });
  menu.addEventListener("keydown", (event) => {
    const items = [...menu.querySelectorAll<HTMLButtonElement>("[role=menuitem]")];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === "Escape") {
      event.preventDefault();
      closeMenu(true);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      items[(at + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length]?.focus();
    } else if (event.key === "Tab") {
      closeMenu(false);
    }
  });
  element.ownerDocument.addEventListener("click", (event) => {
    if (!menu.hidden && !element.contains(event.target as Node)) closeMenu(false);
  });

  const fit = () => {
    for (const b of buttons.values()) b.hidden = false;
    more.hidden = true;
    if (list.scrollWidth <= list.clientWidth) return;
    more.hidden = false;
    // Hide from the end, never the selected tab, until the row fits beside 更多.
    for (const tab of [...tabs].reverse()) {
      if (list.scrollWidth <= list.clientWidth) break;
      if (tab.id !== selected) buttons.get(tab.id)!.hidden = true;
    }
  };

  return {
    element,
    select(id) {
      selected = id;
      for (const [key, button] of buttons) {
        button.setAttribute("aria-selected", String(key === id));
        button.tabIndex = key === id ? 0 : -1;
      }
      fit();
    },
    fit,
  };
}
