export { buildDossiers, customersOfRep, RECENT_EVENTS } from "./dossier";
export * from "./types";
