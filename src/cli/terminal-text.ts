/**
 * Cell text on its way to a terminal: control characters (ESC, BEL, backspace, carriage return …)
 * shown escaped as \x1b, so a cell cannot clear the screen or paint "ALL CLEAR" in green.
 * Tabs and line ends stay as they are; JSON output keeps the text untouched.
 */
export function terminalText(text: string): string {
  // C0 controls except tab and newline, DEL, and the C1 controls (a terminal reads U+009B as CSI)
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
