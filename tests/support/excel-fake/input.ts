/**
 * What Excel does with a value written through Range.values, as if typed into the cell:
 * - a cell formatted as text ("@") keeps a string exactly as given;
 * - a leading apostrophe makes the rest text (the apostrophe itself is not part of the value);
 * - "=…" becomes a formula, and so does text starting with "+", "-" or "@" that is not a number;
 * - numbers, percentages, TRUE/FALSE and ISO dates written as text become numbers, booleans, dates.
 */
export type Stored = { value: string | number | boolean; formula?: string; quotePrefix?: boolean; dateFormat?: string };

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

export function interpretInput(input: unknown, numberFormat: string): Stored {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { value: "#NUM!" };
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") return { value: String(input) };
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input === "") return { value: "" };
  const trimmed = input.trim();
  if (input.startsWith("=") && input.length > 1) return formula(input);
  if (/\d/.test(trimmed) && NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(trimmed.replace(/,/g, "").replace(/%$/, ""));
    if (Number.isFinite(n)) return { value: percent ? n / 100 : n };
  }
  if (/^[+\-@]/.test(input) && input.length > 1) return formula("=" + input.replace(/^@/, ""));
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCMonth() === m - 1 && back.getUTCDate() === d) {
      return { value: Math.round((ms - Date.UTC(1899, 11, 30)) / 86400000), dateFormat: "yyyy-mm-dd" };
    }
  }
  return { value: input };
}

/** Stores a formula with its computed value: plain arithmetic is computed, anything else is #NAME?. */
export function formula(text: string): Stored {
  return { value: evaluate(text.slice(1)), formula: text };
}

function evaluate(expression: string): number | string {
  if (!/^[\d+\-*/().\s]+$/.test(expression)) return "#NAME?";
  let pos = 0;
  const s = expression.replace(/\s+/g, "");
  const peek = () => s[pos];
  const number = (): number => {
    if (peek() === "(") {
      pos++;
      const v = sum();
      if (peek() !== ")") throw new Error("paren");
      pos++;
      return v;
    }
    if (peek() === "-" || peek() === "+") {
      const sign = s[pos++] === "-" ? -1 : 1;
      return sign * number();
    }
    const m = /^\d*\.?\d+/.exec(s.slice(pos));
    if (!m) throw new Error("number");
    pos += m[0].length;
    return Number(m[0]);
  };
  const product = (): number => {
    let v = number();
    while (peek() === "*" || peek() === "/") v = s[pos++] === "*" ? v * number() : v / number();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === "+" || peek() === "-") v = s[pos++] === "+" ? v + product() : v - product();
    return v;
  };
  try {
    const v = sum();
    if (pos !== s.length) return "#NAME?";
    return Number.isFinite(v) ? v : "#DIV/0!";
  } catch {
    return "#NAME?";
  }
}
