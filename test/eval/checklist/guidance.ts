import type { Principle } from "./types.js";

/**
 * The guidance the flawed messages of the blind sets are written from, cited as each item's source, and the
 * one-principle labels they carry. blind7 cites its own wording of the guidance (an independent author).
 */
export const CERC = "CDC Crisis and Emergency Risk Communication (CERC) manual, 2018/2019";
export const MSB = "MSB, Kriskommunikation – vägledning (korrekt, öppen, mottagaranpassad information)";
export const KRIS = "Krisinformation.se: förmedla bara bekräftad information från ansvariga aktörer";
export const RF = "Regeringsformen 1 kap. 9 § (saklighet och opartiskhet)";
export const KLAR = "Språklagen 2009:600 § 11 och Språkrådet (Isof), klarspråk";
export const PLAIN = "plainlanguage.gov Federal Plain Language Guidelines; CERC 'be clear'";
export const DEBUNK = "The Debunking Handbook 2020 (Lewandowsky et al.): fact first, myth once, then the fact again";

export const FACTUAL: Principle[] = ["factual"];
export const IMPARTIAL: Principle[] = ["impartial"];
export const OPEN: Principle[] = ["open"];
export const ADAPTED: Principle[] = ["audienceAdapted"];
export const FAST: Principle[] = ["fast"];
export const ACTIVE: Principle[] = ["active"];
