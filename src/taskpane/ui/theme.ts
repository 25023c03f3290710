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
}
* { box-sizing: border-box; }
body { margin: 0; font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase300); color: var(--colorNeutralForeground1); background: var(--colorNeutralBackground2); }
.kh-app { display: flex; flex-direction: column; min-height: 100vh; }
.kh-nav { display: flex; flex-wrap: wrap; gap: 2px; padding: 4px 8px 0; background: var(--colorNeutralBackground1); border-bottom: 1px solid var(--colorNeutralStroke2); position: sticky; top: 0; z-index: 2; }
.kh-tab { border: 0; background: none; font: inherit; padding: 8px 10px; cursor: pointer; color: var(--colorNeutralForeground2); border-bottom: 2px solid transparent; }
.kh-tab:hover { color: var(--colorNeutralForeground1); }
.kh-tab[aria-selected="true"] { color: var(--colorNeutralForeground1); font-weight: 600; border-bottom-color: var(--colorBrandBackground); }
.kh-main { padding: 12px; flex: 1; }
.kh-card { background: var(--colorNeutralBackground1); border-radius: var(--borderRadiusMedium); box-shadow: var(--shadow4); padding: 12px; margin-bottom: 12px; }
h2 { font-size: var(--fontSizeBase400); font-weight: 600; margin: 0 0 8px; }
h3 { font-size: var(--fontSizeBase300); font-weight: 600; margin: 12px 0 6px; }
.kh-field { display: flex; flex-direction: column; gap: 2px; margin-bottom: 10px; }
.kh-field label { font-size: var(--fontSizeBase200); font-weight: 600; color: var(--colorNeutralForeground2); }
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
.kh-list { list-style: none; margin: 0; padding: 0; }
.kh-list li { border-bottom: 1px solid var(--colorNeutralStroke2); }
.kh-list li:last-child { border-bottom: 0; }
.kh-pick { display: flex; justify-content: space-between; align-items: center; gap: 8px; width: 100%; text-align: left; background: none; border: 0; font: inherit; padding: 6px 4px; cursor: pointer; }
.kh-pick:hover { background: var(--colorNeutralBackground1Hover); }
.kh-code { color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); white-space: nowrap; }
.kh-chip { display: flex; justify-content: space-between; align-items: center; padding: 6px 8px; border-radius: var(--borderRadiusMedium); background: var(--colorNeutralBackground3); }
.kh-badge { display: inline-block; white-space: nowrap; min-width: 20px; padding: 0 6px; border-radius: 10px; font-size: var(--fontSizeBase200); text-align: center; background: var(--colorNeutralBackground3); }
.kh-badge.late { background: var(--colorPaletteRedBackground1); color: var(--colorPaletteRedForeground1); }
.kh-grade { font-weight: 700; color: var(--colorBrandForeground1); }
.kh-due { display: flex; align-items: center; gap: 8px; padding: 6px 4px; }
.kh-due .kh-pick { flex: 1; padding: 0; }
.kh-event { padding: 8px 4px; cursor: pointer; }
.kh-event:hover { background: var(--colorNeutralBackground1Hover); }
.kh-event .meta { color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); }
.kh-open { border-left: 3px solid var(--colorPaletteDarkOrangeForeground1); padding-left: 8px; margin-bottom: 6px; }
details > summary { cursor: pointer; color: var(--colorBrandForeground1); margin: 4px 0 10px; }
.kh-muted { color: var(--colorNeutralForeground3); }
.kh-table { width: 100%; border-collapse: collapse; margin-top: 8px; font-size: var(--fontSizeBase200); }
.kh-table th, .kh-table td { text-align: left; padding: 4px; border-bottom: 1px solid var(--colorNeutralStroke2); }
.kh-bar { display: inline-block; height: 8px; border-radius: 2px; background: var(--colorBrandBackground); vertical-align: middle; }
`;

export function installTheme(doc: Document = document): void {
  if (doc.getElementById("kh-theme")) return;
  const style = doc.createElement("style");
  style.id = "kh-theme";
  style.textContent = CSS;
  doc.head.appendChild(style);
}
