import { boilWater } from "./scenarios/boilWater.js";
import { evacuation } from "./scenarios/evacuation.js";
import { fireSmoke } from "./scenarios/fireSmoke.js";
import { heatWave } from "./scenarios/heatWave.js";
import { itOutage } from "./scenarios/itOutage.js";
import { noWater } from "./scenarios/noWater.js";
import { powerCut } from "./scenarios/powerCut.js";
import { schoolClosed } from "./scenarios/schoolClosed.js";
import { shelterInPlace } from "./scenarios/shelterInPlace.js";
import { storm } from "./scenarios/storm.js";
import type { ScenarioTemplate } from "./types.js";

export * from "./types.js";
export * from "./fill.js";

/** The scenario message bank: one prepared first message per kind of event, in four languages. */
export const TEMPLATES: readonly ScenarioTemplate[] = [
  boilWater,
  noWater,
  powerCut,
  storm,
  heatWave,
  fireSmoke,
  evacuation,
  shelterInPlace,
  schoolClosed,
  itOutage,
];

export const findTemplate = (id: string): ScenarioTemplate | undefined => TEMPLATES.find((t) => t.id === id);
