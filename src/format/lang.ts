/** Display language: Vietnamese first, English as an option. */
export type Lang = "vi" | "en";
