import { en } from "./en.js";
import { fi } from "./fi.js";
import { realistic } from "./realistic.js";
import { svBulletins } from "./svBulletins.js";
import { svOther } from "./svOther.js";
import type { CorpusCase } from "./types.js";

export const CORPUS: readonly CorpusCase[] = [...svBulletins, ...svOther, ...en, ...fi, ...realistic];
export type { CorpusCase } from "./types.js";
