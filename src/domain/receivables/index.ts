export * from "./accounts";
export * from "./aging";
export * from "./allocate";
export * from "./control-tables";
export * from "./credit";
export * from "./ledger";
export * from "./terms";
export * from "./statement";
