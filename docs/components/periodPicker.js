/**
 * A reporting-period picker (chọn kỳ báo cáo): month, quarter or year, then the period, with
 * buttons for the period before and after. Its value is one period id ("2024-10", "2024-Q3",
 * "2024"), which also says the grain, so one input drives both URL keys:
 *
 *   ```js
 *   const choices = {month: completePeriods(from, to, "month"), quarter: …, year: …};  // grainOf, periodAtGrain: ./lib/cchc.js
 *   const periodInput = periodPicker(choices, {value: initial.period, lang});
 *   bindUrlState({
 *     period: periodInput,
 *     grain: {input: periodInput, toUrl: grainOf, fromUrl: (g) => periodAtGrain(periodInput.value, g, choices[g])}
 *   }, schema, {invalidation});
 *   const period = view(periodInput);
 *   ```
 *
 * Switching grain keeps the place in time (2024-Q3 → T9/2024 → Quý 3/2024; see periodAtGrain).
 * Native radios, select and buttons: keyboard-operable as they are. A <form>, so hidden in print.
 */
import {catalogue, formatPeriod, grainOf, periodAtGrain} from "../lib/cchc.js";

const GRAINS = ["month", "quarter", "year"];

let counter = 0;

/**
 * periodPicker(choices, {value, lang, label}) → a <form> whose `.value` is the chosen period
 * id and which dispatches "input" when it changes. `choices` maps "month", "quarter", "year"
 * to their periods, oldest first (grains with none are left out); `value` is the first choice
 * shown (else the latest quarter). Setting `.value` to a known period shows it, without event.
 */
export function periodPicker(choices, {value, lang = "vi", label} = {}) {
  const T = catalogue(lang).journey;
  const text = {label: T.pickerLabel, grain: {month: T.pickerMonth, quarter: T.pickerQuarter, year: T.pickerYear}, period: T.pickerPeriod, previous: T.pickerPrevious, next: T.pickerNext};
  const uid = `period-picker-${++counter}`;
  const grains = GRAINS.filter((g) => (choices[g] ?? []).length > 0);
  const known = (p) => grains.includes(grainOf(p)) && choices[grainOf(p)].includes(p);
  let current = known(value) ? value : (choices.quarter ?? choices[grains[0]] ?? []).at(-1) ?? null;

  const form = document.createElement("form");
  form.className = "period-picker";
  form.addEventListener("submit", (event) => event.preventDefault());
  const fieldset = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.textContent = label ?? text.label;
  const grainGroup = document.createElement("div");
  grainGroup.className = "period-picker-grains";
  grainGroup.setAttribute("role", "radiogroup");
  grainGroup.setAttribute("aria-label", legend.textContent);
  const radios = grains.map((grain) => {
    const item = document.createElement("label");
    const radio = document.createElement("input");
    radio.type = "radio";
    radio.name = `${uid}-grain`;
    radio.value = grain;
    item.append(radio, ` ${text.grain[grain]}`);
    grainGroup.append(item);
    return radio;
  });
  const row = document.createElement("div");
  row.className = "period-picker-row";
  const previous = button("‹", text.previous);
  const next = button("›", text.next);
  const select = document.createElement("select");
  select.setAttribute("aria-label", text.period);
  row.append(previous, select, next);
  fieldset.append(legend, grainGroup, row);
  form.append(fieldset);

  const show = () => {
    const grain = grainOf(current);
    for (const radio of radios) radio.checked = radio.value === grain;
    const list = choices[grain] ?? [];
    if (select.dataset.grain !== grain) {
      select.replaceChildren(
        ...[...list].reverse().map((p) => {
          const option = document.createElement("option");
          option.value = p;
          option.textContent = formatPeriod(p, lang);
          return option;
        })
      );
      select.dataset.grain = grain;
    }
    select.value = current;
    const at = list.indexOf(current);
    previous.disabled = at <= 0;
    next.disabled = at < 0 || at >= list.length - 1;
  };
  const change = (period) => {
    if (period === null || period === current || !known(period)) return;
    current = period;
    show();
    form.dispatchEvent(new Event("input", {bubbles: true}));
  };

  // Only the form's own "input" (one per real change) reaches Framework and the URL binding.
  for (const element of [grainGroup, row]) {
    element.addEventListener("input", (event) => event.stopPropagation());
    element.addEventListener("change", (event) => event.stopPropagation());
  }
  for (const radio of radios) radio.addEventListener("change", () => radio.checked && change(periodAtGrain(current, radio.value, choices[radio.value])));
  select.addEventListener("change", () => change(select.value));
  const step = (by) => {
    const list = choices[grainOf(current)];
    change(list[list.indexOf(current) + by] ?? null);
  };
  previous.addEventListener("click", () => step(-1));
  next.addEventListener("click", () => step(1));

  Object.defineProperty(form, "value", {
    get: () => current,
    set(period) {
      if (!known(period)) return;
      current = period;
      show();
    }
  });
  if (current !== null) show();
  return form;
}

function button(symbol, title) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = symbol;
  b.title = title;
  b.setAttribute("aria-label", title);
  return b;
}
