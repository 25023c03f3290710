export { buildDossiers, customersOfRep, RECENT_EVENTS, SALES_MONTHS } from "./dossier";
export * from "./types";
