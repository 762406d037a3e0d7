/**
 * A multi-select of units (chọn đơn vị) with a search box that ignores diacritics and treats
 * đ as d ("thach kim" finds Thạch Kim, "ho do" finds Hộ Độ), in Vietnamese alphabetical order
 * of the name without its type word. Works with Framework's view():
 *
 *   ```js
 *   const units = view(unitPicker(unitIds, {label: "Xã, thị trấn", format: unitName, value: ref.area.defaultUnits.communes}));
 *   ```
 *
 * `units` is then the array of chosen ids, in display order. Keyboard: Tab into the search
 * box, type to filter, ↓ to the list, ↑/↓/Home/End to move, Space to tick, Enter in the search
 * box ticks the only match, Esc clears the search. "Chọn tất cả" / "Bỏ chọn" act on the units
 * shown. Names are set as text, never as HTML.
 */
import {catalogue, compareUnitNames, matchesSearch} from "../lib/cchc.js";

let counter = 0;

/**
 * unitPicker(ids, {label, format, value, keywords, lang}) → a <form> whose `.value` is the
 * array of ticked ids and which dispatches "input" when the choice changes (not while typing
 * a search). `format(id)` gives the name shown and sorted on (default: the id);
 * `keywords(id)` optional extra text to search (aliases, old names); `value` the ids ticked
 * at first. Setting `.value` ticks those ids (unknown ones are ignored) without an event.
 */
export function unitPicker(ids, {label, format = String, value = [], keywords, lang = "vi"} = {}) {
  const text = catalogue(lang).communes.picker;
  label ??= catalogue(lang).communes.units;
  const uid = `unit-picker-${++counter}`;
  const units = [...new Set(ids)]
    .map((id) => ({id, name: String(format(id) ?? id)}))
    .sort((a, b) => compareUnitNames(a.name, b.name));
  const initial = new Set(value ?? []);

  const form = document.createElement("form");
  form.className = "unit-picker";
  form.addEventListener("submit", (event) => event.preventDefault());
  const fieldset = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.id = `${uid}-label`;
  legend.textContent = label;

  const tools = document.createElement("div");
  tools.className = "unit-picker-tools";
  const search = document.createElement("input");
  search.type = "search";
  search.autocomplete = "off";
  search.spellcheck = false;
  search.placeholder = text.placeholder;
  search.setAttribute("aria-label", `${text.search}: ${label}`);
  search.setAttribute("aria-controls", `${uid}-list`);
  const allButton = smallButton(text.all, text.allTitle);
  const noneButton = smallButton(text.none, text.noneTitle);
  tools.append(search, allButton, noneButton);

  const list = document.createElement("div");
  list.className = "unit-picker-list";
  list.id = `${uid}-list`;
  list.setAttribute("role", "group");
  list.setAttribute("aria-labelledby", legend.id);
  const items = units.map((unit, index) => {
    const item = document.createElement("label");
    item.className = "unit-picker-item";
    const box = document.createElement("input");
    box.type = "checkbox";
    box.value = String(index);
    box.checked = initial.has(unit.id);
    const name = document.createElement("span");
    name.textContent = unit.name;
    item.append(box, " ", name);
    list.append(item);
    const haystack = keywords ? `${unit.name} ${keywords(unit.id) ?? ""}` : unit.name;
    return {unit, item, box, haystack};
  });
  const empty = document.createElement("p");
  empty.className = "unit-picker-empty";
  empty.textContent = text.nothing;
  empty.hidden = true;
  const status = document.createElement("div");
  status.className = "unit-picker-status";
  status.setAttribute("aria-live", "polite");

  fieldset.append(legend, tools, list, empty, status);
  form.append(fieldset);

  const shown = () => items.filter((i) => !i.item.hidden);
  const chosen = () => items.filter((i) => i.box.checked).map((i) => i.unit.id);
  let last = chosen();
  const updateStatus = () => {
    const visible = shown().length;
    empty.hidden = visible > 0;
    status.textContent = text.status(chosen().length, items.length, visible);
  };
  // Framework re-runs every cell that uses the value on each "input": send one only when the
  // choice really changed, and never for keystrokes in the search box.
  const changed = () => {
    updateStatus();
    const now = chosen();
    if (now.length === last.length && now.every((id, i) => id === last[i])) return;
    last = now;
    form.dispatchEvent(new Event("input", {bubbles: true}));
  };
  const filter = () => {
    for (const i of items) i.item.hidden = !matchesSearch(search.value, i.haystack);
    updateStatus();
  };

  for (const element of [tools, list]) {
    element.addEventListener("input", (event) => event.stopPropagation());
    element.addEventListener("change", (event) => event.stopPropagation());
  }
  search.addEventListener("input", filter);
  list.addEventListener("change", changed);
  const setShown = (checked) => {
    for (const i of shown()) i.box.checked = checked;
    changed();
  };
  allButton.addEventListener("click", () => setShown(true));
  noneButton.addEventListener("click", () => setShown(false));

  search.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      shown()[0]?.box.focus();
    } else if (event.key === "Enter") {
      event.preventDefault();
      const visible = shown();
      if (visible.length === 1) {
        visible[0].box.checked = !visible[0].box.checked;
        changed();
      }
    } else if (event.key === "Escape" && search.value !== "") {
      event.preventDefault();
      event.stopPropagation();
      search.value = "";
      filter();
    }
  });
  list.addEventListener("keydown", (event) => {
    const visible = shown();
    const at = visible.findIndex((i) => i.box === event.target);
    if (at < 0) return;
    let next = null;
    if (event.key === "ArrowDown") next = visible[Math.min(at + 1, visible.length - 1)];
    else if (event.key === "ArrowUp") next = at === 0 ? null : visible[at - 1];
    else if (event.key === "Home") next = visible[0];
    else if (event.key === "End") next = visible[visible.length - 1];
    else if (event.key === "Enter") {
      event.preventDefault(); // Enter would submit the form; Space ticks
      return;
    } else return;
    event.preventDefault();
    if (next) next.box.focus();
    else search.focus();
  });

  Object.defineProperty(form, "value", {
    get: chosen,
    set(ids) {
      const wanted = new Set(ids ?? []);
      for (const i of items) i.box.checked = wanted.has(i.unit.id);
      last = chosen();
      updateStatus();
    }
  });
  updateStatus();
  return form;
}

function smallButton(label, title) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.title = title;
  return b;
}
