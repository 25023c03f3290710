/**
 * The Fluent 2 look in plain CSS: Fluent's design tokens as CSS variables (brand #0f6cbd, 4px
 * radius, Segoe UI with Microsoft YaHei for Chinese), no component library.
 */
const CSS = `
:root {
  --colorBrandBackground: #0f6cbd;
  --colorBrandBackgroundHover: #115ea3;
  --colorBrandBackgroundPressed: #0c3b5e;
  --colorBrandForeground1: #0f6cbd;
  --colorNeutralForeground1: #242424;
  --colorNeutralForeground2: #424242;
  --colorNeutralForeground3: #616161;
  --colorNeutralBackground1: #ffffff;
  --colorNeutralBackground2: #fafafa;
  --colorNeutralBackground3: #f5f5f5;
  --colorNeutralBackground1Hover: #f5f5f5;
  --colorNeutralStroke1: #d1d1d1;
  --colorNeutralStroke2: #e0e0e0;
  --colorPaletteRedForeground1: #bc2f32;
  --colorPaletteRedBackground1: #fdf6f6;
  --colorPaletteGreenForeground1: #0e700e;
  --colorPaletteGreenBackground1: #f1faf1;
  --colorPaletteYellowBackground1: #fefbf4;
  --colorPaletteDarkOrangeForeground1: #c43501;
  --borderRadiusMedium: 4px;
  --fontFamilyBase: "Segoe UI", "Microsoft YaHei", "微软雅黑", "PingFang SC", "WenQuanYi Micro Hei", system-ui, sans-serif;
  --fontSizeBase200: 12px;
  --fontSizeBase300: 14px;
  --fontSizeBase400: 16px;
  --shadow4: 0 2px 4px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12);
  --shadow16: 0 8px 16px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12);
  --colorStrokeFocus2: #000000;
  --colorBrandBackground2: #ebf3fc;
}
* { box-sizing: border-box; }
body { margin: 0; font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase300); color: var(--colorNeutralForeground1); background: var(--colorNeutralBackground2); }
.kh-app { display: flex; flex-direction: column; min-height: 100vh; }
.kh-nav { display: flex; flex-wrap: nowrap; align-items: stretch; padding: 4px 4px 0; background: var(--colorNeutralBackground1); border-bottom: 1px solid var(--colorNeutralStroke2); position: sticky; top: 0; z-index: 3; }
.kh-tabs { display: flex; flex: 1 1 auto; min-width: 0; overflow: hidden; gap: 2px; }
.kh-tab { flex: none; white-space: nowrap; border: 0; background: none; font: inherit; padding: 8px 8px; cursor: pointer; color: var(--colorNeutralForeground2); border-bottom: 2px solid transparent; }
.kh-tab[hidden] { display: none; }
.kh-tab-more { margin-left: auto; }
.kh-tab-menu { position: absolute; right: 4px; top: 100%; display: flex; flex-direction: column; min-width: 140px; padding: 4px 0; background: var(--colorNeutralBackground1); border-radius: var(--borderRadiusMedium); box-shadow: var(--shadow16); }
.kh-tab-menu[hidden] { display: none; }
.kh-tab-item { border: 0; background: none; font: inherit; text-align: left; padding: 6px 12px; cursor: pointer; white-space: nowrap; }
.kh-tab-item:hover, .kh-tab-item:focus { background: var(--colorNeutralBackground1Hover); }
:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 1px; }
.kh-tab:hover { color: var(--colorNeutralForeground1); }
.kh-tab[aria-selected="true"] { color: var(--colorNeutralForeground1); font-weight: 600; border-bottom-color: var(--colorBrandBackground); }
.kh-main { padding: 12px; flex: 1; }
.kh-card { background: var(--colorNeutralBackground1); border-radius: var(--borderRadiusMedium); box-shadow: var(--shadow4); padding: 12px; margin-bottom: 12px; }
h2 { font-size: var(--fontSizeBase400); font-weight: 600; margin: 0 0 8px; }
h3 { font-size: var(--fontSizeBase300); font-weight: 600; margin: 12px 0 6px; }
.kh-field { display: flex; flex-direction: column; gap: 2px; margin-bottom: 10px; }
.kh-field label, .kh-label { font-size: var(--fontSizeBase200); font-weight: 600; color: var(--colorNeutralForeground2); }
.kh-req { color: var(--colorPaletteRedForeground1); margin-left: 2px; }
input, select, textarea { font: inherit; color: inherit; padding: 5px 8px; border: 1px solid var(--colorNeutralStroke1); border-bottom-color: #616161; border-radius: var(--borderRadiusMedium); background: var(--colorNeutralBackground1); width: 100%; }
textarea { min-height: 56px; resize: vertical; }
input:focus, select:focus, textarea:focus { outline: none; border-bottom: 2px solid var(--colorBrandBackground); }
.kh-field.invalid input, .kh-field.invalid select, .kh-field.invalid textarea { border-color: var(--colorPaletteRedForeground1); }
.kh-error { color: var(--colorPaletteRedForeground1); font-size: var(--fontSizeBase200); }
.kh-help { color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); }
button.kh-btn { font: inherit; font-weight: 600; padding: 5px 12px; min-height: 32px; border-radius: var(--borderRadiusMedium); border: 1px solid var(--colorNeutralStroke1); background: var(--colorNeutralBackground1); color: var(--colorNeutralForeground1); cursor: pointer; }
button.kh-btn:hover { background: var(--colorNeutralBackground1Hover); }
button.kh-btn.primary { background: var(--colorBrandBackground); border-color: transparent; color: #fff; }
button.kh-btn.primary:hover { background: var(--colorBrandBackgroundHover); }
button.kh-btn.primary:active { background: var(--colorBrandBackgroundPressed); }
button.kh-btn:disabled { opacity: .5; cursor: default; }
button.kh-btn.small { min-height: 24px; padding: 2px 8px; font-weight: 400; font-size: var(--fontSizeBase200); }
.kh-row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.kh-row > * { flex: 1; }
.kh-row > button { flex: 0 0 auto; }
.kh-msg { padding: 8px 12px; border-radius: var(--borderRadiusMedium); margin-bottom: 12px; }
.kh-msg.ok { background: var(--colorPaletteGreenBackground1); color: var(--colorPaletteGreenForeground1); }
.kh-msg.bad { background: var(--colorPaletteRedBackground1); color: var(--colorPaletteRedForeground1); }
.kh-msg.info { background: var(--colorNeutralBackground3); }
.kh-msg.warn { background: var(--colorPaletteYellowBackground1); color: #6b5300; border-left: 3px solid #c79a00; }
.kh-msg.warn:empty { display: none; }
.kh-list { list-style: none; margin: 0; padding: 0; }
.kh-list li { border-bottom: 1px solid var(--colorNeutralStroke2); }
.kh-list li:last-child { border-bottom: 0; }
.kh-pick { display: flex; justify-content: space-between; align-items: center; gap: 8px; width: 100%; text-align: left; background: none; border: 0; font: inherit; padding: 6px 4px; cursor: pointer; }
.kh-pick:hover { background: var(--colorNeutralBackground1Hover); }
.kh-code { color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); white-space: nowrap; }
.kh-chip { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 6px 8px; border-radius: var(--borderRadiusMedium); background: var(--colorNeutralBackground3); }
.kh-chip-name { flex: 1 1 auto; min-width: 0; overflow-wrap: anywhere; }
.kh-chip .kh-btn { flex: none; white-space: nowrap; }
.kh-customer-results:empty { display: none; }
.kh-customer-results { border: 1px solid var(--colorNeutralStroke2); border-top: 0; border-radius: 0 0 var(--borderRadiusMedium) var(--borderRadiusMedium); max-height: 40vh; overflow-y: auto; }
.kh-option { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; padding: 6px 8px; cursor: pointer; }
.kh-option-name { min-width: 0; overflow-wrap: anywhere; }
.kh-option:hover { background: var(--colorNeutralBackground1Hover); }
.kh-option[aria-selected="true"] { background: var(--colorBrandBackground2); box-shadow: inset 2px 0 0 var(--colorBrandBackground); }
.kh-none { padding: 6px 8px; }
.kh-badge { display: inline-block; white-space: nowrap; max-width: 100%; min-width: 20px; padding: 0 6px; border-radius: 10px; font-size: var(--fontSizeBase200); text-align: center; background: var(--colorNeutralBackground3); }
.kh-badge.late { background: var(--colorPaletteRedBackground1); color: var(--colorPaletteRedForeground1); }
.kh-grade { font-weight: 700; color: var(--colorBrandForeground1); }
.kh-due { display: flex; align-items: center; gap: 8px; padding: 6px 4px; }
.kh-due .kh-pick { flex: 1 1 auto; min-width: 0; padding: 0; flex-direction: column; align-items: flex-start; gap: 2px; }
.kh-due .kh-pick > span:first-child { overflow-wrap: anywhere; }
.kh-due .kh-btn { flex: none; white-space: nowrap; }
.kh-group { border-top: 1px solid var(--colorNeutralStroke2); padding-top: 2px; }
.kh-group > summary { font-weight: 600; }
.kh-app { padding-bottom: 0; }
.kh-dock { position: sticky; bottom: 0; z-index: 2; display: flex; flex-direction: column; gap: 6px; padding: 8px 12px; background: var(--colorNeutralBackground1); border-top: 1px solid var(--colorNeutralStroke2); box-shadow: 0 -2px 4px rgba(0,0,0,.06); }
.kh-dock:not(.has-actions):has(.kh-status[hidden]) { display: none; }
.kh-dock-actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
.kh-dock-actions:empty { display: none; }
.kh-status { max-height: 40vh; overflow-y: auto; }
.kh-status[hidden] { display: none; }
.kh-status .kh-msg { position: relative; display: flex; align-items: flex-start; flex-wrap: wrap; gap: 6px 8px; margin: 0; padding-right: 32px; }
.kh-status-text { flex: 1 1 160px; min-width: 0; overflow-wrap: anywhere; }
.kh-status-action { flex: none; }
.kh-status-close { position: absolute; top: 6px; right: 6px; border: 0; background: none; font: inherit; font-size: 16px; line-height: 20px; padding: 0 4px; cursor: pointer; color: inherit; }
.kh-event { padding: 8px 4px; }
.kh-link { border: 0; background: none; padding: 0; font: inherit; color: var(--colorBrandForeground1); cursor: pointer; text-decoration: underline; text-underline-offset: 2px; }
.kh-link:hover { color: var(--colorBrandBackgroundHover); }
.kh-handover-customers { border: 1px solid var(--colorNeutralStroke2); border-radius: var(--borderRadiusMedium); margin: 0 0 10px; padding: 4px 8px; max-height: 40vh; overflow-y: auto; }
.kh-handover-customers legend { font-size: var(--fontSizeBase200); font-weight: 600; color: var(--colorNeutralForeground2); padding: 0 4px; }
.kh-check { display: flex; gap: 8px; align-items: baseline; padding: 4px 0; cursor: pointer; }
.kh-check input { width: auto; flex: none; }
.kh-check span { min-width: 0; overflow-wrap: anywhere; }
.kh-event .meta { color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); }
.kh-open { border-left: 3px solid var(--colorPaletteDarkOrangeForeground1); padding-left: 8px; margin-bottom: 6px; }
details > summary { cursor: pointer; color: var(--colorBrandForeground1); margin: 4px 0 10px; }
.kh-muted { color: var(--colorNeutralForeground3); }
.kh-table { width: 100%; border-collapse: collapse; margin-top: 8px; font-size: var(--fontSizeBase200); }
.kh-table th, .kh-table td { text-align: left; padding: 4px; border-bottom: 1px solid var(--colorNeutralStroke2); }
.kh-bar { display: inline-block; height: 8px; border-radius: 2px; background: var(--colorBrandBackground); vertical-align: middle; }
.kh-plan { padding: 6px 4px; display: flex; flex-direction: column; gap: 2px; }
.kh-plan-head { display: flex; flex-wrap: wrap; gap: 0 8px; align-items: baseline; }
.kh-plan-head strong { overflow-wrap: anywhere; }
.kh-plan-track { height: 6px; border-radius: 3px; background: var(--colorNeutralBackground3); overflow: hidden; }
.kh-plan-track > span { display: block; height: 100%; background: var(--colorBrandBackground); }
.kh-plan.short .kh-plan-track > span { background: var(--colorPaletteDarkOrangeForeground1); }
`;

export function installTheme(doc: Document = document): void {
  if (doc.getElementById("kh-theme")) return;
  const style = doc.createElement("style");
  style.id = "kh-theme";
  style.textContent = CSS;
  doc.head.appendChild(style);
}
